package org.mixite.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** issue 9: the whole suite is mergeable, so splitting the input per core gives the sequential results. */
class IndicatorSuiteProperties {

    private static final IndicatorSuite.ReportSettings SETTINGS =
            IndicatorSuite.ReportSettings.of(ReferencePeriod.calendarYear(2025)).withMinCell(1);

    @Provide
    Arbitrary<List<EmployeeRecord>> workforce() {
        Arbitrary<EmployeeRecord> person = Combinators.combine(
                Arbitraries.of(Sex.FEMALE, Sex.MALE, Sex.MALE, Sex.OTHER), Arbitraries.of("ouv", "emp", "tam", "ic"),
                Arbitraries.integers().between(18_000, 90_000), Arbitraries.integers().between(1950, 2004),
                Arbitraries.of("388a", "372a", "543a", "621a", "478b"), Arbitraries.of(ManagementLevel.values()),
                Arbitraries.integers().between(0, 400), Arbitraries.of("A", "B"))
                .as((sex, csp, pay, born, job, level, day, company) -> {
                    EmployeeRecord.Builder b = EmployeeRecord.builder("x", sex).birthYear(born).category(csp).jobCode(job)
                            .managementLevel(level).company(company).contract(ContractType.PERMANENT)
                            .annualBasePay(BigDecimal.valueOf(pay)).annualVariablePay(BigDecimal.valueOf(pay % 3000))
                            .raised(day % 3 == 0).promoted(day % 7 == 0);
                    if (day < 365) {
                        b.hireDate(LocalDate.of(2025, 1, 1).plusDays(day));
                    }
                    return b.build();
                });
        return person.list().ofMinSize(1).ofMaxSize(200).map(list -> {
            List<EmployeeRecord> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                unique.add(list.get(i).toBuilder().id("E" + i).build());
            }
            return unique;
        });
    }

    @Property(tries = 60)
    @Label("parallel accumulation (split, one suite per split, merged) gives exactly the sequential results")
    void parallelEqualsSequential(@ForAll("workforce") List<EmployeeRecord> records) throws Exception {
        IndicatorSuite sequential = new IndicatorSuite(SETTINGS);
        records.forEach(sequential::add);
        IndicatorResults expected = sequential.results();
        IndicatorResults parallel = new ForkJoinPool(4).submit(
                () -> records.parallelStream().collect(IndicatorSuite.collector(SETTINGS))).get();
        assertThat(parallel).isEqualTo(expected);
    }

    @Property(tries = 60)
    @Label("merge(a, b) of the whole suite equals one suite over a ∪ b")
    void mergeEqualsUnion(@ForAll("workforce") List<EmployeeRecord> records, @ForAll @IntRange(max = 200) int cut) {
        int at = Math.min(cut, records.size());
        IndicatorSuite a = new IndicatorSuite(SETTINGS);
        IndicatorSuite b = new IndicatorSuite(SETTINGS);
        records.subList(0, at).forEach(a::add);
        records.subList(at, records.size()).forEach(b::add);
        IndicatorSuite all = new IndicatorSuite(SETTINGS);
        records.forEach(all::add);
        assertThat(a.merge(b).results()).isEqualTo(all.results());
    }
}

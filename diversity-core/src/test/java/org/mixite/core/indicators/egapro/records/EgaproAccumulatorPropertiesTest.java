package org.mixite.core.indicators.egapro.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** The accumulator's invariants: order does not matter, and merge equals the union. */
class EgaproAccumulatorPropertiesTest {

    static final ReferencePeriod PERIOD = ReferencePeriod.calendarYear(2025);

    @Provide
    Arbitrary<List<EmployeeRecord>> records() {
        Arbitrary<EmployeeRecord> one = Combinators.combine(
                Arbitraries.of(Sex.FEMALE, Sex.MALE, Sex.MALE, Sex.FEMALE, Sex.OTHER),
                Arbitraries.of("ouv", "emp", "tam", "ic", "other"),
                Arbitraries.integers().between(1950, 2004),
                Arbitraries.integers().between(15000, 120000),
                Arbitraries.of(ContractType.PERMANENT, ContractType.PERMANENT, ContractType.FIXED_TERM, ContractType.APPRENTICE),
                Arbitraries.integers().between(100, 365),
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 999_999)).as((sex, cat, year, pay, contract, days, flags, id) ->
                EmployeeRecord.builder("P" + id, sex).category(cat).birthYear(year)
                        .annualBasePay(BigDecimal.valueOf(pay)).contract(contract).daysPresent(days)
                        .fte((flags & 1) == 0 ? BigDecimal.ONE : new BigDecimal("0.8"))
                        .raised((flags & 2) != 0).promoted((flags & 4) != 0)
                        .maternityReturn(sex == Sex.FEMALE && (flags & 8) != 0)
                        .raisedAfterMaternity(sex == Sex.FEMALE && (flags & 9) == 9)
                        .hireDate(LocalDate.of(2019, 1, 1)).build());
        return one.list().ofMinSize(0).ofMaxSize(300).uniqueElements(EmployeeRecord::id);
    }

    static EgaproAggregation aggregate(List<EmployeeRecord> records) {
        EgaproAccumulator acc = new EgaproAccumulator(PERIOD, Modalite.CSP);
        records.forEach(acc::add);
        return acc.aggregate();
    }

    @Property(tries = 200)
    @Label("permuting the records changes nothing")
    void permutationInvariance(@ForAll("records") List<EmployeeRecord> records, @ForAll long seed) {
        List<EmployeeRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(aggregate(shuffled)).isEqualTo(aggregate(records));
    }

    @Property(tries = 200)
    @Label("merge(a, b) equals the accumulator of a ∪ b")
    void mergeEqualsUnion(@ForAll("records") List<EmployeeRecord> records, @ForAll long seed) {
        int cut = records.isEmpty() ? 0 : new Random(seed).nextInt(records.size() + 1);
        EgaproAccumulator a = new EgaproAccumulator(PERIOD, Modalite.CSP);
        EgaproAccumulator b = new EgaproAccumulator(PERIOD, Modalite.CSP);
        records.subList(0, cut).forEach(a::add);
        records.subList(cut, records.size()).forEach(b::add);
        assertThat(a.merge(b).aggregate()).isEqualTo(aggregate(records));
    }
}

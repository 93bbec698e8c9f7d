package org.mixite.core.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mixite.core.indicators.paygap.PayLevel;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Directive 2023/970 Art. 7 with regulations.md §7: an answer never shows a figure of a group below the minimum cell size. */
class RightToInformationProperties {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);

    @Provide
    Arbitrary<List<EmployeeRecord>> workforce() {
        Arbitrary<EmployeeRecord> person = Combinators.combine(
                Arbitraries.of(Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN), Arbitraries.of("ouv", "emp", "tam", "ic", "Sales"),
                Arbitraries.integers().between(0, 90_000), Arbitraries.integers().between(0, 5_000),
                Arbitraries.integers().between(0, 500), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((sex, category, pay, variable, day, hourlyOnly, noCategory) -> {
                    EmployeeRecord.Builder b = EmployeeRecord.builder("x", sex).birthYear(1985);
                    if (!noCategory) {
                        b.category(category);
                    }
                    if (hourlyOnly && pay % 4 == 0) {
                        b.hourlyPay(BigDecimal.valueOf(pay / 1000 + 10)); // hourly pay without annual pay: no annual figures
                    } else if (pay % 17 != 0) {
                        b.annualBasePay(BigDecimal.valueOf(pay)).annualVariablePay(BigDecimal.valueOf(variable));
                    } // else no pay at all
                    if (day < 365) {
                        b.hireDate(LocalDate.of(2025, 1, 1).plusDays(day)); // some hired after the period: absent
                    } else if (day > 480) {
                        b.hireDate(LocalDate.of(2026, 2, 1));
                    }
                    return b.build();
                });
        return person.list().ofMinSize(1).ofMaxSize(120).map(list -> {
            List<EmployeeRecord> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                unique.add(list.get(i).toBuilder().id("E" + i).build());
            }
            return unique;
        });
    }

    @Property(tries = 300)
    @Label("Art. 7: a woman's or man's average is shown only when at least k people of that sex with pay are in the category, "
            + "and its annual figures only when k of them have annual pay")
    void neverBelowMinimum(@ForAll("workforce") List<EmployeeRecord> records, @ForAll @IntRange(min = 1, max = 6) int k,
                           @ForAll @IntRange(min = 0, max = 119) int asking) {
        RightToInformation answers = RightToInformation.of(records, YEAR, k, Optional.empty());
        EmployeeRecord worker = records.get(asking % records.size());
        InformationAnswer answer = answers.answer(new InformationRequest(worker.id(), LocalDate.of(2026, 4, 1)));
        String category = worker.categoryOrDerived().orElse("(none)");
        check(answer.women(), records, category, Sex.FEMALE, k);
        check(answer.men(), records, category, Sex.MALE, k);
        if (answer.women() instanceof GroupFigure.Withheld && answer.men() instanceof GroupFigure.Withheld) {
            // Then the only amounts in the letter are the worker's own (an annual and an hourly line).
            String letter = InformationLetter.text(answer, false);
            assertThat(letter.lines().filter(l -> l.contains("EUR")).count())
                    .isLessThanOrEqualTo(answer.own().isPresent() ? 2 : 0);
        }
    }

    private static void check(GroupFigure figure, List<EmployeeRecord> records, String category, Sex sex, int k) {
        long withPay = records.stream().filter(r -> r.sex() == sex && r.categoryOrDerived().orElse("(none)").equals(category))
                .filter(r -> PayLevel.of(r, YEAR).isPresent()).count();
        long withAnnual = records.stream().filter(r -> r.sex() == sex && r.categoryOrDerived().orElse("(none)").equals(category))
                .filter(r -> PayLevel.of(r, YEAR).flatMap(PayLevel::annual).isPresent()).count();
        if (figure instanceof GroupFigure.Shown shown) {
            assertThat(withPay).isGreaterThanOrEqualTo(k);
            if (shown.average().annual().isPresent() || shown.average().hourlyBase().isPresent()) {
                assertThat(withAnnual).isGreaterThanOrEqualTo(k);
            }
        } else {
            assertThat(withPay).isLessThan(k); // withheld only when it has to be
            assertThat(((GroupFigure.Withheld) figure).minimum()).isEqualTo(k);
        }
    }
}

package org.mixite.core.indicators.france;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.InputException;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** issue 17: the state's pre-filled figures against ours. */
class ReconcilerTest {

    static final ReferencePeriod YEAR = GipFiguresTest.YEAR;

    /** Part-time and part-year people, so that actual and full-time-equivalent pay differ. */
    static List<EmployeeRecord> company() {
        List<EmployeeRecord> out = new ArrayList<>(GipFiguresTest.FOUR);
        out.add(EmployeeRecord.builder("w3", Sex.FEMALE).company("123456789").fte(new BigDecimal("0.5"))
                .annualBasePay(new BigDecimal("12000")).build());
        out.add(EmployeeRecord.builder("m3", Sex.MALE).company("123456789").hireDate(LocalDate.of(2026, 4, 1))
                .annualBasePay(new BigDecimal("27000")).annualVariablePay(new BigDecimal("900")).build());
        out.add(EmployeeRecord.builder("a1", Sex.FEMALE).company("123456789").contract(ContractType.APPRENTICE)
                .annualBasePay(new BigDecimal("9000")).build());
        return out;
    }

    static GipFile file(List<EmployeeRecord> records, PayBasis basis) {
        String text = GipFormat.write(GipFormat.file(YEAR, List.copyOf(GipCalculator.compute(records, YEAR, basis).values())));
        return GipFormat.read("prefill.csv", new StringReader(text));
    }

    @Test
    @DisplayName("issue 17 done-when: the file written from the data, read back and reconciled on the same data, has every figure equal")
    void ownFileMatches() {
        for (PayBasis basis : PayBasis.values()) {
            Reconciliation r = Reconciler.reconcile(company(), YEAR, file(company(), basis), "prefill.csv", Optional.empty());
            assertThat(r.allEqual()).as(basis.code()).isTrue();
            assertThat(r.companies().get(0).figures()).hasSize(55);
            assertThat(r.companies().get(0).basisVerdict()).isEqualTo(basis.code());
            assertThat(r.companies().get(0).basis()).isEqualTo(basis);
        }
    }

    @Test
    @DisplayName("issue 17 annual basis: a file on actual pay is recognised as actual, and a differing figure says what each basis gives")
    void basisExplained() {
        GipFile actual = file(company(), PayBasis.ACTUAL);
        GipFigures row = actual.rows().get(0);
        GipFigures changed = row.with(GipColumn.MEAN_ANNUAL_WOMEN, Optional.of(new BigDecimal("1.00")));
        GipFile file = new GipFile(actual.metadata(), List.of(changed));
        CompanyReconciliation c = Reconciler.reconcile(company(), YEAR, file, "prefill.csv", Optional.empty()).companies().get(0);
        assertThat(c.basis()).isEqualTo(PayBasis.ACTUAL);
        assertThat(c.differences()).extracting(FigureComparison::column).containsExactly(GipColumn.MEAN_ANNUAL_WOMEN);
        assertThat(c.differences().get(0).explanations().get(0)).startsWith("annual basis: actual pay gives ").contains("matches neither");
        assertThat(String.join(" ", c.differences().get(0).explanations())).contains("1 part-year and 1 part-time people")
                .contains("1 apprentices");
    }

    @Test
    @DisplayName("issue 17 headcounts: a count that differs says both counts and who could be counted differently (part-year, zero pay, apprentices…)")
    void countExplained() {
        GipFile own = file(company(), PayBasis.FULL_TIME_EQUIVALENT);
        GipFigures changed = own.rows().get(0).with(GipColumn.COUNT_ANNUAL_WOMEN, Optional.of(BigDecimal.valueOf(3)));
        CompanyReconciliation c = Reconciler.reconcile(company(), YEAR, new GipFile(own.metadata(), List.of(changed)), "p", Optional.empty())
                .companies().get(0);
        assertThat(c.differences()).hasSize(1);
        assertThat(c.differences().get(0).explanations().get(0)).isEqualTo("the state counts 3, we count 4 (difference 1)");
    }

    @Test
    @DisplayName("issue 17 bad input: the wrong period is named with line 2 and the date_debut column; nothing is compared")
    void wrongPeriod() {
        GipFile own = file(company(), PayBasis.ACTUAL);
        InputException e = catchThrowableOfType(InputException.class, () -> Reconciler.reconcile(company(),
                ReferencePeriod.calendarYear(2025), own, "prefill.csv", Optional.empty()));
        assertThat(e.getMessage()).startsWith("prefill.csv:2:4: date_debut 2026-01-01 is not the start of the data's reference period");
    }

    @Test
    @DisplayName("issue 17 bad input: a SIREN of the file not in the data is named with its line; --siren not in the file too")
    void sirenNotInData() {
        GipFile own = file(company(), PayBasis.ACTUAL);
        GipFile other = new GipFile(own.metadata(), List.of(new GipFigures("987654321", own.rows().get(0).values())));
        InputException e = catchThrowableOfType(InputException.class, () -> Reconciler.reconcile(company(), YEAR, other, "prefill.csv", Optional.empty()));
        assertThat(e.getMessage()).startsWith("prefill.csv:4:1: SIREN 987654321 is not in the data (the data's companies: 123456789)");
        InputException f = catchThrowableOfType(InputException.class, () -> Reconciler.reconcile(company(), YEAR, own, "prefill.csv", Optional.of("111111111")));
        assertThat(f.getMessage()).isEqualTo("prefill.csv: SIREN 111111111 is not in the file");
    }

    @Test
    @DisplayName("issue 17: the quality indices are shown as the state sent them")
    void qualityAsGiven() {
        GipFile own = file(company(), PayBasis.ACTUAL);
        GipFigures row = own.rows().get(0).with(GipColumn.QUALITY_INDEX, Optional.of(new BigDecimal("0.9731")));
        CompanyReconciliation c = Reconciler.reconcile(company(), YEAR, new GipFile(own.metadata(), List.of(row)), "p", Optional.empty())
                .companies().get(0);
        assertThat(c.quality()).hasSize(15);
        assertThat(c.quality().get(0)).isEqualTo(new CompanyReconciliation.QualityIndex("indice", Optional.of(new BigDecimal("0.9731"))));
        assertThat(c.allEqual()).isTrue();
    }
}

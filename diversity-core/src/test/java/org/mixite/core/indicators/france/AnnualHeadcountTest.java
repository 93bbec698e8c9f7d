package org.mixite.core.indicators.france;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Code de la sécurité sociale art. L130-1 I and R130-1: the annual average headcount. */
class AnnualHeadcountTest {

    static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2026);
    private int next;

    EmployeeRecord.Builder person() {
        return EmployeeRecord.builder("p" + next++, Sex.FEMALE);
    }

    static Workforce of(List<EmployeeRecord> records) {
        AnnualHeadcount h = new AnnualHeadcount(YEAR);
        records.forEach(h::add);
        return h.result();
    }

    @Test
    @DisplayName("R130-1 II: full-time people count 1 every month, part-time people their working time (L1111-2)")
    void fullAndPartTime() {
        assertThat(of(List.of(person().build(), person().build(), person().fte(new BigDecimal("0.5")).build())).average())
                .isEqualByComparingTo("2.50");
    }

    @Test
    @DisplayName("L130-1 I: the mean of the 12 monthly headcounts; someone hired on 1 July counts in 6 of them")
    void partYear() {
        Workforce w = of(List.of(person().build(), person().hireDate(LocalDate.of(2026, 7, 1)).build()));
        assertThat(w.average()).isEqualByComparingTo("1.50");
        assertThat(w.monthsCounted()).isEqualTo(12);
    }

    @Test
    @DisplayName("R130-1 I: months in which nobody is employed are left out of the mean")
    void emptyMonthsLeftOut() {
        Workforce w = of(List.of(person().hireDate(LocalDate.of(2026, 7, 1)).build()));
        assertThat(w.average()).isEqualByComparingTo("1.00");
        assertThat(w.monthsCounted()).isEqualTo(6);
    }

    @Test
    @DisplayName("R130-1 II and I: in proportion to the days of the month employed, truncated (not rounded) to 2 decimals")
    void partMonthTruncated() {
        // hired on 16 January: 16/31 of January, then 11 full months → (11 + 16/31) / 12 = 0.95967… → 0.95
        Workforce w = of(List.of(person().hireDate(LocalDate.of(2026, 1, 16)).build()));
        assertThat(w.average()).isEqualTo(new BigDecimal("0.95"));
    }

    @Test
    @DisplayName("R130-1 III (L1111-3 1°) apprentices left out; interns (no employment contract) and temporary agency workers (their agency's) too")
    void leftOut() {
        Workforce w = of(List.of(person().build(), person().contract(ContractType.APPRENTICE).build(),
                person().contract(ContractType.INTERN).build(), person().contract(ContractType.TEMPORARY).build(),
                person().contract(ContractType.FIXED_TERM).build()));
        assertThat(w.average()).isEqualByComparingTo("2.00");
        assertThat(List.of(w.apprentices(), w.interns(), w.temporaryAgency())).containsExactly(1L, 1L, 1L);
    }

    @Test
    @DisplayName("merge = one accumulator over both record sets")
    void merge() {
        List<EmployeeRecord> a = List.of(person().fte(new BigDecimal("0.8")).build(), person().exitDate(LocalDate.of(2026, 3, 10)).build());
        List<EmployeeRecord> b = List.of(person().hireDate(LocalDate.of(2026, 2, 3)).build());
        AnnualHeadcount x = new AnnualHeadcount(YEAR);
        a.forEach(x::add);
        AnnualHeadcount y = new AnnualHeadcount(YEAR);
        b.forEach(y::add);
        assertThat(x.merge(y).result()).isEqualTo(of(List.of(a.get(0), a.get(1), b.get(0))));
    }
}

package org.mixite.adapter.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

class DsnYearCombinerTest {

    private static EmployeeRecord month(String id, String base, String bonus, String job, boolean maternity) {
        return EmployeeRecord.builder(id, Sex.FEMALE).annualBasePay(new BigDecimal(base))
                .annualVariablePay(new BigDecimal(bonus)).jobCode(job).maternityReturn(maternity)
                .hireDate(LocalDate.of(2020, 1, 1)).build();
    }

    @Test
    @DisplayName("Months of one year combine: pay summed, latest month's job, maternity flag kept, one record per key")
    void combines() {
        List<EmployeeRecord> out = new DsnYearCombiner()
                .add(YearMonth.of(2025, 2), month("k1", "2000.50", "0", "388a", true))
                .add(YearMonth.of(2025, 1), month("k1", "1999.50", "100", "372a", false))
                .add(YearMonth.of(2025, 1), month("k2", "1500", "0", "543a", false))
                .result();
        assertEquals(2, out.size());
        EmployeeRecord k1 = out.get(0);
        assertEquals("k1", k1.id());
        assertEquals(0, new BigDecimal("4000.00").compareTo(k1.annualBasePay().orElseThrow()));
        assertEquals(0, new BigDecimal("100").compareTo(k1.annualVariablePay().orElseThrow()));
        assertEquals("388a", k1.jobCode().orElseThrow());
        assertTrue(k1.maternityReturn());
        assertEquals(0, new BigDecimal("1500").compareTo(out.get(1).annualBasePay().orElseThrow()));
    }

    @Test
    @DisplayName("dsn.md §4: fte is the average of the monthly fte")
    void fteAverage() {
        var out = new DsnYearCombiner()
                .add(YearMonth.of(2025, 1), month("k", "1", "0", "372a", false).toBuilder().fte(new BigDecimal("0.5")).build())
                .add(YearMonth.of(2025, 2), month("k", "1", "0", "372a", false).toBuilder().fte(BigDecimal.ONE).build())
                .result();
        assertEquals(0, new BigDecimal("0.75").compareTo(out.get(0).fte()));
    }

    @Test
    @DisplayName("Combining does not depend on the order months are added")
    void orderIndependent() {
        var a = new DsnYearCombiner().add(YearMonth.of(2025, 1), month("k", "1", "2", "372a", false))
                .add(YearMonth.of(2025, 3), month("k", "3", "4", "388a", false)).result();
        var b = new DsnYearCombiner().add(YearMonth.of(2025, 3), month("k", "3", "4", "388a", false))
                .add(YearMonth.of(2025, 1), month("k", "1", "2", "372a", false)).result();
        assertEquals(a, b);
    }
}

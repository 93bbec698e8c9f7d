package org.mixite.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.rixain.BodyShare;
import org.mixite.core.indicators.rixain.Compliance;
import org.mixite.core.indicators.rixain.RixainResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** The loi Rixain part of the full report (egapro.md §5). */
class IndicatorSuiteTest {

    static final ReferencePeriod PERIOD = ReferencePeriod.calendarYear(2025);

    static EmployeeRecord person(String id, Sex sex, ManagementLevel level) {
        return EmployeeRecord.builder(id, sex).birthYear(1975).category("ic").managementLevel(level)
                .annualBasePay(BigDecimal.valueOf(90_000)).hireDate(LocalDate.of(2015, 1, 1)).build();
    }

    static RixainResult rixain(List<EmployeeRecord> records) {
        IndicatorSuite suite = new IndicatorSuite(IndicatorSuite.ReportSettings.of(PERIOD));
        records.forEach(suite::add);
        return suite.results().rixain();
    }

    /**
     * Executives and board of 3 women and 7 men each, on the period's last day, among {@code staff}
     * more people: 20 + staff employees in all.
     */
    static List<EmployeeRecord> company(int staff) {
        List<EmployeeRecord> list = new ArrayList<>();
        for (ManagementLevel level : List.of(ManagementLevel.EXECUTIVE, ManagementLevel.BOARD)) {
            for (int i = 0; i < 10; i++) {
                list.add(person(level + "-" + i, i < 3 ? Sex.FEMALE : Sex.MALE, level));
            }
        }
        for (int i = 0; i < staff; i++) {
            list.add(person("S" + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, ManagementLevel.NONE));
        }
        return list;
    }

    @Test
    @DisplayName("§5 loi Rixain: members counted on the period's last day, the threshold judged on 1 March after")
    void membersOnPeriodEndThresholdOnJudgmentDate() {
        List<EmployeeRecord> records = new ArrayList<>(company(980));
        // an executive woman who left between the period's end and the judgment date still counts
        records.set(0, records.get(0).toBuilder().exitDate(LocalDate.of(2026, 1, 31)).build());
        // an executive man hired after the period does not
        records.add(person("late", Sex.MALE, ManagementLevel.EXECUTIVE).toBuilder().hireDate(LocalDate.of(2026, 1, 15)).build());
        RixainResult r = rixain(records);
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(r.threshold()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("30"));
        var executives = (BodyShare.Computed) r.cadresDirigeants();
        assertThat(executives.women()).isEqualTo(3);
        assertThat(executives.men()).isEqualTo(7);
        assertThat(executives.shareWomen()).isEqualByComparingTo("30.0");
        assertThat(executives.compliant()).contains(true);
        assertThat(r.headcount()).isEqualTo(1000); // the late hire is not counted by Egapro either
        assertThat(r.compliance()).isEqualTo(Compliance.COMPLIANT);
    }

    @Test
    @DisplayName("§5 loi Rixain applies from 1,000 employees, as counted for Egapro: 999 → non_assujettie")
    void applicabilityFromTheEgaproHeadcount() {
        List<EmployeeRecord> records = new ArrayList<>(company(979));
        // an apprentice is not counted by Egapro (§2), so the company stays at 999
        records.add(person("A", Sex.MALE, ManagementLevel.NONE).toBuilder()
                .contract(org.mixite.spi.model.ContractType.APPRENTICE).build());
        RixainResult r = rixain(records);
        assertThat(r.headcount()).isEqualTo(999);
        assertThat(r.compliance()).isEqualTo(Compliance.NOT_SUBJECT);
        assertThat(((BodyShare.Computed) r.cadresDirigeants()).compliant()).isEmpty();
        assertThat(rixain(company(980)).compliance()).isEqualTo(Compliance.COMPLIANT);
    }
}

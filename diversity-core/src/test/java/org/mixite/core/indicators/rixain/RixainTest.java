package org.mixite.core.indicators.rixain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/** egapro.md §5, loi Rixain 2021-1774. */
class RixainTest {

    static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    /** A company the law applies to. */
    static final long SUBJECT = RixainAccumulator.SUBJECT_HEADCOUNT;

    static List<EmployeeRecord> body(ManagementLevel level, int women, int men, int others) {
        List<EmployeeRecord> list = new ArrayList<>();
        for (int i = 0; i < women + men + others; i++) {
            Sex sex = i < women ? Sex.FEMALE : i < women + men ? Sex.MALE : Sex.OTHER;
            list.add(EmployeeRecord.builder(level + "-" + i, sex).managementLevel(level).birthYear(1970).build());
        }
        return list;
    }

    static RixainResult compute(List<EmployeeRecord> records, LocalDate date) {
        RixainAccumulator acc = new RixainAccumulator(END_2025);
        records.forEach(acc::add);
        return acc.result(date, SUBJECT);
    }

    static List<EmployeeRecord> company(int execWomen, int execMen, int boardWomen, int boardMen) {
        List<EmployeeRecord> all = new ArrayList<>(body(ManagementLevel.EXECUTIVE, execWomen, execMen, 0));
        all.addAll(body(ManagementLevel.BOARD, boardWomen, boardMen, 0));
        all.addAll(body(ManagementLevel.MANAGER, 50, 0, 0)); // not in either body
        return all;
    }

    @Test
    @DisplayName("shares to one decimal, half up: 1 of 3 → 33.3, 2 of 3 → 66.7")
    void sharesToOneDecimal() {
        var r = compute(company(1, 2, 3, 7), LocalDate.of(2026, 3, 1));
        var exec = (BodyShare.Computed) r.cadresDirigeants();
        assertThat(exec.shareWomen()).isEqualByComparingTo("33.3");
        assertThat(exec.shareMen()).isEqualByComparingTo("66.7");
        assertThat(exec.members()).isEqualTo(3);
    }

    @Test
    @DisplayName("30% threshold from 2026-03-01: exactly 30.0% complies, 29.x% does not")
    void boundaryAtThirtyPercent() {
        LocalDate date = LocalDate.of(2026, 3, 1);
        var exactly = compute(company(3, 7, 3, 7), date);
        assertThat(((BodyShare.Computed) exactly.cadresDirigeants()).shareWomen()).isEqualByComparingTo("30.0");
        assertThat(exactly.compliance()).isEqualTo(Compliance.COMPLIANT);
        // 299 of 1000 = 29.9%
        var below = compute(company(299, 701, 3, 7), date);
        assertThat(((BodyShare.Computed) below.cadresDirigeants()).compliant()).contains(false);
        assertThat(below.compliance()).isEqualTo(Compliance.NOT_COMPLIANT);
        // 2999 of 10000 shows 30.0 yet is below 30%: judged on the exact share
        var rounded = compute(company(2999, 7001, 3, 7), date);
        assertThat(((BodyShare.Computed) rounded.cadresDirigeants()).shareWomen()).isEqualByComparingTo("30.0");
        assertThat(rounded.compliance()).isEqualTo(Compliance.NOT_COMPLIANT);
        // men are held to the same threshold
        assertThat(compute(company(3, 7, 8, 2), date).compliance()).isEqualTo(Compliance.NOT_COMPLIANT);
    }

    @Test
    @DisplayName("dates: no threshold before 2026-03-01, 30% from it, 40% from 2029-03-01")
    void thresholdDates() {
        assertThat(RixainAccumulator.threshold(LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(RixainAccumulator.threshold(LocalDate.of(2026, 3, 1))).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("30"));
        assertThat(RixainAccumulator.threshold(LocalDate.of(2029, 2, 28))).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("30"));
        assertThat(RixainAccumulator.threshold(LocalDate.of(2029, 3, 1))).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("40"));
        var company = company(3, 7, 4, 6);
        assertThat(compute(company, LocalDate.of(2026, 2, 28)).compliance()).isEqualTo(Compliance.NOT_YET_APPLICABLE);
        assertThat(((BodyShare.Computed) compute(company, LocalDate.of(2026, 2, 28)).cadresDirigeants()).compliant()).isEmpty();
        assertThat(compute(company, LocalDate.of(2026, 3, 1)).compliance()).isEqualTo(Compliance.COMPLIANT);
        assertThat(compute(company, LocalDate.of(2029, 2, 28)).compliance()).isEqualTo(Compliance.COMPLIANT);
        // 30% executives fall short of 40%
        assertThat(compute(company, LocalDate.of(2029, 3, 1)).compliance()).isEqualTo(Compliance.NOT_COMPLIANT);
        assertThat(compute(company(4, 6, 4, 6), LocalDate.of(2029, 3, 1)).compliance()).isEqualTo(Compliance.COMPLIANT);
    }

    @Test
    @DisplayName("a body with no member is not calculable; compliance is then undetermined")
    void emptyBody() {
        var r = compute(company(3, 7, 0, 0), LocalDate.of(2026, 3, 1));
        assertThat(r.instancesDirigeantes()).isEqualTo(new BodyShare.NotCalculable(Body.INSTANCES_DIRIGEANTES));
        assertThat(r.compliance()).isEqualTo(Compliance.UNDETERMINED);
        assertThat(RixainAccumulator.share(Body.CADRES_DIRIGEANTS, 0, 0, 0, Optional.empty())).isInstanceOf(BodyShare.NotCalculable.class);
        assertThat(RixainAccumulator.share(Body.CADRES_DIRIGEANTS, 1, 0, 0, Optional.empty())).isInstanceOf(BodyShare.Computed.class);
    }

    @Test
    @DisplayName("§5 compliance: a body below the threshold is non-compliant even when the other body is empty")
    void belowThresholdWinsOverEmptyBody() {
        LocalDate date = LocalDate.of(2026, 3, 1);
        // executives 2 women of 10 = 20% < 30%, board empty
        assertThat(compute(company(2, 8, 0, 0), date).compliance()).isEqualTo(Compliance.NOT_COMPLIANT);
        // executives empty, board 1 man of 5 = 20% < 30%: the order of the bodies does not matter
        assertThat(compute(company(0, 0, 4, 1), date).compliance()).isEqualTo(Compliance.NOT_COMPLIANT);
        // compliant executives, empty board: undetermined; both empty: undetermined
        assertThat(compute(company(3, 7, 0, 0), date).compliance()).isEqualTo(Compliance.UNDETERMINED);
        assertThat(compute(company(0, 0, 0, 0), date).compliance()).isEqualTo(Compliance.UNDETERMINED);
    }

    @Test
    @DisplayName("members of sex X count in the denominator; people who left before the day do not count")
    void whoCounts() {
        List<EmployeeRecord> all = new ArrayList<>(body(ManagementLevel.EXECUTIVE, 3, 6, 1));
        all.add(EmployeeRecord.builder("gone", Sex.MALE).managementLevel(ManagementLevel.EXECUTIVE).birthYear(1960)
                .exitDate(LocalDate.of(2025, 6, 30)).build());
        all.add(EmployeeRecord.builder("future", Sex.MALE).managementLevel(ManagementLevel.EXECUTIVE).birthYear(1960)
                .hireDate(LocalDate.of(2026, 1, 15)).build());
        var exec = (BodyShare.Computed) compute(all, LocalDate.of(2026, 3, 1)).cadresDirigeants();
        assertThat(exec.members()).isEqualTo(10);
        assertThat(exec.shareWomen()).isEqualByComparingTo("30.0");
        assertThat(exec.shareMen()).isEqualByComparingTo("60.0");
    }

    @Test
    @DisplayName("merge equals counting the union")
    void merge() {
        var records = company(3, 7, 4, 6);
        RixainAccumulator a = new RixainAccumulator(END_2025);
        RixainAccumulator b = new RixainAccumulator(END_2025);
        records.subList(0, 8).forEach(a::add);
        records.subList(8, records.size()).forEach(b::add);
        assertThat(a.merge(b).result(LocalDate.of(2026, 3, 1), SUBJECT)).isEqualTo(compute(records, LocalDate.of(2026, 3, 1)));
    }

    @Test
    @DisplayName("§5 who: the law applies from 1,000 employees; at 999 the company is not subject and no body is judged")
    void notSubjectBelowOneThousandEmployees() {
        RixainAccumulator acc = new RixainAccumulator(END_2025);
        company(2, 8, 0, 0).forEach(acc::add); // 20% executives: would be non-compliant
        LocalDate date = LocalDate.of(2026, 3, 1);
        RixainResult small = acc.result(date, 999);
        assertThat(small.compliance()).isEqualTo(Compliance.NOT_SUBJECT);
        assertThat(small.headcount()).isEqualTo(999);
        var executives = (BodyShare.Computed) small.cadresDirigeants();
        assertThat(executives.shareWomen()).isEqualByComparingTo("20.0"); // still reported
        assertThat(executives.compliant()).isEmpty();
        // not subject whatever the date, even before the first threshold
        assertThat(acc.result(LocalDate.of(2025, 3, 1), 120).compliance()).isEqualTo(Compliance.NOT_SUBJECT);
        RixainResult big = acc.result(date, 1000);
        assertThat(big.compliance()).isEqualTo(Compliance.NOT_COMPLIANT);
        assertThat(((BodyShare.Computed) big.cadresDirigeants()).compliant()).contains(false);
    }
}

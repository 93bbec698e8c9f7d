package org.mixite.core.indicators.rixain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/** egapro.md §5, loi Rixain: thresholds of 30% from 2026-03-01 and 40% from 2029-03-01. */
class RixainTest {

    private static final Optional<BigDecimal> THIRTY = Optional.of(BigDecimal.valueOf(30));

    @Test
    @DisplayName("thresholds: none before 2026-03-01, 30% from that day, 40% from 2029-03-01")
    void thresholdDates() {
        assertThat(Rixain.thresholdAt(LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(Rixain.thresholdAt(LocalDate.of(2026, 3, 1))).hasValue(BigDecimal.valueOf(30));
        assertThat(Rixain.thresholdAt(LocalDate.of(2029, 2, 28))).hasValue(BigDecimal.valueOf(30));
        assertThat(Rixain.thresholdAt(LocalDate.of(2029, 3, 1))).hasValue(BigDecimal.valueOf(40));
    }

    @Test
    @DisplayName("exactly 30.0% of women complies; 29.9% does not (compared exactly, before rounding)")
    void boundaryAt30() {
        RixainResult.Body exactly = Rixain.body(3, 7, 0, THIRTY);
        assertThat(exactly.womenShare()).hasValue(new BigDecimal("30.0"));
        assertThat(exactly.compliant()).hasValue(true);
        RixainResult.Body under = Rixain.body(299, 701, 0, THIRTY);
        assertThat(under.womenShare()).hasValue(new BigDecimal("29.9"));
        assertThat(under.compliant()).hasValue(false);
        // 2 of 7 = 28.57…% rounds to 28.6: not compliant either way; 3 of 7 men = 42.9
        assertThat(Rixain.body(2, 5, 0, THIRTY).compliant()).hasValue(false);
    }

    @Test
    @DisplayName("both sexes must reach the threshold: a body of women only fails too")
    void bothSexes() {
        assertThat(Rixain.body(8, 2, 0, THIRTY).compliant()).hasValue(false);
    }

    @Test
    @DisplayName("a body with no member is not calculable")
    void emptyBody() {
        RixainResult.Body empty = Rixain.body(0, 0, 0, THIRTY);
        assertThat(empty.calculable()).isFalse();
        assertThat(empty.womenShare()).isEmpty();
        assertThat(empty.compliant()).isEmpty();
    }

    @Test
    @DisplayName("from records: executives and board counted by sex, leavers before the date left out")
    void fromRecords() {
        Rixain rixain = new Rixain(LocalDate.of(2026, 3, 1));
        rixain.add(EmployeeRecord.builder("1", Sex.FEMALE).birthYear(1970).managementLevel(ManagementLevel.EXECUTIVE).build());
        rixain.add(EmployeeRecord.builder("2", Sex.MALE).birthYear(1970).managementLevel(ManagementLevel.EXECUTIVE).build());
        rixain.add(EmployeeRecord.builder("3", Sex.MALE).birthYear(1970).managementLevel(ManagementLevel.EXECUTIVE)
                .exitDate(LocalDate.of(2026, 1, 15)).build());
        rixain.add(EmployeeRecord.builder("4", Sex.MALE).birthYear(1970).managementLevel(ManagementLevel.BOARD).build());
        Rixain other = new Rixain(LocalDate.of(2026, 3, 1));
        other.add(EmployeeRecord.builder("5", Sex.FEMALE).birthYear(1970).managementLevel(ManagementLevel.BOARD).build());
        RixainResult result = rixain.merge(other).result();
        assertThat(result.executives().women()).isEqualTo(1);
        assertThat(result.executives().men()).isEqualTo(1);
        assertThat(result.executives().compliant()).hasValue(true);
        assertThat(result.board().womenShare()).hasValue(new BigDecimal("50.0"));
        assertThat(result.compliant()).hasValue(true);
        assertThat(result.threshold()).hasValue(BigDecimal.valueOf(30));
    }
}

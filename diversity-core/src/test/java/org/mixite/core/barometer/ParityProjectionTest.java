package org.mixite.core.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Years to parity, stock-flow at constant rates. The hand-checked case: equal exit rates e and a
 * hire rate h = e keep the size constant, so the share follows p(t) = w + (p0 − w)(1 − e)^t.
 */
class ParityProjectionTest {

    @Test
    @DisplayName("p(t) = 0.5 − 0.3 × 0.8^t: 40% in the 5th year (0.8^5 = 0.328 ≤ 1/3 < 0.8^4), 50% never at current rates")
    void closedForm() {
        // End stock 200 women, 800 men; hires 100 and 100; exits 25 of 125 women and 175 of 875 men (20% each).
        ParityProjection p = ParityProjection.of(2025, DisclosureTest.tally(200, 800), DisclosureTest.tally(100, 100),
                DisclosureTest.tally(25, 175));
        assertThat(p.notComputable()).isEmpty();
        assertThat(p.startShare()).hasValue(new java.math.BigDecimal("20.0"));
        assertThat(p.exitRateFemale()).hasValue(new java.math.BigDecimal("20.0"));
        assertThat(p.exitRateMale()).hasValue(new java.math.BigDecimal("20.0"));
        assertThat(p.hireRate()).hasValue(new java.math.BigDecimal("20.0"));
        assertThat(p.womenShareOfHires()).hasValue(new java.math.BigDecimal("50.0"));
        assertThat(p.targets()).containsExactly(new ParityProjection.Target(40, Optional.of(2030)),
                new ParityProjection.Target(50, Optional.empty()));
        assertThat(p.longRunShare()).hasValue(new java.math.BigDecimal("50.0"));
    }

    @Test
    @DisplayName("a share already at the target is reached in the base year; hiring no women never gets anywhere")
    void alreadyAndNever() {
        ParityProjection there = ParityProjection.of(2025, DisclosureTest.tally(50, 50), DisclosureTest.tally(5, 5), DisclosureTest.tally(5, 5));
        assertThat(there.targets()).containsExactly(new ParityProjection.Target(40, Optional.of(2025)),
                new ParityProjection.Target(50, Optional.of(2025)));
        ParityProjection never = ParityProjection.of(2025, DisclosureTest.tally(20, 80), DisclosureTest.tally(0, 10), DisclosureTest.tally(2, 8));
        assertThat(never.targets()).allSatisfy(t -> assertThat(t.year()).isEmpty());
        assertThat(never.longRunShare().orElseThrow()).isLessThan(new java.math.BigDecimal("20"));
    }

    @Test
    @DisplayName("not computable without a start stock of both sexes")
    void notComputable() {
        assertThat(ParityProjection.of(2025, DisclosureTest.tally(0, 0), DisclosureTest.tally(0, 0), DisclosureTest.tally(0, 0))
                .notComputable()).isPresent();
        assertThat(ParityProjection.of(2025, DisclosureTest.tally(3, 10), DisclosureTest.tally(3, 0), DisclosureTest.tally(0, 0))
                .notComputable()).isPresent();
    }
}

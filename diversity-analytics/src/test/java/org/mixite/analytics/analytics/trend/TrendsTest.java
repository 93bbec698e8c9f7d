package org.mixite.analytics.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.analytics.People;
import org.mixite.analytics.regression.AdjustedGap;

class TrendsTest {

    @Test
    @DisplayName("Two periods: changes are later − earlier; z = Δβ/√(se₁²+se₂²) with a normal p-value")
    void twoPeriods() {
        PeriodFigures y1 = PeriodFigures.of("2025", new People().women("c", "l", 10, 20).men("c", "l", 20, 40).sample());
        PeriodFigures y2 = PeriodFigures.of("2026", new People().women("c", "l", 18, 36).men("c", "l", 20, 40).sample());
        Trend trend = Trends.of(List.of(y1, y2));
        Change c = trend.changes().get(0);
        AdjustedGap.Estimate a = (AdjustedGap.Estimate) y1.adjusted();
        AdjustedGap.Estimate b = (AdjustedGap.Estimate) y2.adjusted();
        // 2025: β = −ln 2 (50%); 2026: β = ln 0.9 (10%); both se = ln2/√2 (same log spread).
        assertThat(a.percent()).isCloseTo(50, within(1e-9));
        assertThat(b.percent()).isCloseTo(10, within(1e-9));
        assertThat(c.adjustedGap()).hasValueSatisfying(v -> assertThat(v).isCloseTo(-40, within(1e-9)));
        assertThat(c.rawGap()).hasValueSatisfying(v -> assertThat(v).isCloseTo(-40, within(1e-9)));
        double z = (Math.log(0.9) + Math.log(2)) / Math.sqrt(2 * Math.log(2) * Math.log(2) / 2);
        assertThat(c.z()).hasValueSatisfying(v -> assertThat(v).isCloseTo(z, within(1e-12)));
        assertThat(c.significant()).contains(z > 1.959964);
        // 10% lies inside 2025's very wide interval (2 degrees of freedom).
        assertThat(c.beyondInterval()).contains(false);
        assertThat(c.from()).isEqualTo("2025");
        assertThat(c.to()).isEqualTo("2026");
    }

    @Test
    @DisplayName("A trend needs two periods")
    void needsTwo() {
        PeriodFigures y1 = PeriodFigures.of("2025", new People().women("c", "l", 10, 20).men("c", "l", 20, 40).sample());
        assertThatThrownBy(() -> Trends.of(List.of(y1))).isInstanceOf(IllegalArgumentException.class);
    }
}

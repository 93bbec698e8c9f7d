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
    @DisplayName("The trend follows Art. 10 categories (newly flagged, no longer flagged) and Egapro indicator 1's points when calculable")
    void flaggedCategoriesAndEgapro() {
        // 2025: category a at a 50% gap, b equal; 2026: a fixed, b at a 10% gap. No annual pay: Egapro indicator 1 not calculable.
        PeriodFigures y1 = PeriodFigures.of("2025", new People().women("a", "l", 10, 10).men("a", "l", 20, 20)
                .women("b", "l", 20, 20).men("b", "l", 20, 20).sample());
        PeriodFigures y2 = PeriodFigures.of("2026", new People().women("a", "l", 20, 20).men("a", "l", 20, 20)
                .women("b", "l", 18, 18).men("b", "l", 20, 20).sample());
        assertThat(y1.flaggedCategories()).containsExactly("a");
        assertThat(y2.flaggedCategories()).containsExactly("b");
        Change c = Trends.of(List.of(y1, y2)).changes().get(0);
        assertThat(c.newlyFlagged()).containsExactly("b");
        assertThat(c.noLongerFlagged()).containsExactly("a");
        assertThat(y1.egaproIndicator1()).isEmpty();
        assertThat(c.egaproIndicator1Points()).isEmpty();

        PeriodFigures e1 = new PeriodFigures("2025", y1.rawGap(), y1.adjusted(), y1.oaxaca(), List.of(),
                java.util.Optional.of(new org.mixite.core.indicators.egapro.PayGapScore(new java.math.BigDecimal("6.2"),
                        org.mixite.core.indicators.egapro.Favorable.HOMMES, 33)), java.util.Map.of());
        PeriodFigures e2 = new PeriodFigures("2026", y2.rawGap(), y2.adjusted(), y2.oaxaca(), List.of(),
                java.util.Optional.of(new org.mixite.core.indicators.egapro.PayGapScore(new java.math.BigDecimal("2.1"),
                        org.mixite.core.indicators.egapro.Favorable.HOMMES, 38)), java.util.Map.of());
        assertThat(Trends.of(List.of(e1, e2)).changes().get(0).egaproIndicator1Points()).contains(5);
    }

    @Test
    @DisplayName("A trend needs two periods")
    void needsTwo() {
        PeriodFigures y1 = PeriodFigures.of("2025", new People().women("c", "l", 10, 20).men("c", "l", 20, 40).sample());
        assertThatThrownBy(() -> Trends.of(List.of(y1))).isInstanceOf(IllegalArgumentException.class);
    }
}

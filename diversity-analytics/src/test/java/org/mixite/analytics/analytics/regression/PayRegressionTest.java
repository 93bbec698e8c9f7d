package org.mixite.analytics.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.Control;
import org.mixite.analytics.People;
import org.mixite.spi.model.Sex;

class PayRegressionTest {

    private static double meanLog(double... pay) {
        return Arrays.stream(pay).map(Math::log).average().orElseThrow();
    }

    private static double sumSqDev(double... pay) {
        double m = meanLog(pay);
        return Arrays.stream(pay).map(p -> (Math.log(p) - m) * (Math.log(p) - m)).sum();
    }

    @Test
    @DisplayName("Sex only: β = difference of mean log pay, HC1 and R² by the two-group formulas")
    void twoGroupClosedForm() {
        double[] f = {10, 12, 15};
        double[] m = {14, 16, 20, 18};
        AdjustedGap.Estimate e = (AdjustedGap.Estimate) PayRegression.fit(new People().women("c", "l", f).men("c", "l", m)
                .sample()).gap();
        // OLS on intercept + female: β = ȳ_f − ȳ_m.
        double beta = meanLog(f) - meanLog(m);
        // HC0 of a difference of means: Σe_f²/n_f² + Σe_m²/n_m²; HC1 multiplies by n/(n−k), here 7/5.
        double var = (sumSqDev(f) / 9 + sumSqDev(m) / 16) * 7 / 5;
        double all = meanLog(concat(f, m));
        double sst = Arrays.stream(concat(f, m)).map(p -> (Math.log(p) - all) * (Math.log(p) - all)).sum();
        double r2 = 1 - (sumSqDev(f) + sumSqDev(m)) / sst;
        TDistribution t = TDistribution.of(5);
        assertThat(e.coefficient()).isCloseTo(beta, within(1e-12));
        assertThat(e.percent()).isCloseTo((1 - Math.exp(beta)) * 100, within(1e-10));
        assertThat(e.standardError()).isCloseTo(Math.sqrt(var), within(1e-12));
        assertThat(e.r2()).isCloseTo(r2, within(1e-12));
        assertThat(e.pValue()).isCloseTo(2 * t.survivalProbability(Math.abs(beta) / Math.sqrt(var)), within(1e-12));
        double tc = t.inverseSurvivalProbability(0.025);
        assertThat(e.ciLow()).isCloseTo((1 - Math.exp(beta + tc * Math.sqrt(var))) * 100, within(1e-9));
        assertThat(e.ciHigh()).isCloseTo((1 - Math.exp(beta - tc * Math.sqrt(var))) * 100, within(1e-9));
        assertThat(e.n()).isEqualTo(7);
        assertThat(e.parameters()).isEqualTo(2);
        assertThat(e.percent()).as("men paid more: positive gap").isPositive();
    }

    @Test
    @DisplayName("HC1 by hand: women 10, 20; men 20, 40 → gap 50%, se = ln2/√2, p = 1 − 1/√2 (t, 2 df)")
    void hc1ByHand() {
        AdjustedGap.Estimate e = (AdjustedGap.Estimate) PayRegression.fit(new People().women("c", "l", 10, 20)
                .men("c", "l", 20, 40).sample()).gap();
        // β = ln(√200/√800) = −ln 2; residuals ±ln2/2; HC0 = 4·(ln2/2)²/4 = ln²2/4; HC1 = ×4/2.
        double ln2 = Math.log(2);
        assertThat(e.coefficient()).isCloseTo(-ln2, within(1e-12));
        assertThat(e.percent()).isCloseTo(50, within(1e-10));
        assertThat(e.standardError()).isCloseTo(ln2 / Math.sqrt(2), within(1e-12));
        // t = −√2; for 2 df, P(T > t) = 1/2 − t/(2√(t²+2)) = 1/2 − √2/4.
        assertThat(e.pValue()).isCloseTo(1 - 1 / Math.sqrt(2), within(1e-12));
        assertThat(e.significant()).isFalse();
    }

    @Test
    @DisplayName("Sex + one binary control, balanced 2×2 design: β = mean of the within-level differences")
    void balancedBinaryControl() {
        double[] fa = {10, 11};
        double[] fb = {20, 23};
        double[] ma = {12, 13};
        double[] mb = {22, 26};
        Fit fit = PayRegression.fit(new People().women("c", "A", fa).women("c", "B", fb).men("c", "A", ma)
                .men("c", "B", mb).sample(Control.LEVEL));
        AdjustedGap.Estimate e = (AdjustedGap.Estimate) fit.gap();
        // Equal cells make the level dummy orthogonal to sex after centring.
        double beta = ((meanLog(fa) - meanLog(ma)) + (meanLog(fb) - meanLog(mb))) / 2;
        assertThat(e.coefficient()).isCloseTo(beta, within(1e-12));
        assertThat(e.controls()).containsExactly("level");
        assertThat(fit.terms()).extracting(Term::label).containsExactly("(intercept)", "female", "level=B");
    }

    @Test
    @DisplayName("Reference level = the most frequent, ties by name")
    void referenceLevel() {
        Fit fit = PayRegression.fit(new People().women("c", "B", 10, 11).women("c", "A", 12).men("c", "B", 13)
                .men("c", "A", 14, 15).men("c", "C", 16).sample(Control.LEVEL));
        // A and B both have 3 people: A (first by name) is the reference.
        assertThat(fit.terms()).extracting(Term::label).containsExactly("(intercept)", "female", "level=B", "level=C");
    }

    @Test
    @DisplayName("Singular design: a one-level control, a duplicated control and a constant fte are dropped and reported, no NaN")
    void singularDesign() {
        People people = new People();
        double[] pay = {10, 12, 15, 11, 14, 19, 13, 17};
        for (int i = 0; i < pay.length; i++) {
            String cat = i % 3 == 0 ? "K1" : i % 3 == 1 ? "K2" : "K3";
            // level repeats the category under other names: perfectly collinear.
            people.add(i % 2 == 0 ? Sex.FEMALE : Sex.MALE, pay[i], cat, "L" + cat, "HQ", BigDecimal.ONE);
        }
        Fit fit = PayRegression.fit(people.sample(Control.CATEGORY, Control.LEVEL, Control.ESTABLISHMENT, Control.FTE));
        AdjustedGap.Estimate e = (AdjustedGap.Estimate) fit.gap();
        assertThat(e.dropped()).extracting(DroppedColumn::column, DroppedColumn::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("establishment", "only one level ('HQ')"),
                org.assertj.core.groups.Tuple.tuple("level=LK2", "collinear with earlier columns"),
                org.assertj.core.groups.Tuple.tuple("level=LK3", "collinear with earlier columns"),
                org.assertj.core.groups.Tuple.tuple("fte", "collinear with earlier columns"));
        assertThat(e.controls()).containsExactly("category");
        for (double v : new double[] {e.percent(), e.ciLow(), e.ciHigh(), e.pValue(), e.standardError(), e.r2()}) {
            assertThat(v).isFinite();
        }
        // Same gap as the design with the category alone.
        AdjustedGap.Estimate alone = (AdjustedGap.Estimate) PayRegression.fit(people.sample(Control.CATEGORY)).gap();
        assertThat(e.coefficient()).isCloseTo(alone.coefficient(), within(1e-10));
    }

    @Test
    @DisplayName("Not computable: one sex only, too few people, nobody; a control that separates the sexes is dropped and said")
    void notComputable() {
        assertThat(PayRegression.fit(new People().women("c", "l", 10, 12).sample()).gap())
                .isInstanceOfSatisfying(AdjustedGap.NotComputable.class, n -> assertThat(n.reason()).contains("only one sex"));
        assertThat(PayRegression.fit(new People().women("c", "F", 10, 12).men("c", "M", 13, 14).sample(Control.LEVEL)).gap())
                .isInstanceOfSatisfying(AdjustedGap.Estimate.class, e -> {
                    assertThat(e.dropped()).extracting(DroppedColumn::reason).containsExactly(
                            "collinear with sex and earlier columns (not adjusted for)");
                    assertThat(e.controls()).isEmpty();
                });
        assertThat(PayRegression.fit(new People().women("c", "l", 10).men("c", "l", 13).sample()).gap())
                .isInstanceOfSatisfying(AdjustedGap.NotComputable.class, n -> assertThat(n.reason()).contains("too few"));
        assertThat(PayRegression.fit(new People().women("c", "l", 10).men("c", "l", 13, 12).sample()).gap())
                .isInstanceOf(AdjustedGap.Estimate.class);
        assertThat(PayRegression.fit(new People().sample()).gap()).isInstanceOf(AdjustedGap.NotComputable.class);
    }

    @Test
    @DisplayName("Sex X and unknown are left out of the regression and counted")
    void nonBinaryExcluded() {
        People p = new People().women("c", "l", 10, 12).men("c", "l", 13, 14);
        p.add(Sex.OTHER, 99, "c", "l");
        AnalyticsSample s = p.sample();
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.excluded()).containsEntry("sex X or unknown", 1L);
    }

    @Test
    @DisplayName("Performance: 100,000 people with 4 controls fit well under a second")
    void performance() {
        java.util.Random random = new java.util.Random(7);
        People people = new People();
        for (int i = 0; i < 100_000; i++) {
            people.add(random.nextBoolean() ? Sex.FEMALE : Sex.MALE, 12 + random.nextInt(4000) / 100.0,
                    "K" + random.nextInt(8), "L" + random.nextInt(6), "E" + random.nextInt(12),
                    random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("0.8"));
        }
        AnalyticsSample s = people.sample(Control.CATEGORY, Control.LEVEL, Control.ESTABLISHMENT, Control.FTE);
        PayRegression.fit(s); // warm-up
        long start = System.nanoTime();
        Fit fit = PayRegression.fit(s);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(fit.gap()).isInstanceOf(AdjustedGap.Estimate.class);
        assertThat(ms).isLessThan(1000);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

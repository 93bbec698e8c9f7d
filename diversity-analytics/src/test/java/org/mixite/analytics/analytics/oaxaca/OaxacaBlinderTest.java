package org.mixite.analytics.oaxaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.analytics.Control;
import org.mixite.analytics.People;
import org.mixite.analytics.regression.PayRegression;

class OaxacaBlinderTest {

    private static double meanLog(double... pay) {
        return Arrays.stream(pay).map(Math::log).average().orElseThrow();
    }

    @Test
    @DisplayName("Sex only: nothing explained, unexplained = total = difference of mean log pay")
    void sexOnly() {
        Decomposition.Computed d = (Decomposition.Computed) OaxacaBlinder.decompose(PayRegression.fit(
                new People().women("c", "l", 10, 12, 15).men("c", "l", 14, 16, 20).sample()));
        double total = meanLog(14, 16, 20) - meanLog(10, 12, 15);
        assertThat(d.totalGap()).isCloseTo(total, within(1e-12));
        assertThat(d.explained()).isZero();
        assertThat(d.unexplained()).isCloseTo(total, within(1e-12));
        assertThat(d.reference()).isEqualTo(OaxacaBlinder.POOLED);
    }

    @Test
    @DisplayName("Sex + level, unbalanced: pooled-with-indicator coefficients solved by Cramer's rule give explained and unexplained")
    void pooledWithIndicatorByCramer() {
        double[] fa = {10, 11, 12};
        double[] fb = {20};
        double[] ma = {12};
        double[] mb = {22, 26, 25};
        Decomposition.Computed d = (Decomposition.Computed) OaxacaBlinder.decompose(PayRegression.fit(new People()
                .women("c", "A", fa).women("c", "B", fb).men("c", "A", ma).men("c", "B", mb).sample(Control.LEVEL)));
        // Columns 1, female, B (A and B have 4 people each: A is the reference by name).
        double[][] rows = new double[8][];
        double[] y = new double[8];
        int r = 0;
        for (double p : fa) { rows[r] = new double[] {1, 1, 0}; y[r++] = Math.log(p); }
        for (double p : fb) { rows[r] = new double[] {1, 1, 1}; y[r++] = Math.log(p); }
        for (double p : ma) { rows[r] = new double[] {1, 0, 0}; y[r++] = Math.log(p); }
        for (double p : mb) { rows[r] = new double[] {1, 0, 1}; y[r++] = Math.log(p); }
        double[][] a = new double[3][3];
        double[] b = new double[3];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 3; j++) {
                b[j] += rows[i][j] * y[i];
                for (int k = 0; k < 3; k++) {
                    a[j][k] += rows[i][j] * rows[i][k];
                }
            }
        }
        double det = det(a);
        double[] beta = new double[3];
        for (int j = 0; j < 3; j++) {
            double[][] aj = {a[0].clone(), a[1].clone(), a[2].clone()};
            for (int i = 0; i < 3; i++) {
                aj[i][j] = b[i];
            }
            beta[j] = det(aj) / det;
        }
        double shareBMen = 3.0 / 4;
        double shareBWomen = 1.0 / 4;
        assertThat(d.explained()).isCloseTo((shareBMen - shareBWomen) * beta[2], within(1e-12));
        assertThat(d.unexplained()).isCloseTo(-beta[1], within(1e-12));
        assertThat(d.contributions()).containsOnlyKeys("level");
        assertThat(d.contributions().get("level")).isCloseTo(d.explained(), within(1e-15));
        double total = (Arrays.stream(mb).map(Math::log).sum() + Math.log(12)) / 4
                - (Arrays.stream(fa).map(Math::log).sum() + Math.log(20)) / 4;
        assertThat(d.totalGap()).isCloseTo(total, within(1e-12));
        assertThat(d.explained() + d.unexplained()).isCloseTo(total, within(1e-12));
    }

    @Test
    @DisplayName("Not computable when the regression is not")
    void notComputable() {
        assertThat(OaxacaBlinder.decompose(PayRegression.fit(new People().women("c", "l", 10, 12).sample())))
                .isInstanceOf(Decomposition.NotComputable.class);
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}

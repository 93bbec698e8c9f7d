package org.mixite.analytics.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.Control;

/**
 * OLS of log hourly pay on an intercept, a female indicator and the sample's controls.
 *
 * <ul>
 *   <li><b>Coding:</b> a categorical control gets one 0/1 column per level except its reference
 *       level, the most frequent one (ties: the first by name), so the result is deterministic. A
 *       numeric control (tenure in years, fte) enters as one column.</li>
 *   <li><b>Singular designs:</b> columns enter in design order (intercept, female, then the
 *       controls in {@link Control} order, levels by name); a column is kept only if the part of
 *       it not explained by the columns already kept is more than {@value #TOLERANCE} of its squared norm
 *       (the pivot of a Cholesky factorisation of the scaled X'X). So a constant control, a
 *       duplicated control, or a level that equals a combination of others is dropped and listed
 *       with its reason; a control with one level is dropped before that (so it comes first in
 *       the list). The female column comes before the controls, so a control that separates
 *       women from men is the one dropped, with a reason saying so; the female column is dropped
 *       (the gap not computable) only if it is collinear with the intercept alone.</li>
 *   <li><b>Computation:</b> one pass accumulates X'X, X'y and the column means by sex; EJML
 *       inverts the kept block; a second pass accumulates the HC1 "meat" Σ e²xx'. Both passes
 *       work per profile of the sample ({@link AnalyticsSample#profile(int)}): people of one
 *       profile share every categorical column, so a person adds only their log pay and numeric
 *       controls to their profile's sums, and each profile's sums are spread over its columns
 *       once (1.6 thousand profiles for a million generated people). The robust
 *       covariance is n/(n−k)·(X'X)⁻¹(Σ e²xx')(X'X)⁻¹ (MacKinnon and White 1985, HC1, Stata's
 *       {@code robust}); the 95% interval and the p-value use Student's t with n − k degrees of
 *       freedom (Apache Commons Statistics).</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PayRegression {

    /** Relative pivot below which a column counts as collinear. */
    public static final double TOLERANCE = 1e-9;

    private PayRegression() {
    }

    /**
     * Fits the regression on the sample with all its controls, over the people who have every
     * numeric control ({@link AnalyticsSample#completeCases()}).
     */
    public static Fit fit(AnalyticsSample all) {
        AnalyticsSample sample = all.completeCases();
        Fit fit = fitComplete(sample);
        if (sample.size() < all.size() && fit.gap() instanceof AdjustedGap.NotComputable nc) {
            // Say why the regression saw fewer people than the sample holds.
            StringBuilder why = new StringBuilder(nc.reason()).append(" (after leaving out");
            all.leftOutOfRegression().forEach((reason, count) -> why.append(' ').append(count).append(' ').append(reason));
            return new Fit(new AdjustedGap.NotComputable(why.append(')').toString(), nc.n(), nc.dropped()), fit.terms(),
                    fit.women(), fit.men(), fit.meanLogFemale(), fit.meanLogMale());
        }
        return fit;
    }

    private static Fit fitComplete(AnalyticsSample sample) {
        int n = sample.size();
        // The design: column labels, owners, and per person the active (non-zero) columns.
        List<String> labels = new ArrayList<>(List.of("(intercept)", "female"));
        List<Optional<Control>> owners = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
        List<DroppedColumn> dropped = new ArrayList<>();
        List<Control> controls = new ArrayList<>(sample.controls());
        int width = 2 + controls.size();
        // The design is not materialised (n × width cells would be most of the memory of a large
        // sample): a profile's categorical columns are worked out once, a person's numeric values read as needed.
        Control[] slotControl = new Control[width];
        int[] numericColumn = new int[width];
        int[][] levelColumn = new int[width][];
        Arrays.fill(numericColumn, -1);
        // The one pass over the people before the coding: each profile's people and sums.
        Moments moments = Moments.of(sample, controls.stream().filter(c -> c.isNumeric() && sample.hasValues(c)).toList());
        long[] peopleOfProfile = moments.count;
        for (int c = 0; c < controls.size(); c++) {
            Control control = controls.get(c);
            int slot = 2 + c;
            if (control.isNumeric()) {
                if (!sample.hasValues(control)) {
                    dropped.add(new DroppedColumn(control.key(), control.key(), "no record has a value"));
                    continue;
                }
                int column = labels.size();
                labels.add(control.key());
                owners.add(Optional.of(control));
                slotControl[slot] = control;
                numericColumn[slot] = column;
                continue;
            }
            List<String> levels = sample.levels(control);
            long[] counts = new long[levels.size()];
            for (int g = 0; g < peopleOfProfile.length; g++) {
                if (peopleOfProfile[g] > 0) {
                    counts[sample.levelOfProfile(control, g)] += peopleOfProfile[g];
                }
            }
            int reference = 0;
            for (int l = 1; l < counts.length; l++) {
                if (counts[l] > counts[reference]) {
                    reference = l;
                }
            }
            if (levels.size() <= 1) {
                dropped.add(new DroppedColumn(control.key(), control.key(),
                        levels.isEmpty() ? "no values" : "only one level ('" + levels.get(0) + "')"));
                continue;
            }
            int first = labels.size();
            int[] columnOf = new int[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                if (l == reference) {
                    columnOf[l] = -1;
                } else {
                    columnOf[l] = labels.size();
                    labels.add(control.key() + "=" + levels.get(l));
                    owners.add(Optional.of(control));
                }
            }
            assert labels.size() > first;
            slotControl[slot] = control;
            levelColumn[slot] = columnOf;
        }
        moments.design(sample, slotControl, numericColumn, levelColumn, width);
        int k = labels.size();

        // Pass 1: X'X, X'y, sums by sex, from each profile's sums.
        double[] xtx = new double[k * k];
        double[] xty = new double[k];
        double[] sumF = new double[k];
        double[] sumM = new double[k];
        long women = 0;
        double ySumF = 0;
        double ySumM = 0;
        double ySq = moments.ySquares;
        int q = moments.numericColumns.length;
        for (int p = 0; p < moments.profiles; p++) {
            long count = moments.count[p];
            if (count == 0) {
                continue;
            }
            boolean f = sample.isFemaleProfile(p);
            double sy = moments.sumY[p];
            if (f) {
                women += count;
                ySumF += sy;
            } else {
                ySumM += sy;
            }
            double[] sums = f ? sumF : sumM;
            int[] cat = moments.categoricalColumns(p);
            for (int ca : cat) {
                xty[ca] += sy;
                sums[ca] += count;
                for (int cb : cat) {
                    xtx[ca * k + cb] += count;
                }
                for (int a = 0; a < q; a++) {
                    int za = moments.numericColumns[a];
                    double sz = moments.sumZ(p, a);
                    xtx[ca * k + za] += sz;
                    xtx[za * k + ca] += sz;
                }
            }
            for (int a = 0; a < q; a++) {
                int za = moments.numericColumns[a];
                xty[za] += moments.sumYZ(p, a);
                sums[za] += moments.sumZ(p, a);
                for (int b = 0; b < q; b++) {
                    xtx[za * k + moments.numericColumns[b]] += moments.sumZZ(p, a, b);
                }
            }
        }
        long men = n - women;
        double meanLogF = women == 0 ? 0 : ySumF / women;
        double meanLogM = men == 0 ? 0 : ySumM / men;
        if (n == 0) {
            return notComputable("no women or men with a positive hourly pay", 0, dropped, women, men, meanLogF, meanLogM);
        }
        if (women == 0 || men == 0) {
            return notComputable("only one sex in the sample (" + women + " women, " + men + " men)", n, dropped,
                    women, men, meanLogF, meanLogM);
        }

        // Column selection in design order on the scaled X'X (unit diagonal).
        double[] scale = new double[k];
        for (int j = 0; j < k; j++) {
            scale[j] = Math.sqrt(xtx[j * k + j]);
        }
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (scale[j] == 0) {
                dropped.add(new DroppedColumn(ownerKey(owners.get(j), labels.get(j)), labels.get(j), "always zero"));
                continue;
            }
            if (residualPivot(xtx, scale, k, kept, j) > TOLERANCE) {
                kept.add(j);
            } else if (j == 1) {
                return notComputable("sex is fully determined by the controls", n, dropped, women, men, meanLogF, meanLogM);
            } else {
                // Say when it is sex that makes it redundant: the gap is then not adjusted for it.
                List<Integer> withoutSex = new ArrayList<>(kept);
                withoutSex.remove(Integer.valueOf(1));
                boolean bySex = residualPivot(xtx, scale, k, withoutSex, j) > TOLERANCE;
                dropped.add(new DroppedColumn(ownerKey(owners.get(j), labels.get(j)), labels.get(j),
                        bySex ? "collinear with sex and earlier columns (not adjusted for)" : "collinear with earlier columns"));
            }
        }
        int p = kept.size();
        if (n - p < 1) {
            return notComputable("too few people: " + n + " for " + p + " parameters", n, dropped, women, men,
                    meanLogF, meanLogM);
        }
        int[] position = new int[k];
        Arrays.fill(position, -1);
        for (int a = 0; a < p; a++) {
            position[kept.get(a)] = a;
        }
        DMatrixRMaj scaled = new DMatrixRMaj(p, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                int ja = kept.get(a);
                int jb = kept.get(b);
                scaled.set(a, b, xtx[ja * k + jb] / (scale[ja] * scale[jb]));
            }
        }
        DMatrixRMaj inverse = new DMatrixRMaj(p, p);
        if (!CommonOps_DDRM.invertSPD(scaled.copy(), inverse) && !CommonOps_DDRM.invert(scaled, inverse)) {
            return notComputable("the design matrix could not be inverted", n, dropped, women, men, meanLogF, meanLogM);
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                inverse.set(a, b, inverse.get(a, b) / (scale[kept.get(a)] * scale[kept.get(b)]));
            }
        }
        DMatrixRMaj rhs = new DMatrixRMaj(p, 1);
        for (int a = 0; a < p; a++) {
            rhs.set(a, 0, xty[kept.get(a)]);
        }
        DMatrixRMaj beta = new DMatrixRMaj(p, 1);
        CommonOps_DDRM.mult(inverse, rhs, beta);

        // Pass 2: residuals and the HC1 meat Σ e² x x', from each profile's sums of e², e²z and e²zz'.
        double[] coefficient = new double[k];
        for (int a = 0; a < p; a++) {
            coefficient[kept.get(a)] = beta.get(a, 0);
        }
        Moments.Residuals residuals = moments.residuals(sample, coefficient);
        double[] meat = new double[p * p];
        double ssr = 0;
        for (int g = 0; g < moments.profiles; g++) {
            if (moments.count[g] == 0) {
                continue;
            }
            double se2 = residuals.sumE2[g];
            ssr += se2;
            int[] cat = moments.categoricalColumns(g);
            for (int ca : cat) {
                int pa = position[ca];
                if (pa < 0) {
                    continue;
                }
                for (int cb : cat) {
                    int pb = position[cb];
                    if (pb >= 0) {
                        meat[pa * p + pb] += se2;
                    }
                }
                for (int a = 0; a < q; a++) {
                    int pz = position[moments.numericColumns[a]];
                    if (pz >= 0) {
                        double w = residuals.sumE2Z(g, a);
                        meat[pa * p + pz] += w;
                        meat[pz * p + pa] += w;
                    }
                }
            }
            for (int a = 0; a < q; a++) {
                int pa = position[moments.numericColumns[a]];
                if (pa < 0) {
                    continue;
                }
                for (int b = 0; b < q; b++) {
                    int pb = position[moments.numericColumns[b]];
                    if (pb >= 0) {
                        meat[pa * p + pb] += residuals.sumE2ZZ(g, a, b);
                    }
                }
            }
        }
        DMatrixRMaj meatM = DMatrixRMaj.wrap(p, p, meat);
        DMatrixRMaj tmp = new DMatrixRMaj(p, p);
        DMatrixRMaj cov = new DMatrixRMaj(p, p);
        CommonOps_DDRM.mult(inverse, meatM, tmp);
        CommonOps_DDRM.mult(tmp, inverse, cov);
        int df = n - p;
        double hc1 = (double) n / df;
        double b = beta.get(1, 0);
        double se = Math.sqrt(Math.max(0, cov.get(1, 1) * hc1));
        TDistribution t = TDistribution.of(df);
        double tCrit = t.inverseSurvivalProbability(0.025);
        double pValue = se > 0 ? Math.min(1, 2 * t.survivalProbability(Math.abs(b / se))) : (b == 0 ? 1 : 0);
        double mean = (ySumF + ySumM) / n;
        double sst = ySq - n * mean * mean;
        double r2 = sst <= 1e-12 * Math.max(1, ySq) ? 1 : Math.max(0, Math.min(1, 1 - ssr / sst));

        List<Term> terms = new ArrayList<>(p);
        Set<String> used = new LinkedHashSet<>();
        for (int a = 0; a < p; a++) {
            int j = kept.get(a);
            owners.get(j).ifPresent(c -> used.add(c.key()));
            terms.add(new Term(labels.get(j), owners.get(j), beta.get(a, 0), sumF[j] / women, sumM[j] / men));
        }
        AdjustedGap gap = new AdjustedGap.Estimate(percent(b), percent(b + tCrit * se), percent(b - tCrit * se),
                pValue, b, se, n, p, r2, List.copyOf(used), dropped);
        return new Fit(gap, terms, women, men, meanLogF, meanLogM);
    }

    /** The adjusted gap in % for a female coefficient β: (1 − e^β) × 100, positive when men earn more. */
    public static double percent(double beta) {
        return -Math.expm1(beta) * 100;
    }

    private static String ownerKey(Optional<Control> owner, String label) {
        return owner.map(Control::key).orElse(label);
    }

    /** 1 − c'C⁻¹c for column j against the kept columns, on X'X scaled to a unit diagonal. */
    private static double residualPivot(double[] xtx, double[] scale, int k, List<Integer> kept, int j) {
        int m = kept.size();
        if (m == 0) {
            return 1;
        }
        DMatrixRMaj c = new DMatrixRMaj(m, m);
        DMatrixRMaj col = new DMatrixRMaj(m, 1);
        for (int a = 0; a < m; a++) {
            int ja = kept.get(a);
            col.set(a, 0, xtx[ja * k + j] / (scale[ja] * scale[j]));
            for (int b = 0; b < m; b++) {
                int jb = kept.get(b);
                c.set(a, b, xtx[ja * k + jb] / (scale[ja] * scale[jb]));
            }
        }
        DMatrixRMaj z = new DMatrixRMaj(m, 1);
        if (!CommonOps_DDRM.solve(c, col, z)) {
            return 0;
        }
        return 1 - CommonOps_DDRM.dot(col, z);
    }

    private static Fit notComputable(String reason, long n, List<DroppedColumn> dropped, long women, long men,
                                     double meanLogF, double meanLogM) {
        return new Fit(new AdjustedGap.NotComputable(reason, n, dropped), List.of(), women, men, meanLogF, meanLogM);
    }

    /**
     * The sums a regression needs, per profile of the sample: people, Σy, and for the numeric
     * columns (tenure, fte) Σz, Σyz and Σzz'. People of a profile share its categorical columns
     * (intercept, female, one dummy per control), so X'X and X'y are these sums spread over the
     * profile's columns; per person a pass adds only its log pay and numeric values.
     */
    private static final class Moments {
        final int profiles;
        final long[] count;
        final double[] sumY;
        /** The numeric controls that have values, in design order. */
        private final Control[] numericControls;
        /** Their design columns, once {@link #design} is known. */
        int[] numericColumns;
        /** Per profile: Σz (q), Σyz (q), Σzz' (q × q), q the numeric controls. */
        private final double[] numeric;
        private final int stride;
        private final int[][] categorical;
        double ySquares;

        private Moments(int profiles, Control[] numericControls) {
            this.profiles = profiles;
            this.numericControls = numericControls;
            int q = numericControls.length;
            this.stride = 2 * q + q * q;
            this.count = new long[profiles];
            this.sumY = new double[profiles];
            this.numeric = new double[profiles * stride];
            this.categorical = new int[profiles][];
        }

        /**
         * The first pass over the people. A method of its own, small, as is every loop over the
         * people here: a cold JVM compiles a long-running loop on the stack together with the
         * whole method around it.
         */
        static Moments of(AnalyticsSample sample, List<Control> numericControls) {
            Moments m = new Moments(sample.profileCount(), numericControls.toArray(Control[]::new));
            int q = m.numericControls.length;
            double[] z = new double[q];
            double ySq = 0;
            for (int i = 0; i < sample.size(); i++) {
                int p = sample.profile(i);
                double y = logPay(sample, i);
                ySq += y * y;
                m.count[p]++;
                m.sumY[p] += y;
                int base = p * m.stride;
                for (int a = 0; a < q; a++) {
                    z[a] = sample.value(m.numericControls[a], i);
                    m.numeric[base + a] += z[a];
                    m.numeric[base + q + a] += y * z[a];
                }
                for (int a = 0; a < q; a++) {
                    for (int b = 0; b < q; b++) {
                        m.numeric[base + 2 * q + a * q + b] += z[a] * z[b];
                    }
                }
            }
            m.ySquares = ySq;
            return m;
        }

        /** The design's columns: the numeric controls' and, per profile with people, the categorical ones. */
        void design(AnalyticsSample sample, Control[] slotControl, int[] numericColumn, int[][] levelColumn, int width) {
            int[] columns = new int[numericControls.length];
            int a = 0;
            for (int slot = 2; slot < width; slot++) {
                if (slotControl[slot] != null && numericColumn[slot] >= 0) {
                    columns[a++] = numericColumn[slot];
                }
            }
            if (a != columns.length) {
                throw new IllegalStateException("numeric controls " + Arrays.toString(numericControls) + " but " + a + " columns");
            }
            numericColumns = columns;
            for (int p = 0; p < profiles; p++) {
                if (count[p] > 0) {
                    categorical[p] = categoricalColumns(sample, p, slotControl, numericColumn, levelColumn, width);
                }
            }
        }

        /** The profile's active categorical columns, each with value 1: the intercept, female, the non-reference levels. */
        private static int[] categoricalColumns(AnalyticsSample sample, int p, Control[] slotControl, int[] numericColumn,
                                                int[][] levelColumn, int width) {
            int[] columns = new int[width];
            int m = 0;
            columns[m++] = 0;
            if (sample.isFemaleProfile(p)) {
                columns[m++] = 1;
            }
            for (int slot = 2; slot < width; slot++) {
                if (slotControl[slot] != null && numericColumn[slot] < 0) {
                    int column = levelColumn[slot][sample.levelOfProfile(slotControl[slot], p)];
                    if (column >= 0) {
                        columns[m++] = column;
                    }
                }
            }
            return Arrays.copyOf(columns, m);
        }

        int[] categoricalColumns(int p) {
            return categorical[p];
        }

        double sumZ(int p, int a) {
            return numeric[p * stride + a];
        }

        double sumYZ(int p, int a) {
            return numeric[p * stride + numericColumns.length + a];
        }

        double sumZZ(int p, int a, int b) {
            int q = numericColumns.length;
            return numeric[p * stride + 2 * q + a * q + b];
        }

        /** The second pass: e = y − x'β per person, summed per profile as Σe², Σe²z and Σe²zz'. */
        Residuals residuals(AnalyticsSample sample, double[] coefficient) {
            int q = numericColumns.length;
            double[] fittedOfProfile = new double[profiles];
            for (int p = 0; p < profiles; p++) {
                if (count[p] > 0) {
                    for (int c : categorical[p]) {
                        fittedOfProfile[p] += coefficient[c];
                    }
                }
            }
            double[] slope = new double[q];
            for (int a = 0; a < q; a++) {
                slope[a] = coefficient[numericColumns[a]];
            }
            Residuals r = new Residuals(profiles, q);
            double[] z = new double[q];
            for (int i = 0; i < sample.size(); i++) {
                int p = sample.profile(i);
                double fitted = fittedOfProfile[p];
                for (int a = 0; a < q; a++) {
                    z[a] = sample.value(numericControls[a], i);
                    fitted += slope[a] * z[a];
                }
                double e = logPay(sample, i) - fitted; // y, recomputed as the first pass did
                double e2 = e * e;
                r.sumE2[p] += e2;
                int base = p * r.stride;
                for (int a = 0; a < q; a++) {
                    double w = e2 * z[a];
                    r.numeric[base + a] += w;
                    for (int b = 0; b < q; b++) {
                        r.numeric[base + q + a * q + b] += w * z[b];
                    }
                }
            }
            return r;
        }

        private static double logPay(AnalyticsSample sample, int i) {
            return Math.log(sample.hourlyNanos(i) / 1e9);
        }

        /** Per profile: Σe², Σe²z (q), Σe²zz' (q × q). */
        static final class Residuals {
            final double[] sumE2;
            private final double[] numeric;
            private final int q;
            private final int stride;

            Residuals(int profiles, int q) {
                this.q = q;
                this.stride = q + q * q;
                this.sumE2 = new double[profiles];
                this.numeric = new double[profiles * stride];
            }

            double sumE2Z(int p, int a) {
                return numeric[p * stride + a];
            }

            double sumE2ZZ(int p, int a, int b) {
                return numeric[p * stride + q + a * q + b];
            }
        }
    }
}

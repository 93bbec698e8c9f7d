package org.mixite.analytics.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.statistics.distribution.TDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.Control;

/**
 * The pay regression as it was computed before issue 20's fourth round: the design rebuilt person
 * by person, X'X and the HC1 meat accumulated row by row. Kept verbatim (less its public entry
 * points' documentation) as the oracle of {@code GroupedRegressionProperties}: the grouped passes of
 * {@link PayRegression} must give the same fit. Itself checked by the closed forms of
 * {@code PayRegressionTest} before it was moved here.
 */
public final class PerPersonRegression {

    static final double TOLERANCE = PayRegression.TOLERANCE;

    private PerPersonRegression() {
    }

    /**
     * Fits the regression on the sample with all its controls, over the people who have every
     * numeric control ({@link AnalyticsSample#completeCases()}).
     */
    public static Fit fit(AnalyticsSample all) {
        AnalyticsSample sample = all.completeCases();
        Fit fit = fitComplete(sample, null);
        if (sample.size() < all.size() && fit.gap() instanceof AdjustedGap.NotComputable nc) {
            // Say why the regression saw fewer people than the sample holds.
            StringBuilder why = new StringBuilder(nc.reason()).append(" (after leaving out");
            all.leftOutOfRegression().forEach((reason, count) -> why.append(' ').append(count).append(' ').append(reason));
            return new Fit(new AdjustedGap.NotComputable(why.append(')').toString(), nc.n(), nc.dropped()), fit.terms(),
                    fit.women(), fit.men(), fit.meanLogFemale(), fit.meanLogMale());
        }
        return fit;
    }

    /**
     * The 2-norm condition number of the kept design's X'X scaled to a unit diagonal (NaN when the
     * fit stops before it): two correct computations of the fit that add the same sums in other
     * orders may differ by about that times the rounding unit.
     */
    public static double condition(AnalyticsSample all) {
        double[] condition = {Double.NaN};
        fitComplete(all.completeCases(), condition);
        return condition[0];
    }

    /** The fit; with {@code condition} not null, also the scaled design's condition number, in its first element. */
    private static Fit fitComplete(AnalyticsSample sample, double[] condition) {
        int n = sample.size();
        // The design: column labels, owners, and per person the active (non-zero) columns.
        List<String> labels = new ArrayList<>(List.of("(intercept)", "female"));
        List<Optional<Control>> owners = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
        List<DroppedColumn> dropped = new ArrayList<>();
        List<Control> controls = new ArrayList<>(sample.controls());
        int width = 2 + controls.size();
        // The design is not materialised (n × width cells would be most of the memory of a large
        // sample): each pass rebuilds a person's active columns from the sample's columns.
        Control[] slotControl = new Control[width];
        int[] numericColumn = new int[width];
        int[][] levelColumn = new int[width][];
        Arrays.fill(numericColumn, -1);
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
            for (int i = 0; i < n; i++) {
                counts[sample.level(control, i)]++;
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
        Design design = new Design(sample, width, slotControl, numericColumn, levelColumn);
        int[] cols = new int[width];
        double[] vals = new double[width];
        int k = labels.size();

        // Pass 1: X'X, X'y, sums by sex.
        double[] xtx = new double[k * k];
        double[] xty = new double[k];
        double[] sumF = new double[k];
        double[] sumM = new double[k];
        long women = 0;
        double ySumF = 0;
        double ySumM = 0;
        double ySq = 0;
        for (int i = 0; i < n; i++) {
            double yi = Math.log(sample.hourlyNanos(i) / 1e9);
            ySq += yi * yi;
            boolean f = sample.isFemale(i);
            if (f) {
                women++;
                ySumF += yi;
            } else {
                ySumM += yi;
            }
            double[] sums = f ? sumF : sumM;
            design.row(i, cols, vals);
            for (int a = 0; a < width; a++) {
                int ca = cols[a];
                if (ca < 0) {
                    continue;
                }
                double va = vals[a];
                xty[ca] += va * yi;
                sums[ca] += va;
                for (int b = 0; b < width; b++) {
                    int cb = cols[b];
                    if (cb >= 0) {
                        xtx[ca * k + cb] += va * vals[b];
                    }
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
        if (condition != null) {
            condition[0] = org.ejml.dense.row.NormOps_DDRM.conditionP2(scaled);
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

        // Pass 2: residuals and the HC1 meat Σ e² x x'.
        double[] meat = new double[p * p];
        int[] pos = new int[width];
        double[] v = new double[width];
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            design.row(i, cols, vals);
            int m = 0;
            double fitted = 0;
            for (int a = 0; a < width; a++) {
                int c = cols[a];
                if (c >= 0 && position[c] >= 0) {
                    pos[m] = position[c];
                    v[m] = vals[a];
                    fitted += v[m] * beta.get(pos[m], 0);
                    m++;
                }
            }
            double e = Math.log(sample.hourlyNanos(i) / 1e9) - fitted; // y, recomputed as pass 1 did
            double e2 = e * e;
            ssr += e2;
            for (int a = 0; a < m; a++) {
                double w = e2 * v[a];
                for (int b = 0; b < m; b++) {
                    meat[pos[a] * p + pos[b]] += w * v[b];
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
        AdjustedGap gap = new AdjustedGap.Estimate(PayRegression.percent(b), PayRegression.percent(b + tCrit * se), PayRegression.percent(b - tCrit * se),
                pValue, b, se, n, p, r2, List.copyOf(used), dropped);
        return new Fit(gap, terms, women, men, meanLogF, meanLogM);
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
     * A person's row of the design, rebuilt from the sample on demand: slot 0 the intercept, slot 1
     * female, then one slot per control (a numeric value, or the dummy of a non-reference level);
     * {@code -1} marks an inactive slot. The same values in the same order as a stored design.
     */
    private record Design(AnalyticsSample sample, int width, Control[] slotControl, int[] numericColumn,
                          int[][] levelColumn) {

        void row(int i, int[] cols, double[] vals) {
            cols[0] = 0;
            vals[0] = 1;
            boolean female = sample.isFemale(i);
            cols[1] = female ? 1 : -1;
            vals[1] = female ? 1 : 0;
            for (int slot = 2; slot < width; slot++) {
                Control control = slotControl[slot];
                cols[slot] = -1;
                vals[slot] = 0;
                if (control == null) {
                    continue;
                }
                if (numericColumn[slot] >= 0) {
                    cols[slot] = numericColumn[slot];
                    vals[slot] = sample.value(control, i);
                } else {
                    int column = levelColumn[slot][sample.level(control, i)];
                    if (column >= 0) {
                        cols[slot] = column;
                        vals[slot] = 1;
                    }
                }
            }
        }
    }
}

package org.mixite.analytics.remediation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.Control;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.regression.Term;
import org.mixite.core.indicators.egapro.PayGapScore;

/**
 * Computes the raises that reach a {@link Target}. Raises only go up, nobody's pay goes down,
 * and the plan is deterministic (raises are listed by id; the methods have no order-dependent
 * choices).
 *
 * <p><b>Mean-gap targets (Art. 10 per category, or the raw gap below X%)</b>: in each group over
 * the threshold, the disfavoured sex (women when the gap is positive, men when it is negative)
 * is raised by <em>water-filling</em>: everyone of that sex below a common hourly floor L is
 * raised to L, with L the lowest floor, to the nano-euro, that brings the gap strictly under
 * the threshold (exact integer comparison, as regulations.md compares |gap| ≥ 5 exactly). The
 * other sex is untouched (raising it would widen the gap). This needs the least total hourly
 * increase D (to within 1 nano-euro per person raised), the closed-form minimum for a mean,
 * while raising the lowest-paid first and nobody above L. It does not minimise the annual euro
 * cost, which also weighs each person's hours: the stated lower bound is D × the fewest hours
 * of anyone of that sex in the group (no plan raising the disfavoured sex costs less), so the
 * optimality gap is an upper bound on the money a cost-only (and less fair) plan could save.
 *
 * <p><b>Adjusted gap not significant, or under X%</b>: with the pooled regression's coefficients, each
 * person of the disfavoured sex has a "parity" log pay, the pay the regression predicts for the
 * other sex with the same controls. Everyone with every control (the regression's people) more than τ below parity is raised to parity − τ;
 * τ is the largest value (bisection, 40 steps) for which the refitted regression's 95% interval
 * reaches 0 (or its gap is under X%). No closed-form lower bound is known for this target; none is stated.
 *
 * <p><b>Egapro indicator 1 of at least X points</b>: see {@link EgaproPayPlanner}.
 *
 * <p><b>Cost</b>: a raise of r €/h costs r × the hours paid in the period (weekly hours, or 35 ×
 * fte, × 52 × presence fraction), rounded up to the cent per person (a budget never under the
 * exact cost); employer charges are not included.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RemediationSimulator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NANO = BigDecimal.valueOf(1_000_000_000);

    private RemediationSimulator() {
    }

    /** The plan reaching {@code target} on {@code sample}. */
    public static RemediationPlan plan(AnalyticsSample sample, Target target) {
        return plan(sample, target, PayRegression.fit(sample));
    }

    /** The plan reaching {@code target} on {@code sample}, whose regression is already fitted ({@code fit} of {@code sample}). */
    public static RemediationPlan plan(AnalyticsSample sample, Target target, Fit fit) {
        Indicators before = indicators(sample, fit);
        long[] pay = sample.hourlyPayCopy();
        BigDecimal lowerBound;
        String method;
        if (target instanceof Target.Art10) {
            lowerBound = BigDecimal.ZERO;
            int[][] members = membersByCategory(sample);
            for (int c = 0; c < sample.categoryNames().size(); c++) {
                if (AnalyticsSample.isCategory(sample.categoryNames().get(c))) {
                    lowerBound = lowerBound.add(waterFill(sample, pay, members[c], Target.Art10.THRESHOLD));
                }
            }
            method = "water-filling per category: the disfavoured sex's lowest hourly rates raised to the lowest "
                    + "common floor that brings the category's mean gap under 5%";
        } else if (target instanceof Target.RawGapBelow g) {
            lowerBound = waterFill(sample, pay, java.util.stream.IntStream.range(0, pay.length).toArray(), g.percent());
            method = "water-filling: the disfavoured sex's lowest hourly rates raised to the lowest common floor "
                    + "that brings the mean gap under " + g.percent().toPlainString() + "%";
        } else if (target instanceof Target.EgaproPayPoints e) {
            lowerBound = EgaproPayPlanner.raise(sample, pay, e.points()).orElse(null);
            method = EgaproPayPlanner.METHOD;
        } else {
            lowerBound = null;
            towardParity(sample, pay, target);
            method = "raise to parity - tau: everyone of the disfavoured sex more than tau below the pay the pooled "
                    + "regression predicts for the other sex with the same controls is raised to it, tau the largest "
                    + "value (bisection) for which the adjusted gap "
                    + (target instanceof Target.AdjustedBelow b ? "is under " + b.percent().toPlainString() + "%"
                    : "is not significant at 5%");
        }
        AnalyticsSample after = sample.withHourlyPay(pay);
        Indicators afterIndicators = indicators(after);
        Raises raised = raises(sample, pay);
        Optional<BigDecimal> bound = Optional.ofNullable(lowerBound).map(b -> b.setScale(2, RoundingMode.FLOOR));
        Optional<BigDecimal> gap = bound.map(raised.budget()::subtract);
        return new RemediationPlan(target, meets(target, afterIndicators, after), raised.raises(), raised.budget(),
                raised.byCategory(), before, afterIndicators, method, bound, gap);
    }

    private record Raises(List<Raise> raises, BigDecimal budget, Map<String, RemediationPlan.CategoryCost> byCategory) {
    }

    /**
     * Everyone whose pay the plan raises, sorted by id, with the cost of each raise. A method of
     * its own: a cold JVM compiles a loop over a million people on the stack, with the method around it.
     */
    private static Raises raises(AnalyticsSample sample, long[] pay) {
        List<Raise> raises = new ArrayList<>();
        Map<String, RemediationPlan.CategoryCost> byCategory = new TreeMap<>();
        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < pay.length; i++) {
            long from = sample.hourlyNanos(i);
            if (pay[i] > from) {
                BigDecimal cost = BigDecimal.valueOf(pay[i] - from).multiply(BigDecimal.valueOf(sample.annualHours(i)))
                        .divide(NANO, 2, RoundingMode.CEILING);
                String category = sample.categoryNames().get(sample.category(i));
                raises.add(new Raise(sample.id(i), category, from, pay[i], cost));
                budget = budget.add(cost);
                byCategory.merge(category, new RemediationPlan.CategoryCost(1, cost),
                        (x, y) -> new RemediationPlan.CategoryCost(x.people() + y.people(), x.budget().add(y.budget())));
            }
        }
        raises.sort(java.util.Comparator.comparing(Raise::id));
        return new Raises(raises, budget, byCategory);
    }

    /** The headline figures of a sample. */
    public static Indicators indicators(AnalyticsSample sample) {
        return indicators(sample, PayRegression.fit(sample));
    }

    /** The headline figures of a sample whose regression is already fitted ({@code fit} of {@code sample}). */
    public static Indicators indicators(AnalyticsSample sample, Fit fit) {
        List<String> flagged = new ArrayList<>();
        long[] pay = sample.hourlyPayCopy();
        Sums[] byCategory = sumsByCategory(sample, pay);
        for (int c = 0; c < sample.categoryNames().size(); c++) {
            Sums s = byCategory[c];
            if (AnalyticsSample.isCategory(sample.categoryNames().get(c)) && s.nF > 0 && s.nM > 0
                    && !s.within(Target.Art10.THRESHOLD)) {
                flagged.add(sample.categoryNames().get(c));
            }
        }
        Sums all = sums(sample, pay, i -> true);
        Optional<Double> raw = all.nF > 0 && all.nM > 0 ? Optional.of(all.gapPercent()) : Optional.empty();
        Optional<PayGapScore> egapro = sample.egapro().indicator1(sample.hourlyPayCopy()).computed();
        return new Indicators(raw, flagged, fit.gap(), egapro);
    }

    private static boolean meets(Target target, Indicators after, AnalyticsSample sample) {
        if (target instanceof Target.Art10) {
            return after.flaggedCategories().isEmpty();
        }
        if (target instanceof Target.RawGapBelow g) {
            Sums s = sums(sample, sample.hourlyPayCopy(), i -> true);
            return s.nF == 0 || s.nM == 0 || s.within(g.percent());
        }
        if (target instanceof Target.EgaproPayPoints e) {
            return after.egaproPay().filter(s -> s.note() >= e.points()).isPresent();
        }
        if (target instanceof Target.AdjustedBelow b) {
            return after.adjusted() instanceof AdjustedGap.Estimate e && Math.abs(e.percent()) < b.percent().doubleValue();
        }
        return after.adjusted() instanceof AdjustedGap.Estimate e && !e.significant();
    }

    /** Raises the disfavoured sex of one group in {@code pay}; returns the cost lower bound in euros. */
    private static BigDecimal waterFill(AnalyticsSample sample, long[] pay, int[] members, BigDecimal threshold) {
        Sums s = sums(sample, pay, members);
        if (s.nF == 0 || s.nM == 0 || s.within(threshold)) {
            return BigDecimal.ZERO;
        }
        boolean raiseWomen = s.gapPercent() > 0;
        // The least sum S of the raised sex's pay that meets the threshold, strictly:
        // women: 100·S·nM > (100 − t)·ΣM·nF; men: (100 + t)·S·nF > 100·ΣF·nM.
        BigDecimal rhs;
        BigDecimal factor;
        if (raiseWomen) {
            rhs = HUNDRED.subtract(threshold).multiply(new BigDecimal(s.sumM)).multiply(BigDecimal.valueOf(s.nF));
            factor = HUNDRED.multiply(BigDecimal.valueOf(s.nM));
        } else {
            rhs = HUNDRED.multiply(new BigDecimal(s.sumF)).multiply(BigDecimal.valueOf(s.nM));
            factor = HUNDRED.add(threshold).multiply(BigDecimal.valueOf(s.nF));
        }
        BigInteger need = rhs.divideToIntegralValue(factor).toBigIntegerExact().add(BigInteger.ONE);
        BigInteger current = raiseWomen ? s.sumF : s.sumM;
        // The lowest floor L with Σ max(p, L) ≥ need; L ≤ need (one person alone suffices).
        long lo = 0;
        long hi = need.min(BigInteger.valueOf(Long.MAX_VALUE / 4)).longValueExact();
        double minHours = Double.MAX_VALUE;
        // The raised sex's people of the group and their pay, in order: each step of the search reads only them.
        int[] raised = java.util.Arrays.stream(members).filter(i -> sample.isFemale(i) == raiseWomen).toArray();
        long[] raisedPay = new long[raised.length];
        for (int j = 0; j < raised.length; j++) {
            minHours = Math.min(minHours, sample.annualHours(raised[j]));
            raisedPay[j] = pay[raised[j]];
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (filledSum(raisedPay, mid).compareTo(need) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        for (int i : raised) {
            if (pay[i] < lo) {
                pay[i] = lo;
            }
        }
        return new BigDecimal(need.subtract(current)).multiply(BigDecimal.valueOf(minHours))
                .divide(NANO, 6, RoundingMode.FLOOR);
    }

    private static BigInteger filledSum(long[] pay, long floor) {
        long sum = 0;
        BigInteger total = BigInteger.ZERO;
        for (long p : pay) {
            sum += Math.max(p, floor);
            if (sum > Long.MAX_VALUE / 4) {
                total = total.add(BigInteger.valueOf(sum));
                sum = 0;
            }
        }
        return total.add(BigInteger.valueOf(sum));
    }

    /** The people of each category (indices into {@code categoryNames()}), in order. */
    private static int[][] membersByCategory(AnalyticsSample sample) {
        int categories = sample.categoryNames().size();
        int[] count = new int[categories];
        for (int i = 0; i < sample.size(); i++) {
            count[sample.category(i)]++;
        }
        int[][] members = new int[categories][];
        for (int c = 0; c < categories; c++) {
            members[c] = new int[count[c]];
        }
        int[] next = new int[categories];
        for (int i = 0; i < sample.size(); i++) {
            int c = sample.category(i);
            members[c][next[c]++] = i;
        }
        return members;
    }

    /** The exact pay sums of every category in one pass (each as {@link #sums} of its people). */
    private static Sums[] sumsByCategory(AnalyticsSample sample, long[] pay) {
        int categories = sample.categoryNames().size();
        long[][] counts = new long[categories][2];
        long[][] acc = new long[categories][2];
        BigInteger[][] totals = new BigInteger[categories][2];
        for (BigInteger[] t : totals) {
            java.util.Arrays.fill(t, BigInteger.ZERO);
        }
        for (int i = 0; i < pay.length; i++) {
            int c = sample.category(i);
            int s = sample.isFemale(i) ? 0 : 1;
            counts[c][s]++;
            acc[c][s] += pay[i];
            if (acc[c][s] > Long.MAX_VALUE / 4) {
                totals[c][s] = totals[c][s].add(BigInteger.valueOf(acc[c][s]));
                acc[c][s] = 0;
            }
        }
        Sums[] out = new Sums[categories];
        for (int c = 0; c < categories; c++) {
            out[c] = new Sums(counts[c][0], counts[c][1], totals[c][0].add(BigInteger.valueOf(acc[c][0])),
                    totals[c][1].add(BigInteger.valueOf(acc[c][1])));
        }
        return out;
    }

    /** The adjusted target: raise toward the other sex's predicted pay (see the class comment). */
    private static void towardParity(AnalyticsSample sample, long[] pay, Target target) {
        Fit fit = PayRegression.fit(sample);
        if (!(fit.gap() instanceof AdjustedGap.Estimate e)) {
            return;
        }
        java.util.function.BiPredicate<AnalyticsSample, Boolean> done = target instanceof Target.AdjustedBelow b
                // Two-sided, as the final check: an overshoot past −X% is not the target either.
                ? (s, women) -> PayRegression.fit(s).gap() instanceof AdjustedGap.Estimate x
                        && Math.abs(x.percent()) < b.percent().doubleValue()
                : RemediationSimulator::notSignificantlyDisfavoured;
        if (target instanceof Target.AdjustedBelow b ? Math.abs(e.percent()) < b.percent().doubleValue() : !e.significant()) {
            return;
        }
        boolean raiseWomen = e.coefficient() < 0;
        double[] parity = parityLogPay(sample, fit, raiseWomen);
        double hi = 0;
        for (int i = 0; i < pay.length; i++) {
            if (sample.isFemale(i) == raiseWomen && sample.isComplete(i)) {
                hi = Math.max(hi, parity[i] - Math.log(pay[i] / 1e9));
            }
        }
        double lo = 0; // τ = 0: everyone of the disfavoured sex at least at parity
        long[] best = null;
        long[] trial = apply(sample, pay, parity, raiseWomen, lo);
        if (!done.test(sample.withHourlyPay(trial), raiseWomen)) {
            System.arraycopy(trial, 0, pay, 0, pay.length); // the most this method does; reported as not reached
            return;
        }
        best = trial;
        for (int step = 0; step < 40; step++) {
            double mid = (lo + hi) / 2;
            long[] candidate = apply(sample, pay, parity, raiseWomen, mid);
            if (done.test(sample.withHourlyPay(candidate), raiseWomen)) {
                lo = mid;
                best = candidate;
            } else {
                hi = mid;
            }
        }
        System.arraycopy(best, 0, pay, 0, pay.length);
    }

    private static boolean notSignificantlyDisfavoured(AnalyticsSample s, boolean women) {
        return PayRegression.fit(s).gap() instanceof AdjustedGap.Estimate e
                && (!e.significant() || (women ? e.coefficient() > 0 : e.coefficient() < 0));
    }

    private static long[] apply(AnalyticsSample sample, long[] pay, double[] parity, boolean women, double tau) {
        long[] out = pay.clone();
        for (int i = 0; i < out.length; i++) {
            // No prediction without every control: people the regression leaves out are not raised by it.
            if (sample.isFemale(i) == women && sample.isComplete(i)) {
                long floor = (long) Math.ceil(Math.exp(parity[i] - tau) * 1e9);
                if (floor > out[i]) {
                    out[i] = floor;
                }
            }
        }
        return out;
    }

    /** Each person's predicted log pay as the other sex with the same controls. */
    private static double[] parityLogPay(AnalyticsSample sample, Fit fit, boolean women) {
        Map<String, Double> coef = new HashMap<>();
        double intercept = 0;
        double female = 0;
        for (Term t : fit.terms()) {
            if (t.label().equals("(intercept)")) {
                intercept = t.coefficient();
            } else if (t.label().equals("female")) {
                female = t.coefficient();
            } else {
                coef.put(t.label(), t.coefficient());
            }
        }
        double[] out = new double[sample.size()];
        for (int i = 0; i < out.length; i++) {
            double v = intercept + (women ? 0 : female);
            for (Control c : sample.controls()) {
                if (c.isNumeric()) {
                    if (sample.hasValues(c)) {
                        v += coef.getOrDefault(c.key(), 0.0) * sample.value(c, i);
                    }
                } else {
                    v += coef.getOrDefault(c.key() + "=" + sample.levels(c).get(sample.level(c, i)), 0.0);
                }
            }
            out[i] = v;
        }
        return out;
    }

    private static Sums sums(AnalyticsSample sample, long[] pay, int[] members) {
        SumsBuilder sums = new SumsBuilder();
        for (int i : members) {
            sums.add(sample.isFemale(i), pay[i]);
        }
        return sums.build();
    }

    private static Sums sums(AnalyticsSample sample, long[] pay, java.util.function.IntPredicate in) {
        SumsBuilder sums = new SumsBuilder();
        for (int i = 0; i < pay.length; i++) {
            if (in.test(i)) {
                sums.add(sample.isFemale(i), pay[i]);
            }
        }
        return sums.build();
    }

    /** Exact sums by sex: longs while they cannot overflow, carried into BigIntegers before they could. */
    private static final class SumsBuilder {
        private long nF;
        private long nM;
        private BigInteger f = BigInteger.ZERO;
        private BigInteger m = BigInteger.ZERO;
        private long accF;
        private long accM;

        void add(boolean female, long pay) {
            if (female) {
                nF++;
                accF += pay;
                if (accF > Long.MAX_VALUE / 4) {
                    f = f.add(BigInteger.valueOf(accF));
                    accF = 0;
                }
            } else {
                nM++;
                accM += pay;
                if (accM > Long.MAX_VALUE / 4) {
                    m = m.add(BigInteger.valueOf(accM));
                    accM = 0;
                }
            }
        }

        Sums build() {
            return new Sums(nF, nM, f.add(BigInteger.valueOf(accF)), m.add(BigInteger.valueOf(accM)));
        }
    }

    /** Exact pay sums of one group, in nano-euros. */
    private record Sums(long nF, long nM, BigInteger sumF, BigInteger sumM) {

        /** Whether −t &lt; gap &lt; t, exactly: the gap is 100·(ΣM·nF − ΣF·nM) / (ΣM·nF). */
        boolean within(BigDecimal t) {
            BigDecimal menMean = new BigDecimal(sumM).multiply(BigDecimal.valueOf(nF));
            BigDecimal diff = menMean.subtract(new BigDecimal(sumF).multiply(BigDecimal.valueOf(nM))).multiply(HUNDRED);
            return diff.abs().compareTo(t.multiply(menMean)) < 0;
        }

        double gapPercent() {
            BigDecimal menMean = new BigDecimal(sumM).multiply(BigDecimal.valueOf(nF));
            BigDecimal diff = menMean.subtract(new BigDecimal(sumF).multiply(BigDecimal.valueOf(nM))).multiply(HUNDRED);
            return diff.divide(menMean, java.math.MathContext.DECIMAL64).doubleValue();
        }
    }
}

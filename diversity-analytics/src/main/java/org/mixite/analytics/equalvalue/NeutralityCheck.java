package org.mixite.analytics.equalvalue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.equalvalue.EvaluatedJob;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.core.indicators.paygap.HourlyPay;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * The gender-neutrality check of a job evaluation, over the women and men present in the period
 * with pay, grouped by their evaluated job:
 * <ul>
 *   <li>per criterion, the Pearson correlation across jobs of the job's level on it with the share
 *       of women in the job; |r| ≥ {@value #CORRELATION_TO_EXAMINE} is a point to examine (a criterion
 *       that rates female-dominated jobs lower, or higher, may carry a bias in its wording or levels);</li>
 *   <li>the company's pay line: the least-squares line of a job's mean log hourly pay on its points,
 *       weighted by the job's headcount; a job paid {@value #PAY_DISTANCE_TO_EXAMINE}% or more above or
 *       below the line is a point to examine (its score, or its pay, may not reflect its value).</li>
 * </ul>
 * Jobs of fewer than {@code minCell} people enter the correlations and the line but are never
 * listed (their mean pay would be a colleague's pay); they are only counted. Statistics in {@code double}.
 *
 * @param correlations    one per criterion, in the evaluation's order
 * @param jobs            the listed jobs (at least {@code minCell} people), by points then label
 * @param jobsNotListed   jobs with people but fewer than {@code minCell}
 * @param jobsWithoutPeople evaluated jobs that nobody in the data holds
 * @param peopleNotEvaluated women and men with pay whose job is not in the evaluation
 * @param slopePer100Points the pay line's slope: the % change of pay per 100 points, when the line exists
 */
@API(status = API.Status.EXPERIMENTAL)
public record NeutralityCheck(List<CriterionCorrelation> correlations, List<JobPay> jobs, int jobsNotListed,
                              int jobsWithoutPeople, long peopleNotEvaluated, Optional<Double> slopePer100Points) {

    /** |r| at which a criterion's correlation with the share of women is a point to examine. */
    public static final double CORRELATION_TO_EXAMINE = 0.5;
    /** The distance from the pay line, in %, at which a job is a point to examine. */
    public static final double PAY_DISTANCE_TO_EXAMINE = 15;

    public NeutralityCheck {
        correlations = List.copyOf(correlations);
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(slopePer100Points, "slopePer100Points");
    }

    /**
     * One criterion's correlation with the share of women.
     *
     * @param jobs the jobs it was computed over (those with people)
     * @param r    Pearson's r; empty with fewer than 3 jobs, or when the levels or the shares do not vary
     */
    public record CriterionCorrelation(String criterion, int jobs, Optional<Double> r) {
        public boolean toExamine() {
            return r.isPresent() && Math.abs(r.get()) >= CORRELATION_TO_EXAMINE;
        }
    }

    /**
     * One job with enough people to be listed.
     *
     * @param job           the job ({@link EvaluatedJob#description()})
     * @param points        its points
     * @param category      its category of equal value
     * @param people        women and men with pay in it
     * @param womenPercent  the share of women, in %
     * @param payVsLine     how far its mean pay is from the pay line, in % (positive: paid more than its points predict); empty without a line
     */
    public record JobPay(String job, BigDecimal points, String category, long people, double womenPercent,
                         Optional<Double> payVsLine) {
        public boolean toExamine() {
            return payVsLine.isPresent() && Math.abs(payVsLine.get()) >= PAY_DISTANCE_TO_EXAMINE;
        }
    }

    /** The check of {@code evaluation} over {@code records}. */
    public static NeutralityCheck of(JobEvaluation evaluation, Iterable<EmployeeRecord> records, ReferencePeriod period,
                                     int minCell) {
        Map<EvaluatedJob, double[]> byJob = new IdentityHashMap<>(); // women, men, Σ ln pay
        long notEvaluated = 0;
        for (EmployeeRecord r : records) {
            if (r.sex() != Sex.FEMALE && r.sex() != Sex.MALE) {
                continue;
            }
            Optional<HourlyPay> pay = HourlyPay.of(r, period).filter(p -> p.nanos() > 0);
            if (pay.isEmpty()) {
                continue;
            }
            Optional<EvaluatedJob> job = evaluation.jobOf(r);
            if (job.isEmpty()) {
                notEvaluated++;
                continue;
            }
            double[] s = byJob.computeIfAbsent(job.get(), j -> new double[3]);
            s[r.sex() == Sex.FEMALE ? 0 : 1]++;
            s[2] += Math.log(pay.get().nanos() / 1e9);
        }
        List<EvaluatedJob> held = evaluation.jobs().stream().filter(byJob::containsKey).toList();
        int n = held.size();
        double[] share = new double[n];
        double[] points = new double[n];
        double[] logPay = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = byJob.get(held.get(i));
            weight[i] = s[0] + s[1];
            share[i] = s[0] / weight[i];
            logPay[i] = s[2] / weight[i];
            points[i] = evaluation.points(held.get(i)).doubleValue();
        }
        List<CriterionCorrelation> correlations = new ArrayList<>();
        for (String criterion : evaluation.criteria()) {
            double[] level = new double[n];
            for (int i = 0; i < n; i++) {
                level[i] = held.get(i).scores().get(criterion);
            }
            correlations.add(new CriterionCorrelation(criterion, n, pearson(level, share)));
        }
        Optional<double[]> line = weightedLine(points, logPay, weight);
        List<JobPay> listed = new ArrayList<>();
        int hidden = 0;
        for (int i = 0; i < n; i++) {
            if (weight[i] < minCell) {
                hidden++;
                continue;
            }
            final int at = i;
            Optional<Double> distance = line.map(l -> (Math.exp(logPay[at] - (l[0] + l[1] * points[at])) - 1) * 100);
            EvaluatedJob job = held.get(i);
            listed.add(new JobPay(job.description(), evaluation.points(job), evaluation.categoryName(job), (long) weight[i],
                    share[i] * 100, distance));
        }
        listed.sort(java.util.Comparator.comparing(JobPay::points).thenComparing(JobPay::job));
        return new NeutralityCheck(correlations, listed, hidden, evaluation.jobs().size() - n, notEvaluated,
                line.map(l -> (Math.exp(l[1] * 100) - 1) * 100));
    }

    /** Pearson's r, or empty with fewer than 3 points or no variation. */
    static Optional<Double> pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 3) {
            return Optional.empty();
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx <= 1e-12 || syy <= 1e-12) {
            return Optional.empty();
        }
        return Optional.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
    }

    /** Intercept and slope of y on x, weighted; empty with fewer than 2 distinct x. */
    static Optional<double[]> weightedLine(double[] x, double[] y, double[] w) {
        double sw = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            mx += w[i] * x[i];
            my += w[i] * y[i];
        }
        if (sw == 0) {
            return Optional.empty();
        }
        mx /= sw;
        my /= sw;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += w[i] * (x[i] - mx) * (y[i] - my);
            sxx += w[i] * (x[i] - mx) * (x[i] - mx);
        }
        if (sxx <= 1e-12) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        return Optional.of(new double[] {my - slope * mx, slope});
    }
}

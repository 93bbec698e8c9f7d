package org.mixite.core.equalvalue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;

/**
 * A company's job evaluation (Directive 2023/970, Art. 4(4)) and the categories of workers doing
 * work of equal value that it defines. Every job is scored from 1 to {@code levels} on each
 * criterion — skills, effort, responsibility, working conditions, and the company's own factors —
 * and gets the weighted average of its scores × 100 as points (100 to 100 × levels, rounded once to
 * 2 decimals, half up). The {@link ScoreBands} group jobs of comparable points into categories
 * {@code EV1}, {@code EV2}, … from the lowest.
 *
 * <p>Records are matched to a job by {@code job_code} (case ignored), else by {@code job_family}
 * against the job's title. {@link #assign} puts the category in the record's {@code category},
 * so every figure by category of workers (Art. 9(1)(g), G, Art. 10, the analytics) uses it.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JobEvaluation {

    /** The Art. 4(4) criteria, required in every evaluation. */
    public static final List<String> ART_4_CRITERIA = List.of("skills", "effort", "responsibility", "working_conditions");

    private final String source;
    private final int levels;
    private final Map<String, BigDecimal> weights;
    private final List<EvaluatedJob> jobs;
    private final ScoreBands bands;
    /** Lookups by lower-cased code and title, built once (records are looked up one by one). */
    private final Map<String, EvaluatedJob> byCode = new HashMap<>();
    private final Map<String, EvaluatedJob> byTitle = new HashMap<>();
    private final Map<EvaluatedJob, String> categoryOfJob = new java.util.IdentityHashMap<>();

    /**
     * An evaluation.
     *
     * @param source  the file it was read from, for messages
     * @param levels  N, the highest level of the scale
     * @param weights the weight of each criterion, in column order (the four of Art. 4(4) first)
     * @param jobs    the jobs, in file order
     * @param bands   how points become categories
     */
    public JobEvaluation(String source, int levels, Map<String, BigDecimal> weights, List<EvaluatedJob> jobs, ScoreBands bands) {
        this.source = Objects.requireNonNull(source, "source");
        this.bands = Objects.requireNonNull(bands, "bands");
        this.levels = levels;
        this.weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        this.jobs = List.copyOf(jobs);
        for (EvaluatedJob job : this.jobs) {
            job.code().ifPresent(c -> byCode.putIfAbsent(key(c), job));
            job.title().ifPresent(t -> byTitle.putIfAbsent(key(t), job));
            if (!job.scores().keySet().equals(this.weights.keySet())) {
                throw new IllegalArgumentException("job " + job.label() + " is not scored on every weighted criterion");
            }
        }
        if (levels < 2) {
            throw new IllegalArgumentException("a scale needs at least 2 levels, was " + levels);
        }
        if (weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() <= 0) {
            throw new IllegalArgumentException("the weights must add up to more than 0");
        }
        for (EvaluatedJob job : this.jobs) {
            categoryOfJob.put(job, "EV" + (bands.band(points(job)) + 1));
        }
    }

    /** The job's points: Σ weight × score × 100 / Σ weight, to 2 decimals, half up. */
    public BigDecimal points(EvaluatedJob job) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weight = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            total = total.add(w.getValue().multiply(BigDecimal.valueOf(job.scores().get(w.getKey()))));
            weight = weight.add(w.getValue());
        }
        return total.multiply(BigDecimal.valueOf(100)).divide(weight, 2, RoundingMode.HALF_UP);
    }

    /** The category name of a job. */
    public String categoryName(EvaluatedJob job) {
        String known = categoryOfJob.get(job);
        return known != null ? known : "EV" + (bands.band(points(job)) + 1);
    }

    /** Every category, EV1 first, with its band and its jobs (a category may have no job). */
    public List<EqualValueCategory> categories() {
        List<List<EvaluatedJob>> byBand = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            byBand.add(new ArrayList<>());
        }
        for (EvaluatedJob job : jobs) {
            byBand.get(bands.band(points(job))).add(job);
        }
        List<EqualValueCategory> categories = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            List<String> names = byBand.get(b).stream()
                    .sorted(Comparator.comparing(this::points).thenComparing(EvaluatedJob::label))
                    .map(EvaluatedJob::description).toList();
            categories.add(new EqualValueCategory("EV" + (b + 1),
                    b == 0 ? Optional.empty() : Optional.of(bands.thresholds().get(b - 1)),
                    b == bands.size() - 1 ? Optional.empty() : Optional.of(bands.thresholds().get(b)), names));
        }
        return List.copyOf(categories);
    }

    /** The category of that name. */
    public Optional<EqualValueCategory> category(String name) {
        return categories().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The job a record holds: by {@code job_code}, else by {@code job_family} against the titles. */
    public Optional<EvaluatedJob> jobOf(EmployeeRecord r) {
        Optional<EvaluatedJob> code = r.jobCode().map(c -> byCode.get(key(c)));
        return code.isPresent() ? code : r.jobFamily().map(t -> byTitle.get(key(t)));
    }

    /**
     * The record with its equal-value category as {@code category}; unchanged when its job is not
     * in the evaluation (its category stays the column's or the CSP: the caller says so).
     */
    public EmployeeRecord assign(EmployeeRecord r) {
        return jobOf(r).map(job -> r.toBuilder().category(categoryName(job)).build()).orElse(r);
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    public String source() {
        return source;
    }

    public int levels() {
        return levels;
    }

    public Map<String, BigDecimal> weights() {
        return weights;
    }

    public List<EvaluatedJob> jobs() {
        return jobs;
    }

    public ScoreBands bands() {
        return bands;
    }

    /** The criteria, in column order. */
    public List<String> criteria() {
        return List.copyOf(weights.keySet());
    }
}

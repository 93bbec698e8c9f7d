package org.mixite.analytics.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.Control;
import org.mixite.analytics.oaxaca.Decomposition;
import org.mixite.analytics.oaxaca.OaxacaBlinder;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.RemediationPlan;
import org.mixite.analytics.remediation.RemediationSimulator;
import org.mixite.analytics.remediation.Target;
import org.mixite.core.equalvalue.EqualValueCategory;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.core.indicators.paygap.CategoryPayLevels;
import org.mixite.core.indicators.paygap.PayGapAccumulator;
import org.mixite.core.indicators.paygap.PayGapOptions;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.core.privacy.Cell;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * The joint pay assessment (Directive 2023/970, Art. 10(2)), per category of workers:
 * <ol type="a">
 *   <li>the proportion of women and men (people with pay);</li>
 *   <li>their average pay levels, total, basic and variable, hourly and full-time annual (exact, to the cent);</li>
 *   <li>the differences: the Art. 9(1)(g) gaps, and the Art. 10 flag (|gap| ≥ 5, exact);</li>
 *   <li>the reasons: what the controls explain within the category (adjusted gap, OLS HC1, and the
 *       Oaxaca-Blinder split, statistics), and the justification the employer and the
 *       representatives recorded;</li>
 *   <li>the proportion of women and men raised on their return from leave (the records'
 *       {@code maternity_return} and {@code raised_after_maternity});</li>
 *   <li>the measures: the Art. 10 remediation plan over the categories not justified, with its budget;</li>
 *   <li>with a previous assessment, each category's change in gap and whether a flagged gap was remedied.</li>
 * </ol>
 * Categories are those of the records' {@code category} (with a job evaluation, the categories of
 * equal value). A category with fewer than {@code minCell} women or men is suppressed as in every
 * published breakdown (with its complement); a figure of fewer than {@code minCell} people is withheld.
 *
 * @param period            the reference period
 * @param minCell           k
 * @param threshold         the Art. 10 threshold, 5%
 * @param required          whether an assessment is required: a category flagged and not justified
 * @param flaggedSuppressed flagged categories that are suppressed (counted, never named)
 * @param categories        every category, by name
 * @param plan              the measures (f) over the categories not justified
 * @param previousPeriod    the previous assessment's period, when one was given
 */
@API(status = API.Status.EXPERIMENTAL)
public record JointAssessment(ReferencePeriod period, int minCell, BigDecimal threshold, boolean required, long flaggedSuppressed,
                              List<CategoryItems> categories, RemediationPlan plan, Optional<ReferencePeriod> previousPeriod) {

    public JointAssessment {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(previousPeriod, "previousPeriod");
        categories = List.copyOf(categories);
    }

    /** One category's items. */
    public record CategoryItems(String category, Optional<EqualValueCategory> definition, Cell<Figures> figures,
                                Optional<Evolution> evolution) {
    }

    /**
     * Items (a) to (f) of one category that is shown.
     *
     * @param women        (a) women with pay
     * @param men          (a) men with pay
     * @param womenPercent (a) their share, one decimal
     * @param levels       (b) the average pay levels by sex (a sex below k is withheld by the writers)
     * @param gaps         (c) the gaps, Art. 9(1)(g)
     * @param flagged      (c) |hourly gap| ≥ 5%, exact (Art. 10(1)(a))
     * @param adjusted     (d) the adjusted gap within the category, controls other than the category
     * @param oaxaca       (d) what the controls explain within the category
     * @param justification (d) the recorded justification, if any
     * @param leave        (e) returns from leave
     * @param measure      (f) people raised and budget in the category, when it is flagged and not justified
     */
    public record Figures(long women, long men, Optional<BigDecimal> womenPercent, CategoryPayLevels.Levels levels,
                          PayGapReport.CategoryGap gaps, boolean flagged, AdjustedGap adjusted, Decomposition oaxaca,
                          Optional<Justification> justification, LeaveReturns leave, Optional<RemediationPlan.CategoryCost> measure) {
    }

    /** (e): people back from maternity (or adoption) leave in the period, and how many of them were raised on return. */
    public record LeaveReturns(long womenReturned, long womenRaised, long menReturned, long menRaised) {
    }

    /**
     * (g): the change since the previous assessment.
     *
     * @param previousGap     the category's hourly gap then, when shown
     * @param previouslyFlagged whether it was flagged then
     * @param change          now − then, in percentage points (on the one-decimal gaps)
     * @param outcome         {@code remedied} (flagged then, under 5% now), {@code reduced}, {@code not reduced},
     *                        {@code not flagged before} or {@code not comparable}
     */
    public record Evolution(Optional<BigDecimal> previousGap, boolean previouslyFlagged, Optional<BigDecimal> change, String outcome) {
    }

    /** The controls of the within-category analysis: every control but the category itself. */
    static final Set<Control> CONTROLS = EnumSet.complementOf(EnumSet.of(Control.CATEGORY));

    /**
     * The assessment of {@code records} (their {@code category} already the category of workers:
     * {@link JobEvaluation#assign} them first to use an evaluation).
     *
     * @param evaluation     for the categories' definitions, when the categories come from one
     * @param justifications by category (Art. 10(2)(d))
     * @param previous       the previous assessment, for (g)
     */
    public static JointAssessment of(List<EmployeeRecord> records, ReferencePeriod period, int minCell,
                                     Optional<JobEvaluation> evaluation, Map<String, Justification> justifications,
                                     Optional<JointAssessment> previous) {
        PayGapAccumulator payGap = new PayGapAccumulator(PayGapOptions.of(period).withMinCell(minCell));
        CategoryPayLevels levels = new CategoryPayLevels(period);
        for (EmployeeRecord r : records) {
            payGap.add(r);
            levels.add(r);
        }
        PayGapReport report = payGap.result();
        PayGapReport.Eu eu = report.eu();
        // (f): the Art. 10 plan on every category the employer and the representatives did not justify.
        List<EmployeeRecord> unjustified = records.stream()
                .filter(r -> !Optional.ofNullable(justifications.get(r.categoryOrDerived().orElse(""))).map(Justification::justified).orElse(false))
                .toList();
        RemediationPlan plan = RemediationSimulator.plan(AnalyticsSample.of(unjustified, period, EnumSet.allOf(Control.class)),
                Target.parse("art10"));
        List<CategoryItems> items = new ArrayList<>();
        // A flagged category that is suppressed cannot be matched to a justification without naming it: it keeps the assessment required.
        boolean required = eu.suppressedCategoriesAtOrAboveThreshold() > 0;
        for (Map.Entry<String, Cell<PayGapReport.CategoryGap>> e : eu.categoryGaps().entrySet()) {
            String name = e.getKey();
            if (name.equals("(none)")) {
                continue; // not a category of workers
            }
            Optional<EqualValueCategory> definition = evaluation.flatMap(ev -> ev.category(name));
            Optional<Evolution> evolution = previous.map(p -> evolution(p, name, e.getValue().shown().flatMap(PayGapReport.CategoryGap::gap),
                    eu.categoriesAtOrAboveThreshold().contains(name)));
            if (e.getValue() instanceof Cell.Suppressed<PayGapReport.CategoryGap> hidden) {
                items.add(new CategoryItems(name, definition, new Cell.Suppressed<>(hidden.reason()), evolution));
                continue;
            }
            PayGapReport.CategoryGap gap = e.getValue().shown().orElseThrow();
            boolean flagged = eu.categoriesAtOrAboveThreshold().contains(name);
            Optional<Justification> justification = Optional.ofNullable(justifications.get(name));
            if (flagged && !justification.map(Justification::justified).orElse(false)) {
                required = true;
            }
            List<EmployeeRecord> inCategory = records.stream().filter(r -> r.categoryOrDerived().orElse("(none)").equals(name)).toList();
            Fit fit = PayRegression.fit(AnalyticsSample.of(inCategory, period, CONTROLS));
            Optional<RemediationPlan.CategoryCost> measure = flagged && !justification.map(Justification::justified).orElse(false)
                    ? Optional.ofNullable(plan.byCategory().get(name)) : Optional.empty();
            items.add(new CategoryItems(name, definition, new Cell.Shown<>(new Figures(gap.women(), gap.men(),
                    percent(gap.women(), gap.women() + gap.men()), levels.of(name).orElseThrow(), gap, flagged, fit.gap(),
                    OaxacaBlinder.decompose(fit), justification, leave(inCategory), measure)), evolution));
        }
        return new JointAssessment(period, minCell, eu.threshold(), required, eu.suppressedCategoriesAtOrAboveThreshold(), items,
                plan, previous.map(JointAssessment::period));
    }

    private static Evolution evolution(JointAssessment previous, String name, Optional<BigDecimal> now, boolean flaggedNow) {
        Optional<Figures> before = previous.categories.stream().filter(c -> c.category.equals(name)).findFirst()
                .flatMap(c -> c.figures.shown());
        Optional<BigDecimal> then = before.flatMap(f -> f.gaps().gap());
        boolean wasFlagged = before.map(Figures::flagged).orElse(false);
        if (then.isEmpty() || now.isEmpty()) {
            return new Evolution(then, wasFlagged, Optional.empty(), "not comparable");
        }
        BigDecimal change = now.get().subtract(then.get());
        String outcome = !wasFlagged ? "not flagged before"
                : !flaggedNow ? "remedied"
                : now.get().abs().compareTo(then.get().abs()) < 0 ? "reduced" : "not reduced";
        return new Evolution(then, wasFlagged, Optional.of(change), outcome);
    }

    private static LeaveReturns leave(List<EmployeeRecord> people) {
        long[] n = new long[4];
        for (EmployeeRecord r : people) {
            if (r.maternityReturn() && (r.sex() == Sex.FEMALE || r.sex() == Sex.MALE)) {
                int at = r.sex() == Sex.FEMALE ? 0 : 2;
                n[at]++;
                if (r.raisedAfterMaternity()) {
                    n[at + 1]++;
                }
            }
        }
        return new LeaveReturns(n[0], n[1], n[2], n[3]);
    }

    static Optional<BigDecimal> percent(long part, long whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}

package org.mixite.analytics.remediation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.EgaproCells;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.PayGapScore;
import org.mixite.core.indicators.egapro.PointsTable;

/**
 * Raises that bring Egapro indicator 1 to at least X points out of 40 (egapro.md, indicator 1).
 *
 * <p>Indicator 1 is {@code round1(|Σ w·adj|)}, with {@code w} a valid group's share of the valid
 * headcount and {@code adj} its gap (men − women) / men beyond the pertinence threshold. The
 * points are read from the gap by {@code ceil}, so X points allow a rounded gap of at most some
 * whole E; the plan brings {@code |Σ w·adj|} under E + 0.05 and then checks the result with
 * {@link EgaproCalculator} (tightening the goal by 0.01 if rounding at the cent ever disagrees).
 *
 * <p>Only the disfavoured sex is raised, only in groups where it is paid less beyond the threshold,
 * and never past the threshold: no group's gap is overturned to compensate another. Groups are
 * taken in order of gap reduction per euro of indicator-1 pay added ({@code w·100 / (nF·M)} when
 * raising women, linear; {@code w·100·F / (nM·M²)} at the start when raising men, where the gap is
 * concave in men's pay), each up to its threshold, the last partially. For raising women this
 * fractional knapsack is the linear programme's optimum: the least indicator-1 pay to add. For
 * raising men, the same programme with the starting slopes is a lower bound. Within a group the
 * lowest indicator-1 pay of the raised sex is lifted to a common floor (water-filling).
 *
 * <p>The stated lower bound on the cost is that least indicator-1 pay (to bring the weighted gap
 * just under E + 0.05) × the smallest annual cost of one euro of it among the people who could be
 * raised (fte × share of the year present). It bounds the plans of this kind: raising only the
 * disfavoured sex where it is paid less, never past the threshold. A plan that overturned a gap
 * elsewhere (raising women where they already earn more) is not covered by it.
 */
final class EgaproPayPlanner {

    static final String METHOD = "Egapro indicator 1: groups where the disfavoured sex is paid less beyond the "
            + "pertinence threshold are raised in order of weighted-gap reduction per euro, each no further than the "
            + "threshold (fractional knapsack, the least indicator-1 pay to add), the lowest indicator-1 pay of that sex "
            + "lifted to a common floor in each group; checked with the Egapro calculator";

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF_STEP = new BigDecimal("0.049");
    private static final BigDecimal STEP = new BigDecimal("0.01");
    private static final BigDecimal ROUNDS_TO_E = new BigDecimal("0.05");

    private EgaproPayPlanner() {
    }

    /** Raises {@code pay} in place; the cost lower bound in euros, empty when indicator 1 is not calculable. */
    static Optional<BigDecimal> raise(AnalyticsSample sample, long[] pay, int points) {
        EgaproCells cells = sample.egapro();
        Optional<PayGapScore> now = cells.indicator1(pay).computed();
        if (now.isEmpty()) {
            return Optional.empty();
        }
        if (now.get().note() >= points) {
            return Optional.of(BigDecimal.ZERO);
        }
        int allowed = 0;
        for (int k = 0; k <= 20; k++) {
            if (PointsTable.PAY_GAP.points(BigDecimal.valueOf(k)) >= points) {
                allowed = k;
            }
        }
        long[] best = pay;
        // The bound: any plan of this kind must bring |Σ w·adj| under E + 0.05 (it rounds to E); the
        // plan itself aims a little lower so that the raises, rounded up, land inside.
        BigDecimal bound = plan(sample, cells, pay.clone(), BigDecimal.valueOf(allowed).add(ROUNDS_TO_E));
        for (int attempt = 0; attempt < 5; attempt++) {
            BigDecimal goal = BigDecimal.valueOf(allowed).add(HALF_STEP).subtract(STEP.multiply(BigDecimal.valueOf(attempt)));
            long[] trial = pay.clone();
            plan(sample, cells, trial, goal.max(BigDecimal.ZERO));
            best = trial;
            if (cells.indicator1(trial).computed().filter(s -> s.note() >= points).isPresent()) {
                break;
            }
        }
        System.arraycopy(best, 0, pay, 0, pay.length);
        return Optional.of(bound.setScale(2, RoundingMode.FLOOR));
    }

    /** One group's place in the plan. */
    private record Candidate(int group, BigDecimal weight, BigDecimal adjusted, BigDecimal slope, List<Integer> members) {
    }

    /** Raises {@code trial} so that |Σ w·adj| ≤ goal where the groups allow; returns the cost lower bound. */
    private static BigDecimal plan(AnalyticsSample sample, EgaproCells cells, long[] trial, BigDecimal goal) {
        EgaproInput input = cells.input();
        BigDecimal t = input.modaliteRemunerations().pertinenceThreshold();
        List<PayGroup> groups = input.remunerations();
        int valid = 0;
        for (PayGroup g : groups) {
            if (isValid(g)) {
                valid += g.effectif();
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal[] adjusted = new BigDecimal[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            PayGroup p = groups.get(g);
            if (isValid(p)) {
                BigDecimal men = p.remunerationMoyenneHommes().orElseThrow();
                BigDecimal gap = men.subtract(p.remunerationMoyenneFemmes().orElseThrow()).multiply(HUNDRED).divide(men, MC);
                adjusted[g] = gap.signum() > 0 ? gap.subtract(t).max(BigDecimal.ZERO) : gap.add(t).min(BigDecimal.ZERO);
                total = total.add(weight(p, valid).multiply(adjusted[g]));
            }
        }
        BigDecimal remaining = total.abs().subtract(goal);
        if (remaining.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        boolean women = total.signum() > 0;
        List<Candidate> candidates = new ArrayList<>();
        BigDecimal cheapest = null;
        for (int g = 0; g < groups.size(); g++) {
            if (adjusted[g] == null || adjusted[g].signum() != total.signum()) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < sample.size(); i++) {
                if (sample.isFemale(i) == women && cells.group(i).orElse(-1) == g
                        && cells.perHourlyNano(i).signum() > 0) {
                    members.add(i);
                    BigDecimal perEuro = BigDecimal.valueOf(sample.annualHours(i)).movePointLeft(9)
                            .divide(cells.perHourlyNano(i), MC);
                    cheapest = cheapest == null ? perEuro : cheapest.min(perEuro);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            PayGroup p = groups.get(g);
            BigDecimal w = weight(p, valid);
            BigDecimal men = p.remunerationMoyenneHommes().orElseThrow();
            BigDecimal slope = women
                    ? w.multiply(HUNDRED).divide(BigDecimal.valueOf(p.femmes()).multiply(men), MC)
                    : w.multiply(HUNDRED).multiply(p.remunerationMoyenneFemmes().orElseThrow())
                            .divide(BigDecimal.valueOf(p.hommes()).multiply(men).multiply(men), MC);
            candidates.add(new Candidate(g, w, adjusted[g], slope, members));
        }
        candidates.sort(Comparator.comparing(Candidate::slope).reversed().thenComparing(Candidate::group));
        BigDecimal leastPay = BigDecimal.ZERO;
        for (Candidate c : candidates) {
            BigDecimal reduction = c.weight().multiply(c.adjusted().abs()).min(remaining);
            leastPay = leastPay.add(reduction.divide(c.slope(), MC));
            PayGroup p = groups.get(c.group());
            BigDecimal added;
            if (women) {
                added = reduction.divide(c.slope(), MC);
            } else {
                // adj' = adj + r / w (adj < 0), gap' = adj' − t, men's mean M' = F / (1 − gap'/100)
                BigDecimal gapAfter = c.adjusted().add(reduction.divide(c.weight(), MC)).subtract(t);
                BigDecimal menAfter = p.remunerationMoyenneFemmes().orElseThrow()
                        .divide(BigDecimal.ONE.subtract(gapAfter.divide(HUNDRED, MC)), MC);
                added = menAfter.subtract(p.remunerationMoyenneHommes().orElseThrow()).multiply(BigDecimal.valueOf(p.hommes()));
            }
            waterFill(cells, trial, c.members(), added);
            remaining = remaining.subtract(reduction);
            if (remaining.signum() <= 0) {
                break;
            }
        }
        return cheapest == null ? BigDecimal.ZERO : leastPay.multiply(cheapest);
    }

    private static boolean isValid(PayGroup g) {
        return g.femmes() >= EgaproCalculator.PAY_GROUP_MINIMUM && g.hommes() >= EgaproCalculator.PAY_GROUP_MINIMUM;
    }

    private static BigDecimal weight(PayGroup g, int validHeadcount) {
        return BigDecimal.valueOf(g.effectif()).divide(BigDecimal.valueOf(validHeadcount), MC);
    }

    /** Lifts the lowest indicator-1 pay among {@code members} to the floor that adds {@code added} euros in all. */
    private static void waterFill(EgaproCells cells, long[] trial, List<Integer> members, BigDecimal added) {
        if (added.signum() <= 0) {
            return;
        }
        List<Integer> byPay = new ArrayList<>(members);
        byPay.sort(Comparator.comparing(cells::pay).thenComparing(i -> i));
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal floor = null;
        int k = 0;
        while (k < byPay.size()) {
            sum = sum.add(cells.pay(byPay.get(k)));
            k++;
            BigDecimal level = added.add(sum).divide(BigDecimal.valueOf(k), MC);
            if (k == byPay.size() || level.compareTo(cells.pay(byPay.get(k))) <= 0) {
                floor = level;
                break;
            }
        }
        for (int j = 0; j < k; j++) {
            int i = byPay.get(j);
            BigDecimal more = floor.subtract(cells.pay(i));
            if (more.signum() > 0) {
                trial[i] += more.divide(cells.perHourlyNano(i), 0, RoundingMode.CEILING).longValueExact();
            }
        }
    }
}

package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput.RaiseCounts;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;

/**
 * Computes the Egapro index from its aggregated input, exactly as egapro.md §3 states the
 * official calculator's rules. Arithmetic is decimal: sums and products are exact; the few
 * divisions that do not terminate carry 34 significant digits; and the only rounding that
 * matters, {@code round1} (one decimal, half away from zero), is applied once, at the official
 * step, by dividing the exact numerator by the exact denominator to one decimal.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproCalculator {

    /** Indicator 1 points by ceil(ecart): 0 → 40, (0,1] → 39, … (19,20] → 2, above 20 → 0. */
    static final int[] PAY_GAP_POINTS = {40, 39, 38, 37, 36, 35, 34, 33, 31, 29, 27, 25, 23, 21, 19, 17, 14, 11, 8, 5, 2, 0};
    /** Indicator 2: ≤2 → 20, ≤5 → 10, ≤10 → 5, above → 0. */
    static final int[] RAISE_POINTS = {20, 20, 20, 10, 10, 10, 5, 5, 5, 5, 5, 0};
    /** Indicator 3: ≤2 → 15, ≤5 → 10, ≤10 → 5, above → 0. */
    static final int[] PROMOTION_POINTS = {15, 15, 15, 10, 10, 10, 5, 5, 5, 5, 5, 0};
    /** Indicator 2et3: ≤2 → 35, ≤5 → 25, ≤10 → 15, above → 0. */
    static final int[] RAISE_AND_PROMOTION_POINTS = {35, 35, 35, 25, 25, 25, 15, 15, 15, 15, 15, 0};

    static final int RAISES_MAX = 20;
    static final int PROMOTIONS_MAX = 15;

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Indicator 1: a group is valid with at least 3 women and 3 men. */
    static final int PAY_GROUP_MINIMUM = 3;
    /** Indicators 2 and 3: a CSP is valid with at least 10 women and 10 men. */
    static final int RATE_GROUP_MINIMUM = 10;
    /** Indicator 2et3: calculable with at least 5 women and 5 men. */
    static final int RAISE_AND_PROMOTION_MINIMUM = 5;

    private EgaproCalculator() {
    }

    /**
     * Computes the index.
     *
     * @throws EgaproInputException naming the JSON path of the first inconsistency
     */
    public static EgaproResult compute(EgaproInput input) {
        EgaproInputCheck.check(input);
        Indicator<PayGapScore> pay = payGap(input);
        Optional<Favorable> payFavours = correctionTrigger(pay);
        Optional<Indicator<RateGapScore>> raises = Optional.empty();
        Optional<Indicator<RateGapScore>> promotions = Optional.empty();
        Optional<Indicator<RaisesAndPromotionsScore>> combined = Optional.empty();
        if (input.tranche().combinesRaisesAndPromotions()) {
            combined = Optional.of(raisesAndPromotions(input.augmentationsEtPromotions(), payFavours));
        } else {
            raises = Optional.of(rateGap(input.augmentations(), RAISE_POINTS, RAISES_MAX, payFavours, "raises"));
            promotions = Optional.of(rateGap(input.promotions(), PROMOTION_POINTS, PROMOTIONS_MAX, payFavours, "promotions"));
        }
        Indicator<MaternityScore> maternity = maternity(input);
        Indicator<TopEarnersScore> top = topEarners(input.hautesRemunerations());

        List<Indicator<?>> all = new ArrayList<>(List.of(pay, maternity, top));
        raises.ifPresent(all::add);
        promotions.ifPresent(all::add);
        combined.ifPresent(all::add);
        int points = all.stream().mapToInt(Indicator::points).sum();
        int pointsMax = all.stream().mapToInt(Indicator::pointsMax).sum();
        Optional<Integer> index = pointsMax < EgaproResult.MIN_POINTS_MAX ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(points * 100L)
                        .divide(BigDecimal.valueOf(pointsMax), 0, RoundingMode.HALF_UP).intValueExact());
        List<EgaproResult.Obligation> obligations = new ArrayList<>();
        obligations.add(EgaproResult.Obligation.PUBLISH_BY_1_MARCH);
        index.filter(i -> i < 85).ifPresent(i -> obligations.add(EgaproResult.Obligation.PROGRESS_OBJECTIVES));
        index.filter(i -> i < 75).ifPresent(i -> obligations.add(EgaproResult.Obligation.CORRECTIVE_MEASURES));
        return new EgaproResult(input.tranche(), pay, raises, promotions, combined, maternity, top,
                points, pointsMax, index, obligations);
    }

    /** Points from a table, indexed by ceil(value); at or beyond the table's end, 0. */
    static int points(int[] table, BigDecimal value) {
        int k = value.setScale(0, RoundingMode.CEILING).intValueExact();
        return k < table.length ? table[k] : 0;
    }

    /** The sex indicator 1 favours when it triggers the correction-measure rule: calculable and under 40. */
    private static Optional<Favorable> correctionTrigger(Indicator<PayGapScore> pay) {
        return pay.value().filter(score -> score.note() < PayGapScore.MAX).map(PayGapScore::favorable);
    }

    /** The correction-measure rule: the indicator favours the sex that indicator 1 disfavours. */
    private static boolean corrects(Optional<Favorable> payFavours, Favorable favorable) {
        return favorable != Favorable.EGALITE && payFavours.filter(f -> f != Favorable.EGALITE)
                .map(f -> f.opposite() == favorable).orElse(false);
    }

    /** Favorable from a signed, unrounded gap and its rounded magnitude (égalité at 0.0). */
    private static Favorable favorable(BigDecimal signedGap, BigDecimal ecart) {
        if (ecart.signum() == 0) {
            return Favorable.EGALITE;
        }
        return signedGap.signum() > 0 ? Favorable.HOMMES : Favorable.FEMMES;
    }

    // Indicator 1.

    static Indicator<PayGapScore> payGap(EgaproInput input) {
        BigDecimal threshold = input.modaliteRemunerations().pertinenceThreshold();
        long total = 0;
        long validHeadcount = 0;
        BigDecimal weightedSum = BigDecimal.ZERO; // Σ adjusted gap × group headcount
        List<PayGapScore.ValidGroup> valid = new ArrayList<>();
        List<ExcludedGroup> excluded = new ArrayList<>();
        for (PayGroup group : input.remunerations()) {
            total += group.headcount();
            String label = group.categorie() + " " + group.trancheAge().code();
            if (group.femmes() < PAY_GROUP_MINIMUM || group.hommes() < PAY_GROUP_MINIMUM) {
                if (group.headcount() > 0) {
                    excluded.add(new ExcludedGroup(label, group.femmes(), group.hommes(),
                            "fewer than " + PAY_GROUP_MINIMUM + " women or fewer than " + PAY_GROUP_MINIMUM + " men"));
                }
                continue;
            }
            BigDecimal men = group.remunerationMoyenneHommes().orElseThrow();
            BigDecimal women = group.remunerationMoyenneFemmes().orElseThrow();
            BigDecimal raw = men.subtract(women).multiply(HUNDRED).divide(men, PRECISION);
            BigDecimal adjusted = raw.signum() > 0 ? raw.subtract(threshold).max(BigDecimal.ZERO)
                    : raw.add(threshold).min(BigDecimal.ZERO);
            validHeadcount += group.headcount();
            weightedSum = weightedSum.add(adjusted.multiply(BigDecimal.valueOf(group.headcount())));
            valid.add(new PayGapScore.ValidGroup(group.categorie(), group.trancheAge(), group.femmes(), group.hommes(),
                    raw, adjusted, BigDecimal.ZERO));
        }
        if (total == 0) {
            return Indicator.notCalculable("no employee in any group");
        }
        if (validHeadcount * 5 < total * 2) {
            return Indicator.notCalculable("valid groups (at least 3 women and 3 men) hold " + validHeadcount + " of "
                    + total + " employees, under the 40% required");
        }
        BigDecimal n = BigDecimal.valueOf(validHeadcount);
        List<PayGapScore.ValidGroup> weighted = valid.stream().map(g -> new PayGapScore.ValidGroup(g.categorie(),
                g.trancheAge(), g.femmes(), g.hommes(), g.rawGap(), g.adjustedGap(),
                BigDecimal.valueOf((long) g.femmes() + g.hommes()).divide(n, PRECISION))).toList();
        BigDecimal ecart = weightedSum.abs().divide(n, 1, RoundingMode.HALF_UP);
        BigDecimal weightedGap = weightedSum.divide(n, PRECISION);
        PayGapScore.Explanation explanation = new PayGapScore.Explanation(input.modaliteRemunerations(), threshold,
                total, validHeadcount, weighted, excluded, weightedGap);
        return Indicator.of(new PayGapScore(ecart, points(PAY_GAP_POINTS, ecart), favorable(weightedSum, ecart), explanation));
    }

    // Indicators 2 and 3.

    static Indicator<RateGapScore> rateGap(Optional<List<RateGroup>> section, int[] table, int max,
                                           Optional<Favorable> payFavours, String what) {
        if (section.isEmpty()) {
            return Indicator.notCalculable("declared not calculable (no " + what + " in the period)");
        }
        long total = 0;
        long validHeadcount = 0;
        BigDecimal weightedSum = BigDecimal.ZERO; // Σ (men's rate − women's rate) × headcount
        List<RateGapScore.ValidGroup> valid = new ArrayList<>();
        List<ExcludedGroup> excluded = new ArrayList<>();
        for (RateGroup group : section.get()) {
            total += group.headcount();
            if (group.femmes() < RATE_GROUP_MINIMUM || group.hommes() < RATE_GROUP_MINIMUM) {
                if (group.headcount() > 0) {
                    excluded.add(new ExcludedGroup(group.categorie().code(), group.femmes(), group.hommes(),
                            "fewer than " + RATE_GROUP_MINIMUM + " women or fewer than " + RATE_GROUP_MINIMUM + " men"));
                }
                continue;
            }
            BigDecimal gap = group.tauxHommes().subtract(group.tauxFemmes());
            validHeadcount += group.headcount();
            weightedSum = weightedSum.add(gap.multiply(BigDecimal.valueOf(group.headcount())));
            valid.add(new RateGapScore.ValidGroup(group.categorie(), group.femmes(), group.hommes(), gap, BigDecimal.ZERO));
        }
        if (total == 0 || validHeadcount * 5 < total * 2) {
            return Indicator.notCalculable("valid categories (at least 10 women and 10 men) hold " + validHeadcount
                    + " of " + total + " employees, under the 40% required");
        }
        BigDecimal n = BigDecimal.valueOf(validHeadcount);
        List<RateGapScore.ValidGroup> weighted = valid.stream().map(g -> new RateGapScore.ValidGroup(g.categorie(),
                g.femmes(), g.hommes(), g.gap(), BigDecimal.valueOf((long) g.femmes() + g.hommes()).divide(n, PRECISION))).toList();
        BigDecimal ecart = weightedSum.abs().divide(n, 1, RoundingMode.HALF_UP);
        Favorable favorable = favorable(weightedSum, ecart);
        boolean correction = corrects(payFavours, favorable);
        int note = correction ? max : points(table, ecart);
        return Indicator.of(new RateGapScore(ecart, note, max, favorable, correction,
                new RateGapScore.Explanation(total, validHeadcount, weighted, excluded, weightedSum.divide(n, PRECISION))));
    }

    // Indicator 2et3.

    static Indicator<RaisesAndPromotionsScore> raisesAndPromotions(Optional<RaiseCounts> section,
                                                                   Optional<Favorable> payFavours) {
        if (section.isEmpty()) {
            return Indicator.notCalculable("declared not calculable (no raise in the period)");
        }
        RaiseCounts c = section.get();
        if (c.femmes() < RAISE_AND_PROMOTION_MINIMUM || c.hommes() < RAISE_AND_PROMOTION_MINIMUM) {
            return Indicator.notCalculable("fewer than " + RAISE_AND_PROMOTION_MINIMUM + " women or fewer than "
                    + RAISE_AND_PROMOTION_MINIMUM + " men (" + c.femmes() + " women, " + c.hommes() + " men)");
        }
        // raw = rateH − rateF = (nH × F − nF × H) / (H × F), kept as an exact fraction.
        BigDecimal numerator = BigDecimal.valueOf((long) c.nombreHommesAugmentes() * c.femmes()
                - (long) c.nombreFemmesAugmentees() * c.hommes());
        BigDecimal denominator = BigDecimal.valueOf((long) c.hommes() * c.femmes());
        BigDecimal ecart = numerator.abs().multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
        BigDecimal ecartNombre = numerator.abs().multiply(BigDecimal.valueOf(Math.min(c.femmes(), c.hommes())))
                .divide(denominator, 1, RoundingMode.HALF_UP);
        // Unlike indicators 1–3, favorable follows the unrounded sign: égalité only when exactly 0.
        Favorable favorable = numerator.signum() > 0 ? Favorable.HOMMES
                : numerator.signum() < 0 ? Favorable.FEMMES : Favorable.EGALITE;
        int byRate = points(RAISE_AND_PROMOTION_POINTS, ecart);
        int byCount = points(RAISE_AND_PROMOTION_POINTS, ecartNombre);
        boolean correction = corrects(payFavours, favorable);
        int note = correction ? RaisesAndPromotionsScore.MAX : Math.max(byRate, byCount);
        return Indicator.of(new RaisesAndPromotionsScore(ecart, ecartNombre, byRate, byCount, note, favorable, correction,
                numerator.divide(denominator, PRECISION)));
    }

    // Indicator 4.

    static Indicator<MaternityScore> maternity(EgaproInput input) {
        if (input.congesMaternite().isEmpty()) {
            return Indicator.notCalculable("declared not calculable (no raise during the leaves)");
        }
        EgaproInput.MaternityReturns m = input.congesMaternite().get();
        if (m.retours() == 0) {
            return Indicator.notCalculable("no return from maternity or adoption leave in the period");
        }
        BigDecimal resultat = BigDecimal.valueOf(m.augmenteesAuRetour() * 100L)
                .divide(BigDecimal.valueOf(m.retours()), 1, RoundingMode.HALF_UP);
        int note = m.augmenteesAuRetour() == m.retours() ? MaternityScore.MAX : 0;
        return Indicator.of(new MaternityScore(resultat, note, m.retours(), m.augmenteesAuRetour()));
    }

    // Indicator 5.

    static Indicator<TopEarnersScore> topEarners(EgaproInput.TopEarners top) {
        int resultat = Math.min(top.femmes(), top.hommes());
        int note = resultat <= 1 ? 0 : resultat <= 3 ? 5 : TopEarnersScore.MAX;
        Favorable favorable = top.femmes() > top.hommes() ? Favorable.FEMMES
                : top.hommes() > top.femmes() ? Favorable.HOMMES : Favorable.EGALITE;
        return Indicator.of(new TopEarnersScore(resultat, note, favorable, top.femmes(), top.hommes()));
    }

    /** The consistency checks of an input, each naming the JSON path it is about. */
    static final class EgaproInputCheck {
        private EgaproInputCheck() {
        }

        static void check(EgaproInput input) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < input.remunerations().size(); i++) {
                PayGroup g = input.remunerations().get(i);
                String at = "remunerations[" + i + "]";
                nonNegative(at + ".femmes", g.femmes());
                nonNegative(at + ".hommes", g.hommes());
                if (input.modaliteRemunerations() == Modalite.CSP && Csp.parse(g.categorie()).isEmpty()) {
                    throw new EgaproInputException(at + ".categorie", "'" + g.categorie()
                            + "' is not a CSP (ouv, emp, tam, ic) as modaliteRemunerations 'csp' requires");
                }
                if (!seen.add(g.categorie() + "|" + g.trancheAge())) {
                    throw new EgaproInputException(at, "group " + g.categorie() + " " + g.trancheAge().code() + " appears twice");
                }
                if (g.femmes() >= PAY_GROUP_MINIMUM && g.hommes() >= PAY_GROUP_MINIMUM) {
                    BigDecimal women = g.remunerationMoyenneFemmes().orElseThrow(() -> new EgaproInputException(
                            at + ".remunerationMoyenneFemmes", "a valid group (at least 3 women and 3 men) needs both averages"));
                    BigDecimal men = g.remunerationMoyenneHommes().orElseThrow(() -> new EgaproInputException(
                            at + ".remunerationMoyenneHommes", "a valid group (at least 3 women and 3 men) needs both averages"));
                    if (women.signum() < 0) {
                        throw new EgaproInputException(at + ".remunerationMoyenneFemmes", "must be 0 or more");
                    }
                    if (men.signum() <= 0) {
                        throw new EgaproInputException(at + ".remunerationMoyenneHommes", "must be more than 0");
                    }
                }
            }
            input.augmentations().ifPresent(groups -> checkRates("augmentations", groups));
            input.promotions().ifPresent(groups -> checkRates("promotions", groups));
            input.augmentationsEtPromotions().ifPresent(c -> {
                nonNegative("augmentationsEtPromotions.femmes", c.femmes());
                nonNegative("augmentationsEtPromotions.hommes", c.hommes());
                within("augmentationsEtPromotions.nombreFemmesAugmentees", c.nombreFemmesAugmentees(), c.femmes(), "femmes");
                within("augmentationsEtPromotions.nombreHommesAugmentes", c.nombreHommesAugmentes(), c.hommes(), "hommes");
            });
            input.congesMaternite().ifPresent(m -> {
                nonNegative("congesMaternite.retours", m.retours());
                within("congesMaternite.augmenteesAuRetour", m.augmenteesAuRetour(), m.retours(), "retours");
            });
            EgaproInput.TopEarners top = input.hautesRemunerations();
            nonNegative("hautesRemunerations.femmes", top.femmes());
            nonNegative("hautesRemunerations.hommes", top.hommes());
            if (top.femmes() + top.hommes() != 10) {
                throw new EgaproInputException("hautesRemunerations", "femmes + hommes must be 10, the 10 highest earners (was "
                        + (top.femmes() + top.hommes()) + ")");
            }
        }

        private static void checkRates(String section, List<RateGroup> groups) {
            Set<Csp> seen = new HashSet<>();
            for (int i = 0; i < groups.size(); i++) {
                RateGroup g = groups.get(i);
                String at = section + "[" + i + "]";
                nonNegative(at + ".femmes", g.femmes());
                nonNegative(at + ".hommes", g.hommes());
                percent(at + ".tauxFemmes", g.tauxFemmes());
                percent(at + ".tauxHommes", g.tauxHommes());
                if (!seen.add(g.categorie())) {
                    throw new EgaproInputException(at + ".categorie", "CSP " + g.categorie().code() + " appears twice");
                }
            }
        }

        private static void nonNegative(String path, long value) {
            if (value < 0) {
                throw new EgaproInputException(path, "a count must be 0 or more (was " + value + ")");
            }
        }

        private static void within(String path, long value, long bound, String boundName) {
            nonNegative(path, value);
            if (value > bound) {
                throw new EgaproInputException(path, "must not exceed " + boundName + " (" + value + " > " + bound + ")");
            }
        }

        private static void percent(String path, BigDecimal value) {
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                throw new EgaproInputException(path, "a rate is a percentage from 0 to 100 (was " + value.toPlainString() + ")");
            }
        }
    }
}

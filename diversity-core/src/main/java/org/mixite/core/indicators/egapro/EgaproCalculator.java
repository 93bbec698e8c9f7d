package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.EgaproInput.MaternityReturns;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput.RaisesAndPromotions;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;
import org.mixite.core.indicators.egapro.EgaproInput.TopEarners;

/**
 * Computes the Egapro index from its aggregated input with every rule of egapro.md §3.
 *
 * <p>Arithmetic is exact. Each official figure is a fraction of exact decimals (sums and
 * products of the input), and the one official rounding, {@code round1} (one decimal, half
 * away from zero, applied to a non-negative value), is a single correctly rounded division of
 * that fraction's numerator by its denominator. The index itself is one half-up division.
 * The explanation's per-group figures are shown at 34 significant digits and are not used for
 * the scores.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproCalculator {

    /** Indicator 1: a group is valid with at least 3 women and 3 men. */
    public static final int PAY_GROUP_MINIMUM = 3;
    /** Indicators 2 and 3: a CSP is valid with at least 10 women and 10 men. */
    public static final int RATE_GROUP_MINIMUM = 10;
    /** Indicator 2et3: calculable with at least 5 women and 5 men. */
    public static final int RAISES_AND_PROMOTIONS_MINIMUM = 5;
    /** Below this maximum the index is not calculable. */
    public static final int INDEX_MINIMUM_POINTS_MAX = 75;

    private static final MathContext DISPLAY = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EgaproCalculator() {
    }

    /**
     * Validates and computes.
     *
     * @throws EgaproInputException naming the JSON path of the first problem of the input
     */
    public static EgaproResult compute(EgaproInput input) {
        EgaproInputValidator.validate(input);
        var pay = payGap(input.modaliteRemunerations(), input.remunerations());
        Optional<Favorable> disfavoured = correctionTrigger(pay);
        Optional<Indicator<RateGapScore, GroupedGapExplanation>> raises = Optional.empty();
        Optional<Indicator<RateGapScore, GroupedGapExplanation>> promotions = Optional.empty();
        Optional<Indicator<RaisesAndPromotionsScore, RaisesAndPromotionsExplanation>> both = Optional.empty();
        if (input.tranche().isSmall()) {
            both = Optional.of(raisesAndPromotions(input.augmentationsEtPromotions(), disfavoured));
        } else {
            raises = Optional.of(rateGap(input.augmentations(), PointsTable.RAISES, disfavoured));
            promotions = Optional.of(rateGap(input.promotions(), PointsTable.PROMOTIONS, disfavoured));
        }
        var maternity = maternity(input.congesMaternite());
        var top = topEarners(input.hautesRemunerations());

        List<Indicator<?, ?>> all = new ArrayList<>();
        all.add(pay);
        raises.ifPresent(all::add);
        promotions.ifPresent(all::add);
        both.ifPresent(all::add);
        all.add(maternity);
        all.add(top);
        int points = all.stream().mapToInt(Indicator::points).sum();
        int pointsMax = all.stream().mapToInt(Indicator::pointsMax).sum();
        Optional<Integer> index = index(points, pointsMax);
        return new EgaproResult(input.tranche(), pay, raises, promotions, both, maternity, top, points, pointsMax,
                index, obligations(index));
    }

    /** {@code round(points × 100 / pointsMax)}, half up; empty when {@code pointsMax < 75}. */
    static Optional<Integer> index(int points, int pointsMax) {
        if (pointsMax < INDEX_MINIMUM_POINTS_MAX) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(points * 100L)
                .divide(BigDecimal.valueOf(pointsMax), 0, RoundingMode.HALF_UP).intValueExact());
    }

    static List<Obligation> obligations(Optional<Integer> index) {
        List<Obligation> list = new ArrayList<>();
        list.add(Obligation.PUBLICATION);
        if (index.isPresent() && index.get() < 85) {
            list.add(Obligation.PROGRESS_OBJECTIVES);
        }
        if (index.isPresent() && index.get() < 75) {
            list.add(Obligation.CORRECTIVE_MEASURES);
        }
        return list;
    }

    /**
     * The correction-measure rule's trigger: when indicator 1 is calculable and scores below 40,
     * the sex it favours. An indicator 2, 3 or 2et3 that favours the other sex gets full points.
     */
    private static Optional<Favorable> correctionTrigger(Indicator<PayGapScore, GroupedGapExplanation> pay) {
        return pay.computed().filter(s -> s.note() < PayGapScore.MAX).map(PayGapScore::favorable);
    }

    private static boolean corrects(Favorable favorable, Optional<Favorable> payFavours) {
        return favorable != Favorable.EGALITE && payFavours.isPresent() && payFavours.get() == favorable.opposite();
    }

    // ---- indicator 1 -------------------------------------------------------------------

    /**
     * Indicator 1 alone, from its groups (for what-if simulations that change pay and nothing
     * else); {@link #compute} gives the same indicator as part of the index.
     */
    public static Indicator<PayGapScore, GroupedGapExplanation> payGap(Modalite modalite, List<PayGroup> groups) {
        BigDecimal t = modalite.pertinenceThreshold();
        List<PayGroup> valid = new ArrayList<>();
        List<ExcludedGroup> excluded = new ArrayList<>();
        int validHeadcount = 0;
        int totalHeadcount = 0;
        for (PayGroup g : groups) {
            totalHeadcount += g.effectif();
            if (g.femmes() >= PAY_GROUP_MINIMUM && g.hommes() >= PAY_GROUP_MINIMUM) {
                valid.add(g);
                validHeadcount += g.effectif();
            } else if (g.effectif() > 0) {
                excluded.add(new ExcludedGroup(g.categorie(), Optional.of(g.trancheAge()), g.femmes(), g.hommes(),
                        PAY_GROUP_MINIMUM));
            }
        }
        // weighted = Σ n_i × adjusted_i / N, kept as the exact fraction p / (q × N). Averages derived from
        // records (a sum of pay / a headcount) are taken as that exact fraction (see exactMean).
        BigInteger p = BigInteger.ZERO;
        BigInteger q = BigInteger.ONE;
        BigInteger threshold = t.toBigIntegerExact();
        BigDecimal n = BigDecimal.valueOf(validHeadcount);
        List<GroupGap> details = new ArrayList<>();
        boolean calculable = calculable(validHeadcount, totalHeadcount);
        for (PayGroup g : valid) {
            if (!calculable && !hasAverages(g)) {
                continue; // egapro.md §4: averages may be missing when indicator 1 is not calculable
            }
            BigInteger[] women = exactMean(g.remunerationMoyenneFemmes().orElseThrow(), g.femmes());
            BigInteger[] men = exactMean(g.remunerationMoyenneHommes().orElseThrow(), g.hommes());
            // gap × 100 = (M − W) / M × 100 = a / b with a = (mN·wD − wN·mD) × 100, b = mN·wD > 0
            BigInteger b = men[0].multiply(women[1]);
            BigInteger a = b.subtract(women[0].multiply(men[1])).multiply(BigInteger.valueOf(100));
            BigInteger tb = threshold.multiply(b);
            BigInteger adjusted = a.compareTo(tb) > 0 ? a.subtract(tb) : a.compareTo(tb.negate()) < 0 ? a.add(tb) : BigInteger.ZERO;
            BigInteger size = BigInteger.valueOf(g.effectif());
            if (adjusted.signum() != 0) {
                p = p.multiply(b).add(size.multiply(adjusted).multiply(q));
                q = q.multiply(b);
            }
            details.add(new GroupGap(g.categorie(), Optional.of(g.trancheAge()), g.femmes(), g.hommes(),
                    BigDecimal.valueOf(g.effectif()).divide(n, DISPLAY), new BigDecimal(a).divide(new BigDecimal(b), DISPLAY),
                    new BigDecimal(adjusted).divide(new BigDecimal(b), DISPLAY)));
        }
        if (!calculable) {
            return new Indicator.NotCalculable<>(NotCalculableReason.VALID_HEADCOUNT_BELOW_40_PERCENT,
                    Optional.of(new GroupedGapExplanation(Optional.of(t), details, excluded, validHeadcount,
                            totalHeadcount, Optional.empty())));
        }
        BigDecimal denominator = new BigDecimal(q).multiply(n);
        BigDecimal ecart = round1(new BigDecimal(p.abs()), denominator);
        Favorable favorable = ecart.signum() == 0 ? Favorable.EGALITE : Favorable.ofSign(p.signum());
        var explanation = new GroupedGapExplanation(Optional.of(t), details, excluded, validHeadcount, totalHeadcount,
                Optional.of(new BigDecimal(p).divide(denominator, DISPLAY)));
        return new Indicator.Computed<>(new PayGapScore(ecart, favorable, PointsTable.PAY_GAP.points(ecart)), explanation);
    }

    /** Both averages given, the men's above 0 (the gap divides by it). */
    private static boolean hasAverages(PayGroup g) {
        return g.remunerationMoyenneFemmes().isPresent() && g.remunerationMoyenneHommes().filter(m -> m.signum() > 0).isPresent();
    }

    /** Indicator 1's 40% rule over these groups (egapro.md §3): the headcount of valid groups is at least 40% of all. */
    static boolean payGapCalculable(List<PayGroup> groups) {
        long valid = 0;
        long total = 0;
        for (PayGroup g : groups) {
            total += g.effectif();
            if (g.femmes() >= PAY_GROUP_MINIMUM && g.hommes() >= PAY_GROUP_MINIMUM) {
                valid += g.effectif();
            }
        }
        return calculable(valid, total);
    }

    /** The 40% rule: valid headcount / total headcount ≥ 40%, in integers. */
    private static boolean calculable(long validHeadcount, long totalHeadcount) {
        return totalHeadcount > 0 && validHeadcount * 5 >= totalHeadcount * 2;
    }

    /** {@code round1(numerator / denominator)} for non-negative values: half away from zero. */
    static BigDecimal round1(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 1, RoundingMode.HALF_UP);
    }

    // ---- indicators 2 and 3 ------------------------------------------------------------

    static Indicator<RateGapScore, GroupedGapExplanation> rateGap(Declaration<List<RateGroup>> declaration,
            PointsTable table, Optional<Favorable> payFavours) {
        if (!(declaration instanceof Declaration.Declared<List<RateGroup>> declared)) {
            return new Indicator.NotCalculable<>(NotCalculableReason.DECLARED_NOT_CALCULABLE, Optional.empty());
        }
        List<RateGroup> valid = new ArrayList<>();
        List<ExcludedGroup> excluded = new ArrayList<>();
        int validHeadcount = 0;
        int totalHeadcount = 0;
        boolean any = false;
        for (RateGroup g : declared.value()) {
            totalHeadcount += g.effectif();
            // as the official calculator: Σ rate × headcount over all groups, for either sex, is above 0
            any |= g.femmes() > 0 && g.tauxFemmes().map(r -> r.signum() > 0).orElse(false)
                    || g.hommes() > 0 && g.tauxHommes().map(r -> r.signum() > 0).orElse(false);
            if (g.femmes() >= RATE_GROUP_MINIMUM && g.hommes() >= RATE_GROUP_MINIMUM) {
                valid.add(g);
                validHeadcount += g.effectif();
            } else if (g.effectif() > 0) {
                excluded.add(new ExcludedGroup(g.categorie().code(), Optional.empty(), g.femmes(), g.hommes(),
                        RATE_GROUP_MINIMUM));
            }
        }
        BigDecimal n = BigDecimal.valueOf(validHeadcount);
        // weighted = Σ size × (rateMen − rateWomen) / N, kept as the exact fraction pNum / (pDen × N): a
        // rate derived from records (events × 100 / people) is taken as that exact fraction.
        BigInteger pNum = BigInteger.ZERO;
        BigInteger pDen = BigInteger.ONE;
        List<GroupGap> details = new ArrayList<>();
        for (RateGroup g : valid) {
            // egapro.md §4: a valid group's null rate counts as 0, as the official simulator does.
            BigInteger[] men = exactRate(g.tauxHommes().orElse(BigDecimal.ZERO), g.hommes());
            BigInteger[] women = exactRate(g.tauxFemmes().orElse(BigDecimal.ZERO), g.femmes());
            BigInteger gapNum = men[0].multiply(women[1]).subtract(women[0].multiply(men[1]));
            BigInteger gapDen = men[1].multiply(women[1]);
            BigInteger size = BigInteger.valueOf(g.effectif());
            pNum = pNum.multiply(gapDen).add(size.multiply(gapNum).multiply(pDen));
            pDen = pDen.multiply(gapDen);
            BigDecimal gap = new BigDecimal(gapNum).divide(new BigDecimal(gapDen), DISPLAY);
            details.add(new GroupGap(g.categorie().code(), Optional.empty(), g.femmes(), g.hommes(),
                    BigDecimal.valueOf(g.effectif()).divide(n, DISPLAY), gap, gap));
        }
        BigDecimal p = new BigDecimal(pNum).divide(new BigDecimal(pDen), DISPLAY); // for the explanation and the sign
        if (!calculable(validHeadcount, totalHeadcount) || !any) {
            // Also not calculable when no raise (promotion) occurred in the period, as the official
            // calculator does (SocialGouv/egapro calculIndicateurDeuxCalculable: Σ rate × headcount > 0).
            return new Indicator.NotCalculable<>(any ? NotCalculableReason.VALID_HEADCOUNT_BELOW_40_PERCENT
                    : NotCalculableReason.NONE_IN_PERIOD, Optional.of(new GroupedGapExplanation(Optional.empty(), details,
                    excluded, validHeadcount, totalHeadcount, Optional.empty())));
        }
        BigDecimal ecart = round1(new BigDecimal(pNum.abs()), new BigDecimal(pDen).multiply(n));
        Favorable favorable = ecart.signum() == 0 ? Favorable.EGALITE : Favorable.ofSign(pNum.signum());
        int tableNote = table.points(ecart);
        boolean correction = corrects(favorable, payFavours);
        var score = new RateGapScore(ecart, favorable, tableNote, correction ? table.max() : tableNote, table.max(),
                correction);
        return new Indicator.Computed<>(score, new GroupedGapExplanation(Optional.empty(), details, excluded,
                validHeadcount, totalHeadcount, Optional.of(p.divide(n, DISPLAY))));
    }

    /**
     * An average pay as an exact fraction {num, den}: the declared decimal as it is, unless it is,
     * to 25 decimals, a sum in cents divided by the group's headcount, as an average derived from
     * records of full-year full-timers is (a decimal cannot hold 100,000 / 3); then that fraction.
     */
    static BigInteger[] exactMean(BigDecimal mean, int people) {
        if (people > 0) {
            BigDecimal cents = mean.multiply(BigDecimal.valueOf(people)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal exact = cents.divide(BigDecimal.valueOf(people), DISPLAY);
            if (exact.subtract(mean).abs().compareTo(RATE_TOLERANCE) <= 0) {
                return new BigInteger[] {cents.unscaledValue(), BigInteger.valueOf(100L * people)};
            }
        }
        BigDecimal r = mean.stripTrailingZeros();
        return r.scale() <= 0 ? new BigInteger[] {r.toBigIntegerExact(), BigInteger.ONE}
                : new BigInteger[] {r.unscaledValue(), BigInteger.TEN.pow(r.scale())};
    }

    /**
     * A rate as an exact fraction {num, den}: the declared decimal as it is, unless it is, to 25
     * decimals, events × 100 / people for a whole number of events, as a rate derived from
     * records is (a decimal cannot hold 500/11 = 45.4545…); then that fraction.
     */
    static BigInteger[] exactRate(BigDecimal rate, int people) {
        if (people > 0) {
            BigInteger events = rate.multiply(BigDecimal.valueOf(people)).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                    .toBigIntegerExact();
            BigDecimal exact = new BigDecimal(events.multiply(BigInteger.valueOf(100)))
                    .divide(BigDecimal.valueOf(people), DISPLAY);
            if (exact.subtract(rate).abs().compareTo(RATE_TOLERANCE) <= 0) {
                return new BigInteger[] {events.multiply(BigInteger.valueOf(100)), BigInteger.valueOf(people)};
            }
        }
        BigDecimal r = rate.stripTrailingZeros();
        return r.scale() <= 0 ? new BigInteger[] {r.toBigIntegerExact(), BigInteger.ONE}
                : new BigInteger[] {r.unscaledValue(), BigInteger.TEN.pow(r.scale())};
    }

    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("1E-25");

    // ---- indicator 2et3 ----------------------------------------------------------------

    /**
     * Indicator 2et3 (egapro.md §3): calculable with at least 5 women and 5 men. "No raise in the
     * period" is declared by a {@code null} section, so a present section whose counts of people
     * raised are both 0 is calculable: raw 0, ecart 0.0, ecartNombre 0.0, 35 points, egalite.
     */
    static Indicator<RaisesAndPromotionsScore, RaisesAndPromotionsExplanation> raisesAndPromotions(
            Declaration<RaisesAndPromotions> declaration, Optional<Favorable> payFavours) {
        if (!(declaration instanceof Declaration.Declared<RaisesAndPromotions> declared)) {
            return new Indicator.NotCalculable<>(NotCalculableReason.DECLARED_NOT_CALCULABLE, Optional.empty());
        }
        RaisesAndPromotions r = declared.value();
        long women = r.femmes();
        long men = r.hommes();
        if (women < RAISES_AND_PROMOTIONS_MINIMUM || men < RAISES_AND_PROMOTIONS_MINIMUM) {
            return new Indicator.NotCalculable<>(NotCalculableReason.FEWER_THAN_5_WOMEN_OR_MEN, Optional.empty());
        }
        // raw = aH/H − aF/F = (aH × F − aF × H) / (H × F), exactly.
        BigDecimal d = BigDecimal.valueOf(r.nombreHommesAugmentes() * women - r.nombreFemmesAugmentees() * men);
        BigDecimal hf = BigDecimal.valueOf(women * men);
        BigDecimal ecart = round1(d.abs().multiply(HUNDRED), hf);
        BigDecimal ecartNombre = round1(d.abs().multiply(BigDecimal.valueOf(Math.min(women, men))), hf);
        Favorable favorable = Favorable.ofSign(d.signum()); // the unrounded raw's sign
        int notePourcentage = PointsTable.RAISES_AND_PROMOTIONS.points(ecart);
        int noteNombre = PointsTable.RAISES_AND_PROMOTIONS.points(ecartNombre);
        boolean correction = corrects(favorable, payFavours);
        int note = correction ? RaisesAndPromotionsScore.MAX : Math.max(notePourcentage, noteNombre);
        var explanation = new RaisesAndPromotionsExplanation(r.femmes(), r.hommes(), r.nombreFemmesAugmentees(),
                r.nombreHommesAugmentes(),
                BigDecimal.valueOf(r.nombreFemmesAugmentees()).divide(BigDecimal.valueOf(women), DISPLAY),
                BigDecimal.valueOf(r.nombreHommesAugmentes()).divide(BigDecimal.valueOf(men), DISPLAY),
                d.divide(hf, DISPLAY));
        return new Indicator.Computed<>(new RaisesAndPromotionsScore(ecart, ecartNombre, notePourcentage, noteNombre,
                note, favorable, correction), explanation);
    }

    // ---- indicators 4 and 5 ------------------------------------------------------------

    static Indicator<MaternityScore, MaternityReturns> maternity(Declaration<MaternityReturns> declaration) {
        if (!(declaration instanceof Declaration.Declared<MaternityReturns> declared)) {
            return new Indicator.NotCalculable<>(NotCalculableReason.DECLARED_NOT_CALCULABLE, Optional.empty());
        }
        MaternityReturns m = declared.value();
        if (m.retours() == 0) {
            return new Indicator.NotCalculable<>(NotCalculableReason.NO_MATERNITY_RETURN, Optional.of(m));
        }
        // egapro.md §4, "one decimal where rounded": a whole percentage is exact and written as an integer
        // (official example 31: 100); any other is round1 (66.7, and 1999/2000 = 99.95 → 100.0).
        long percentTimesRetours = m.augmenteesAuRetour() * 100L;
        BigDecimal resultat = percentTimesRetours % m.retours() == 0
                ? BigDecimal.valueOf(percentTimesRetours / m.retours())
                : round1(BigDecimal.valueOf(percentTimesRetours), BigDecimal.valueOf(m.retours()));
        int note = m.augmenteesAuRetour() == m.retours() ? MaternityScore.MAX : 0;
        return new Indicator.Computed<>(new MaternityScore(resultat, note), m);
    }

    static Indicator<TopEarnersScore, TopEarners> topEarners(TopEarners top) {
        int resultat = Math.min(top.femmes(), top.hommes());
        Favorable favorable = Favorable.ofSign(Integer.compare(top.hommes(), top.femmes()));
        int note = resultat >= 4 ? 10 : resultat >= 2 ? 5 : 0;
        return new Indicator.Computed<>(new TopEarnersScore(resultat, favorable, note), top);
    }
}

package org.mixite.core.indicators.egapro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mixite.core.indicators.egapro.Inputs.group;
import static org.mixite.core.indicators.egapro.Inputs.oneGroup;
import static org.mixite.core.indicators.egapro.Inputs.rate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** egapro.md §3, "Rules, exactly as the official calculator applies them": one test per rule. */
class EgaproRulesTest {

    private static PayGapScore payGap(EgaproInput input) {
        return EgaproCalculator.payGap(input).value().orElseThrow();
    }

    @Nested
    @DisplayName("§3 indicator 1, pay gap")
    class Indicator1 {

        @ParameterizedTest(name = "ecart {0} → {1} points")
        @CsvSource({"0.0,40", "0.1,39", "1.0,39", "1.1,38", "5.0,35", "5.1,34", "7.0,33", "7.1,31", "15.0,17", "15.1,14",
                "19.0,5", "19.1,2", "20.0,2", "20.1,0", "35.0,0"})
        @DisplayName("points by ceil(ecart), every boundary on both sides")
        void pointsTable(String ecart, int points) {
            assertThat(EgaproCalculator.points(EgaproCalculator.PAY_GAP_POINTS, new BigDecimal(ecart))).isEqualTo(points);
        }

        @Test
        @DisplayName("a group is valid with at least 3 women and 3 men")
        void groupValidity() {
            EgaproInput input = Inputs.small(List.of(
                    group("ic", AgeBand.UNDER_30, 3, 3, "100", "110"),
                    group("ouv", AgeBand.UNDER_30, 4, 4, "100", "100"),
                    group("emp", AgeBand.UNDER_30, 2, 3, null, null),
                    group("tam", AgeBand.UNDER_30, 3, 2, null, null)));
            PayGapScore score = payGap(input);
            assertThat(score.explanation().validGroups()).extracting(PayGapScore.ValidGroup::categorie).containsExactly("ic", "ouv");
            assertThat(score.explanation().excludedGroups()).extracting(ExcludedGroup::label).containsExactly("emp <30", "tam <30");
        }

        @Test
        @DisplayName("calculable when valid groups hold at least 40% of the headcount (exactly 40% counts)")
        void calculabilityAt40Percent() {
            // valid 4 + 6 = 10 people... of 25 in all = 40% exactly
            EgaproInput exactly40 = Inputs.small(List.of(group("ic", AgeBand.UNDER_30, 5, 5, "100", "100"),
                    group("emp", AgeBand.UNDER_30, 2, 13, null, null)));
            assertThat(EgaproCalculator.payGap(exactly40).calculable()).isTrue();
            // 10 of 26 = 38.5%
            EgaproInput under = Inputs.small(List.of(group("ic", AgeBand.UNDER_30, 5, 5, "100", "100"),
                    group("emp", AgeBand.UNDER_30, 2, 14, null, null)));
            assertThat(EgaproCalculator.payGap(under)).isInstanceOf(Indicator.NotCalculable.class);
            assertThat(((Indicator.NotCalculable<?>) EgaproCalculator.payGap(under)).reason()).contains("10 of 26");
        }

        @ParameterizedTest(name = "raw gap {0}% → {1} after the csp threshold of 5")
        @CsvSource({"10,5", "5,0", "4,0", "-4,0", "-5,0", "-10,-5"})
        @DisplayName("pertinence threshold 5 in csp mode moves each group's gap toward 0")
        void pertinenceThresholdCsp(String rawGap, String adjusted) {
            // men paid 100, women 100 − gap
            String women = new BigDecimal("100").subtract(new BigDecimal(rawGap)).toPlainString();
            PayGapScore score = payGap(Inputs.small(oneGroup(women, "100")));
            assertThat(score.explanation().validGroups().get(0).adjustedGap()).isEqualByComparingTo(adjusted);
        }

        @Test
        @DisplayName("pertinence threshold 2 in level modes")
        void pertinenceThresholdLevels() {
            EgaproInput input = new EgaproInput(Tranche.FROM_50_TO_250, Modalite.NIVEAU_BRANCHE,
                    List.of(group("N1", AgeBand.UNDER_30, 10, 10, "94", "100")), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), new EgaproInput.TopEarners(5, 5));
            assertThat(payGap(input).ecart()).isEqualByComparingTo("4.0");
        }

        @Test
        @DisplayName("groups are weighted by their share of the valid headcount")
        void weighting() {
            // gap 15 → 10 on 30 people; gap 9 → 4 on 10 people: (10×30 + 4×10) / 40 = 8.5
            EgaproInput input = Inputs.small(List.of(group("ic", AgeBand.UNDER_30, 15, 15, "85", "100"),
                    group("tam", AgeBand.UNDER_30, 5, 5, "91", "100")));
            PayGapScore score = payGap(input);
            assertThat(score.ecart()).isEqualByComparingTo("8.5");
            assertThat(score.note()).isEqualTo(29);
            assertThat(score.explanation().validGroups()).extracting(g -> g.weight().doubleValue()).containsExactly(0.75, 0.25);
        }

        @Test
        @DisplayName("round1 is half away from zero: 7.25 → 7.3 for men and for women")
        void roundHalfAwayFromZero() {
            PayGapScore men = payGap(Inputs.small(oneGroup("87.75", "100")));
            assertThat(men.ecart()).isEqualByComparingTo("7.3");
            assertThat(men.favorable()).isEqualTo(Favorable.HOMMES);
            PayGapScore women = payGap(Inputs.small(oneGroup("112.25", "100")));
            assertThat(women.ecart()).isEqualByComparingTo("7.3");
            assertThat(women.favorable()).isEqualTo(Favorable.FEMMES);
        }

        @Test
        @DisplayName("favorable is egalite when ecart rounds to 0.0, whatever the sign")
        void egaliteAtZero() {
            PayGapScore score = payGap(Inputs.small(oneGroup("94.96", "100"))); // 5.04 − 5 = 0.04
            assertThat(score.ecart()).isEqualByComparingTo("0.0");
            assertThat(score.favorable()).isEqualTo(Favorable.EGALITE);
            assertThat(score.note()).isEqualTo(40);
        }

        @Test
        @DisplayName("a gap of exactly 5.0 scores 35, and 5.1 scores 34")
        void exactly5Versus51() {
            assertThat(payGap(Inputs.small(oneGroup("90", "100"))).note()).isEqualTo(35); // 10 − 5 = 5.0
            assertThat(payGap(Inputs.small(oneGroup("89.9", "100"))).note()).isEqualTo(34); // 10.1 − 5 = 5.1
        }
    }

    @Nested
    @DisplayName("§3 indicators 2 and 3, raises and promotions (251+)")
    class Indicators2And3 {

        private final Optional<Favorable> noCorrection = Optional.empty();

        @ParameterizedTest(name = "ecart {0} → raises {1}, promotions {2}")
        @CsvSource({"0.0,20,15", "2.0,20,15", "2.1,10,10", "5.0,10,10", "5.1,5,5", "10.0,5,5", "10.1,0,0"})
        @DisplayName("points tables at every boundary")
        void pointsTables(String ecart, int raises, int promotions) {
            assertThat(EgaproCalculator.points(EgaproCalculator.RAISE_POINTS, new BigDecimal(ecart))).isEqualTo(raises);
            assertThat(EgaproCalculator.points(EgaproCalculator.PROMOTION_POINTS, new BigDecimal(ecart))).isEqualTo(promotions);
        }

        @Test
        @DisplayName("a CSP is valid with at least 10 women and 10 men; gaps weighted by headcount; no threshold")
        void validityAndWeighting() {
            List<EgaproInput.RateGroup> groups = List.of(rate(Csp.OUV, 30, 30, "10", "14"), rate(Csp.IC, 10, 10, "20", "18"),
                    rate(Csp.EMP, 9, 40, "0", "50"));
            RateGapScore score = EgaproCalculator.rateGap(Optional.of(groups), EgaproCalculator.RAISE_POINTS, 20, noCorrection, "raises")
                    .value().orElseThrow();
            // (4 × 60 + (−2) × 20) / 80 = 2.5; EMP excluded (9 women); valid 80 of 129 ≥ 40%
            assertThat(score.ecart()).isEqualByComparingTo("2.5");
            assertThat(score.favorable()).isEqualTo(Favorable.HOMMES);
            assertThat(score.note()).isEqualTo(10);
            assertThat(score.explanation().excludedGroups()).extracting(ExcludedGroup::label).containsExactly("emp");
        }

        @Test
        @DisplayName("not calculable under 40% of the headcount in valid CSPs, or when declared null")
        void notCalculable() {
            List<EgaproInput.RateGroup> groups = List.of(rate(Csp.OUV, 10, 10, "10", "14"), rate(Csp.EMP, 9, 40, "0", "50"));
            assertThat(EgaproCalculator.rateGap(Optional.of(groups), EgaproCalculator.RAISE_POINTS, 20, noCorrection, "raises").calculable()).isFalse();
            assertThat(EgaproCalculator.rateGap(Optional.empty(), EgaproCalculator.RAISE_POINTS, 20, noCorrection, "raises").calculable()).isFalse();
        }

        @Test
        @DisplayName("correction-measure rule: indicator 1 under 40 favouring men, raises favouring women → full points")
        void correctionRule() {
            List<EgaproInput.RateGroup> favoursWomen = List.of(rate(Csp.OUV, 30, 30, "40", "20"));
            RateGapScore corrected = EgaproCalculator.rateGap(Optional.of(favoursWomen), EgaproCalculator.RAISE_POINTS, 20,
                    Optional.of(Favorable.HOMMES), "raises").value().orElseThrow();
            assertThat(corrected.note()).isEqualTo(20);
            assertThat(corrected.correction()).isTrue();
            RateGapScore same = EgaproCalculator.rateGap(Optional.of(favoursWomen), EgaproCalculator.RAISE_POINTS, 20,
                    Optional.of(Favorable.FEMMES), "raises").value().orElseThrow();
            assertThat(same.note()).isZero();
            assertThat(same.correction()).isFalse();
            RateGapScore promotions = EgaproCalculator.rateGap(Optional.of(favoursWomen), EgaproCalculator.PROMOTION_POINTS, 15,
                    Optional.of(Favorable.HOMMES), "promotions").value().orElseThrow();
            assertThat(promotions.note()).isEqualTo(15);
        }

        @Test
        @DisplayName("correction-measure rule needs indicator 1 calculable and under 40")
        void noCorrectionWhenPayScoresFull() {
            EgaproInput input = Inputs.large(oneGroup("100", "100"), Optional.of(List.of(rate(Csp.OUV, 30, 30, "40", "20"))),
                    Optional.of(List.of(rate(Csp.OUV, 30, 30, "10", "10"))), Optional.empty(), new EgaproInput.TopEarners(5, 5));
            EgaproResult result = EgaproCalculator.compute(input);
            assertThat(result.remunerations().points()).isEqualTo(40);
            assertThat(result.augmentations().orElseThrow().value().orElseThrow().correction()).isFalse();
            assertThat(result.augmentations().orElseThrow().points()).isZero();
        }
    }

    @Nested
    @DisplayName("§3 indicator 2et3 (50–250)")
    class Indicator2et3 {

        private Indicator<RaisesAndPromotionsScore> compute(int women, int men, int raisedWomen, int raisedMen, Optional<Favorable> pay) {
            return EgaproCalculator.raisesAndPromotions(Optional.of(new EgaproInput.RaiseCounts(women, men, raisedWomen, raisedMen)), pay);
        }

        @Test
        @DisplayName("calculable with at least 5 women and 5 men")
        void minimum() {
            assertThat(compute(4, 20, 1, 5, Optional.empty()).calculable()).isFalse();
            assertThat(compute(5, 5, 1, 1, Optional.empty()).calculable()).isTrue();
            assertThat(EgaproCalculator.raisesAndPromotions(Optional.empty(), Optional.empty()).calculable()).isFalse();
        }

        @Test
        @DisplayName("both methods are scored and the better one kept")
        void rateAndNumberMethods() {
            // rateF = 10/40 = 25%, rateH = 30/60 = 50%: 25 points of gap → 0; number: 0.25 × 40 = 10.0 → 15
            RaisesAndPromotionsScore s = compute(40, 60, 10, 30, Optional.empty()).value().orElseThrow();
            assertThat(s.ecart()).isEqualByComparingTo("25.0");
            assertThat(s.ecartNombre()).isEqualByComparingTo("10.0");
            assertThat(s.notePourcentage()).isZero();
            assertThat(s.noteNombre()).isEqualTo(15);
            assertThat(s.note()).isEqualTo(15);
        }

        @Test
        @DisplayName("favorable follows the unrounded sign: égalité only when the raw gap is exactly 0")
        void favorableUnrounded() {
            // rateH − rateF = 501/1000 − 500/1000 = 0.1 pt → ecart 0.1; tiny but not égalité
            RaisesAndPromotionsScore tiny = compute(1000, 1000, 500, 501, Optional.empty()).value().orElseThrow();
            assertThat(tiny.favorable()).isEqualTo(Favorable.HOMMES);
            // 10001 men: rate difference 0.0000499…, ecart 0.0, still 'hommes'
            RaisesAndPromotionsScore rounded = compute(10000, 10001, 5000, 5001, Optional.empty()).value().orElseThrow();
            assertThat(rounded.ecart()).isEqualByComparingTo("0.0");
            assertThat(rounded.favorable()).isEqualTo(Favorable.HOMMES);
            assertThat(compute(10, 20, 5, 10, Optional.empty()).value().orElseThrow().favorable()).isEqualTo(Favorable.EGALITE);
        }

        @ParameterizedTest(name = "ecart {0} → {1}")
        @CsvSource({"2.0,35", "2.1,25", "5.0,25", "5.1,15", "10.0,15", "10.1,0"})
        @DisplayName("points table at every boundary")
        void pointsTable(String ecart, int points) {
            assertThat(EgaproCalculator.points(EgaproCalculator.RAISE_AND_PROMOTION_POINTS, new BigDecimal(ecart))).isEqualTo(points);
        }

        @Test
        @DisplayName("correction-measure rule gives 35 with correction true")
        void correction() {
            RaisesAndPromotionsScore s = compute(40, 60, 30, 10, Optional.of(Favorable.HOMMES)).value().orElseThrow();
            assertThat(s.favorable()).isEqualTo(Favorable.FEMMES);
            assertThat(s.note()).isEqualTo(35);
            assertThat(s.correction()).isTrue();
        }
    }

    @Nested
    @DisplayName("§3 indicators 4 and 5")
    class Indicators4And5 {

        private EgaproInput withMaternity(Optional<EgaproInput.MaternityReturns> m) {
            return new EgaproInput(Tranche.FROM_50_TO_250, Modalite.CSP, oneGroup("100", "100"), Optional.empty(), Optional.empty(),
                    Optional.empty(), m, new EgaproInput.TopEarners(5, 5));
        }

        @Test
        @DisplayName("indicator 4: 100% → 15 points, anything else → 0, no return or null → not calculable")
        void maternity() {
            assertThat(EgaproCalculator.maternity(withMaternity(Optional.of(new EgaproInput.MaternityReturns(4, 4)))).points()).isEqualTo(15);
            Indicator<MaternityScore> partial = EgaproCalculator.maternity(withMaternity(Optional.of(new EgaproInput.MaternityReturns(3, 2))));
            assertThat(partial.points()).isZero();
            assertThat(partial.value().orElseThrow().resultat()).isEqualByComparingTo("66.7");
            assertThat(EgaproCalculator.maternity(withMaternity(Optional.of(new EgaproInput.MaternityReturns(0, 0)))).calculable()).isFalse();
            assertThat(EgaproCalculator.maternity(withMaternity(Optional.empty())).calculable()).isFalse();
        }

        @ParameterizedTest(name = "{0} women, {1} men → {2} points, {3}")
        @CsvSource({"0,10,0,HOMMES", "1,9,0,HOMMES", "2,8,5,HOMMES", "3,7,5,HOMMES", "4,6,10,HOMMES", "5,5,10,EGALITE",
                "6,4,10,FEMMES", "8,2,5,FEMMES", "10,0,0,FEMMES"})
        @DisplayName("indicator 5: 0–1 → 0, 2–3 → 5, 4–5 → 10; favorable is the majority sex")
        void topEarners(int women, int men, int points, Favorable favorable) {
            TopEarnersScore s = EgaproCalculator.topEarners(new EgaproInput.TopEarners(women, men)).value().orElseThrow();
            assertThat(s.note()).isEqualTo(points);
            assertThat(s.favorable()).isEqualTo(favorable);
            assertThat(s.resultat()).isEqualTo(Math.min(women, men));
        }
    }

    @Nested
    @DisplayName("§3 the index")
    class Index {

        @Test
        @DisplayName("normalised to 100 and rounded half up: 78 of 80 → 97.5 → 98")
        void halfUp() {
            // 251+, raises declared null: 40 + 15 + 15 + 10 = 80 at stake. Indicator 1: ecart 2.0 → 38.
            EgaproInput input = Inputs.large(oneGroup("93", "100"), Optional.empty(),
                    Optional.of(List.of(rate(Csp.OUV, 30, 30, "10", "10"))),
                    Optional.of(new EgaproInput.MaternityReturns(2, 2)), new EgaproInput.TopEarners(5, 5));
            EgaproResult result = EgaproCalculator.compute(input);
            assertThat(result.points()).isEqualTo(78);
            assertThat(result.pointsMax()).isEqualTo(80);
            assertThat(result.index()).hasValue(98);
        }

        @Test
        @DisplayName("not calculable when fewer than 75 points are at stake")
        void under75() {
            // 50–250, indicator 1 not calculable, 2et3 and 4 declared null: 10 at stake
            EgaproInput input = new EgaproInput(Tranche.FROM_50_TO_250, Modalite.CSP,
                    List.of(group("ic", AgeBand.UNDER_30, 1, 10, null, null)), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), new EgaproInput.TopEarners(5, 5));
            EgaproResult result = EgaproCalculator.compute(input);
            assertThat(result.pointsMax()).isEqualTo(10);
            assertThat(result.index()).isEmpty();
            assertThat(result.calculable()).isFalse();
            // 251+: 40 + 20 + 10 = 70 at stake (promotions and maternity null) → not calculable
            EgaproInput seventy = Inputs.large(oneGroup("100", "100"), Optional.of(List.of(rate(Csp.OUV, 30, 30, "10", "10"))),
                    Optional.empty(), Optional.empty(), new EgaproInput.TopEarners(5, 5));
            assertThat(EgaproCalculator.compute(seventy).pointsMax()).isEqualTo(70);
            assertThat(EgaproCalculator.compute(seventy).index()).isEmpty();
        }

        @Test
        @DisplayName("obligations: under 85 progress objectives, under 75 corrective measures")
        void obligations() {
            EgaproInput good = Inputs.small(oneGroup("100", "100"));
            assertThat(EgaproCalculator.compute(good).obligations()).containsExactly(EgaproResult.Obligation.PUBLISH_BY_1_MARCH);
            // indicator 1: gap 30 → 0 points; 2et3 35; top 10 → 45/85 = 53
            EgaproInput bad = Inputs.small(oneGroup("65", "100"));
            EgaproResult result = EgaproCalculator.compute(bad);
            assertThat(result.index()).hasValue(53);
            assertThat(result.obligations()).containsExactly(EgaproResult.Obligation.PUBLISH_BY_1_MARCH,
                    EgaproResult.Obligation.PROGRESS_OBJECTIVES, EgaproResult.Obligation.CORRECTIVE_MEASURES);
        }
    }
}

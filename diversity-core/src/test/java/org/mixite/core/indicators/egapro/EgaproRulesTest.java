package org.mixite.core.indicators.egapro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mixite.core.indicators.egapro.Inputs.d;
import static org.mixite.core.indicators.egapro.Inputs.large;
import static org.mixite.core.indicators.egapro.Inputs.neutralPay;
import static org.mixite.core.indicators.egapro.Inputs.oneGroup;
import static org.mixite.core.indicators.egapro.Inputs.pay;
import static org.mixite.core.indicators.egapro.Inputs.payFavouringMen;
import static org.mixite.core.indicators.egapro.Inputs.payFavouringWomen;
import static org.mixite.core.indicators.egapro.Inputs.rate;
import static org.mixite.core.indicators.egapro.Inputs.small;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mixite.core.indicators.egapro.EgaproInput.MaternityReturns;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput.RaisesAndPromotions;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;
import org.mixite.core.indicators.egapro.EgaproInput.TopEarners;

/** egapro.md §3, rule by rule. Expected figures are worked out by hand in the comments. */
class EgaproRulesTest {

    static PayGapScore payScore(EgaproInput input) {
        return EgaproCalculator.compute(input).remunerations().computed().orElseThrow();
    }

    static EgaproInput withPay(Modalite modalite, List<PayGroup> groups) {
        return small(modalite, groups, Declaration.notCalculable());
    }

    @Nested
    @DisplayName("Indicator 1: pay gap")
    class PayGap {

        @Test
        @DisplayName("§3.1.1 a group is valid with at least 3 women and 3 men")
        void groupValidityNeedsThreeWomenAndThreeMen() {
            var result = EgaproCalculator.compute(withPay(Modalite.CSP, List.of(
                    pay("ouv", AgeBand.UNDER_30, 3, 3, "100", "100"),
                    pay("emp", AgeBand.UNDER_30, 2, 3, null, null),
                    pay("tam", AgeBand.UNDER_30, 3, 2, null, null))));
            var explanation = result.remunerations().explanation().orElseThrow();
            assertThat(explanation.validGroups()).extracting(GroupGap::categorie).containsExactly("ouv");
            assertThat(explanation.excludedGroups()).extracting(ExcludedGroup::categorie, ExcludedGroup::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("emp", ExcludedGroup.Reason.TOO_FEW_WOMEN),
                            org.assertj.core.groups.Tuple.tuple("tam", ExcludedGroup.Reason.TOO_FEW_MEN));
            // valid 6 of 16 = 37.5% < 40%: not calculable
            assertThat(result.remunerations().calculable()).isFalse();
        }

        @Test
        @DisplayName("§3.1.2 calculable at exactly 40% of the headcount in valid groups, not at 39%")
        void calculableFromFortyPercentOfHeadcount() {
            // valid 20 + 20 = 40 of 100
            var at40 = withPay(Modalite.CSP, List.of(pay("ouv", AgeBand.UNDER_30, 20, 20, "100", "100"),
                    pay("emp", AgeBand.UNDER_30, 0, 60, null, null)));
            assertThat(EgaproCalculator.compute(at40).remunerations().calculable()).isTrue();
            // valid 20 + 19 = 39 of 100
            var at39 = withPay(Modalite.CSP, List.of(pay("ouv", AgeBand.UNDER_30, 20, 19, "100", "100"),
                    pay("emp", AgeBand.UNDER_30, 0, 61, null, null)));
            var nc = EgaproCalculator.compute(at39).remunerations();
            assertThat(nc).isInstanceOf(Indicator.NotCalculable.class);
            assertThat(((Indicator.NotCalculable<?, ?>) nc).reason()).isEqualTo(NotCalculableReason.VALID_HEADCOUNT_BELOW_40_PERCENT);
            assertThat(nc.explanation().orElseThrow().validHeadcount()).isEqualTo(39);
            assertThat(nc.explanation().orElseThrow().totalHeadcount()).isEqualTo(100);
        }

        @ParameterizedTest(name = "avg F {0}, avg M {1} → ecart {2}, {3}")
        @CsvSource({
                // gap = (M − F) / M × 100; threshold 5 in csp mode
                "94,     100, 1.0, hommes",   // 6 → 1
                "95,     100, 0.0, egalite",  // 5 → 0
                "106,    100, 1.0, femmes",   // −6 → −1
                "105,    100, 0.0, egalite",  // −5 → 0
                "94.96,  100, 0.0, egalite",  // 5.04 → 0.04 → 0.0: egalite whatever the sign
        })
        @DisplayName("§3.1.3 pertinence threshold 5 in csp mode, towards zero on both sides")
        void pertinenceThresholdCsp(String women, String men, String ecart, String favorable) {
            PayGapScore score = payScore(withPay(Modalite.CSP, oneGroup(women, men)));
            assertThat(score.ecart()).isEqualByComparingTo(ecart);
            assertThat(score.favorable().code()).isEqualTo(favorable);
        }

        @Test
        @DisplayName("§3.1.3 pertinence threshold 2 in niveau_branche and niveau_autre modes")
        void pertinenceThresholdLevels() {
            // gap 6% → 6 − 2 = 4.0 → ceil 4 → 36
            for (Modalite m : List.of(Modalite.NIVEAU_BRANCHE, Modalite.NIVEAU_AUTRE)) {
                PayGapScore score = payScore(withPay(m, List.of(pay("N1", AgeBand.FROM_40_TO_49, 5, 5, "94", "100"))));
                assertThat(score.ecart()).isEqualByComparingTo("4.0");
                assertThat(score.note()).isEqualTo(36);
            }
        }

        @Test
        @DisplayName("§3.1.1 level mode accepts level labels; csp mode rejects them")
        void levelLabelsOnlyInLevelModes() {
            var groups = List.of(pay("Coef 250", AgeBand.UNDER_30, 4, 4, "95", "100"),
                    pay("Coef 300", AgeBand.UNDER_30, 4, 4, "100", "100"));
            // level: gaps 5 → 3 and 0 → 0; weighted 3 × 8/16 = 1.5
            assertThat(payScore(withPay(Modalite.NIVEAU_AUTRE, groups)).ecart()).isEqualByComparingTo("1.5");
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(EgaproInputException.class,
                    () -> EgaproCalculator.compute(withPay(Modalite.CSP, groups))).path()).isEqualTo("remunerations[0].categorie");
        }

        @Test
        @DisplayName("§3.1.4 weighting by group headcount over the valid headcount")
        void weightingByValidHeadcount() {
            // A: 10 people, gap 9 → 4; B: 30 people, gap 7 → 2; C (not valid): 50 people, ignored in weights
            // weighted = (4 × 10 + 2 × 30) / 40 = 100 / 40 = 2.5 → 2.5, ceil 3 → 37
            PayGapScore score = payScore(withPay(Modalite.CSP, List.of(
                    pay("ouv", AgeBand.UNDER_30, 5, 5, "91", "100"),
                    pay("emp", AgeBand.UNDER_30, 15, 15, "93", "100"),
                    pay("tam", AgeBand.UNDER_30, 0, 50, null, null))));
            assertThat(score.ecart()).isEqualByComparingTo("2.5");
            assertThat(score.note()).isEqualTo(37);
        }

        @Test
        @DisplayName("§3 round1 rounds half away from zero: 2.25 → 2.3 on both sides")
        void round1HalfAwayFromZero() {
            // gap 7.25 → 2.25 → 2.3 (half-even would give 2.2)
            assertThat(payScore(withPay(Modalite.CSP, oneGroup("92.75", "100"))).ecart()).isEqualByComparingTo("2.3");
            // gap −7.25 → −2.25 → |…| 2.3, favours women
            PayGapScore women = payScore(withPay(Modalite.CSP, oneGroup("107.25", "100")));
            assertThat(women.ecart()).isEqualByComparingTo("2.3");
            assertThat(women.favorable()).isEqualTo(Favorable.FEMMES);
            // 2.2499…: gap 7.2499 → 2.2499 → 2.2
            assertThat(payScore(withPay(Modalite.CSP, oneGroup("92.7501", "100"))).ecart()).isEqualByComparingTo("2.2");
        }

        @Test
        @DisplayName("§3 round1 is applied once, to the exact weighted gap: non-terminating group gaps still give 2.25 → 2.3")
        void round1OnTheExactFraction() {
            // men 300 in three groups of 10; women 278, 278, 278.75 → gaps 22/3, 22/3, 85/12 %
            // → adjusted 7/3, 7/3, 25/12 → weighted (28 + 28 + 25) / 36 = 81/36 = 2.25 exactly → 2.3.
            // Dividing each group's gap to 34 digits first gives 2.2499…9 and 2.2.
            PayGapScore score = payScore(withPay(Modalite.CSP, List.of(
                    pay("ouv", AgeBand.UNDER_30, 5, 5, "278", "300"),
                    pay("emp", AgeBand.UNDER_30, 5, 5, "278", "300"),
                    pay("tam", AgeBand.UNDER_30, 5, 5, "278.75", "300"))));
            assertThat(score.ecart()).isEqualByComparingTo("2.3");
            assertThat(score.note()).isEqualTo(37);
        }

        @Test
        @DisplayName("§3.1.6 points table boundary: ecart exactly 5.0 → 35, 5.1 → 34")
        void pointsBoundaryThroughTheCalculator() {
            // gap 10 → 5.0 → ceil 5 → 35; gap 10.1 → 5.1 → ceil 6 → 34
            assertThat(payScore(withPay(Modalite.CSP, oneGroup("90", "100"))).note()).isEqualTo(35);
            assertThat(payScore(withPay(Modalite.CSP, oneGroup("89.9", "100"))).note()).isEqualTo(34);
        }

        @ParameterizedTest(name = "ecart {0} → {1}")
        @CsvSource({"0.0,40", "0.1,39", "1.0,39", "1.1,38", "2.0,38", "2.1,37", "3.0,37", "3.1,36", "4.0,36",
                "4.1,35", "5.0,35", "5.1,34", "6.0,34", "6.1,33", "7.0,33", "7.1,31", "8.0,31", "8.1,29", "9.0,29",
                "9.1,27", "10.0,27", "10.1,25", "11.0,25", "11.1,23", "12.0,23", "12.1,21", "13.0,21", "13.1,19",
                "14.0,19", "14.1,17", "15.0,17", "15.1,14", "16.0,14", "16.1,11", "17.0,11", "17.1,8", "18.0,8",
                "18.1,5", "19.0,5", "19.1,2", "20.0,2", "20.1,0", "21.0,0", "21.1,0", "99.9,0", "1000.0,0"})
        @DisplayName("§3.1.6 points table, every boundary on both sides")
        void payGapPointsTable(String ecart, int points) {
            assertThat(PointsTable.PAY_GAP.points(d(ecart))).isEqualTo(points);
        }
    }

    @Nested
    @DisplayName("Indicators 2 and 3: raises and promotions, 251+")
    class RatesGaps {

        final List<RateGroup> neutral = List.of(rate(Csp.OUV, 10, 10, "10", "10"));

        RateGapScore raises(List<PayGroup> pay, List<RateGroup> groups) {
            return EgaproCalculator.compute(large(pay, Declaration.of(groups), Declaration.of(neutral)))
                    .augmentations().orElseThrow().computed().orElseThrow();
        }

        RateGapScore promotions(List<PayGroup> pay, List<RateGroup> groups) {
            return EgaproCalculator.compute(large(pay, Declaration.of(neutral), Declaration.of(groups)))
                    .promotions().orElseThrow().computed().orElseThrow();
        }

        @Test
        @DisplayName("§3.2.1 a CSP is valid with at least 10 women and 10 men; calculable from 40% of the headcount")
        void validityAndFortyPercent() {
            // valid 10 + 10 = 20 of 50 = 40%: calculable; gap 12 − 10 = 2 weighted over the valid 20 → 2.0
            var groups = List.of(rate(Csp.OUV, 10, 10, "10", "12"), rate(Csp.EMP, 9, 21, "50", "0"));
            RateGapScore score = raises(neutralPay(), groups);
            assertThat(score.ecart()).isEqualByComparingTo("2.0");
            // valid 10 + 10 = 20 of 51: not calculable
            var below = List.of(rate(Csp.OUV, 10, 10, "10", "12"), rate(Csp.EMP, 9, 22, "50", "0"));
            var result = EgaproCalculator.compute(large(neutralPay(), Declaration.of(below), Declaration.of(neutral)));
            assertThat(result.augmentations().orElseThrow().calculable()).isFalse();
            assertThat(result.augmentations().orElseThrow().explanation().orElseThrow().excludedGroups())
                    .extracting(ExcludedGroup::reason).containsExactly(ExcludedGroup.Reason.TOO_FEW_WOMEN);
        }

        @Test
        @DisplayName("§3.2.2 weighted rate gap in points; §3.2.3 no pertinence threshold")
        void weightedRateGapWithoutThreshold() {
            // ouv 20 people gap +1; ic 60 people gap −3 → (20 − 180) / 80 = −2.0 → 2.0 femmes → 20
            RateGapScore score = raises(neutralPay(), List.of(rate(Csp.OUV, 10, 10, "5", "6"), rate(Csp.IC, 30, 30, "9", "6")));
            assertThat(score.ecart()).isEqualByComparingTo("2.0");
            assertThat(score.favorable()).isEqualTo(Favorable.FEMMES);
            // a 1-point gap stays 1.0 (indicator 1 would have cut it to 0)
            assertThat(raises(neutralPay(), List.of(rate(Csp.OUV, 10, 10, "5", "6"))).ecart()).isEqualByComparingTo("1.0");
        }

        @Test
        @DisplayName("§3.2.3 favorable is egalite at 0.0 whatever the sign")
        void egaliteAtZero() {
            // gap 0.04 → 0.0
            RateGapScore score = raises(neutralPay(), List.of(rate(Csp.OUV, 10, 10, "5", "5.04")));
            assertThat(score.ecart()).isEqualByComparingTo("0.0");
            assertThat(score.favorable()).isEqualTo(Favorable.EGALITE);
        }

        @ParameterizedTest(name = "ecart {0} → raises {1}, promotions {2}")
        @CsvSource({"0.0,20,15", "2.0,20,15", "2.1,10,10", "5.0,10,10", "5.1,5,5", "10.0,5,5", "10.1,0,0", "11.0,0,0", "12.5,0,0"})
        @DisplayName("§3.2.4 points tables of raises and promotions, every boundary on both sides")
        void rateTables(String ecart, int raises, int promotions) {
            assertThat(PointsTable.RAISES.points(d(ecart))).isEqualTo(raises);
            assertThat(PointsTable.PROMOTIONS.points(d(ecart))).isEqualTo(promotions);
            // and through the calculator: one CSP whose women rate is 50 − ecart... men 50
            var groups = List.of(rate(Csp.TAM, 10, 10, new BigDecimal("50").subtract(d(ecart)).toPlainString(), "50"));
            assertThat(raises(neutralPay(), groups).note()).isEqualTo(raises);
            assertThat(promotions(neutralPay(), groups).note()).isEqualTo(promotions);
        }

        @Test
        @DisplayName("§3.2.5 correction-measure rule: full points when the gap favours the sex indicator 1 disfavours")
        void correctionMeasureRule() {
            // indicator 1 favours men (35 < 40); raises favour women by 6 points → table 5, corrected to 20
            var favoursWomen = List.of(rate(Csp.OUV, 10, 10, "16", "10"));
            RateGapScore corrected = raises(payFavouringMen(), favoursWomen);
            assertThat(corrected.tableNote()).isEqualTo(5);
            assertThat(corrected.note()).isEqualTo(20);
            assertThat(corrected.correction()).isTrue();
            RateGapScore correctedPromotions = promotions(payFavouringMen(), favoursWomen);
            assertThat(correctedPromotions.note()).isEqualTo(15);
            assertThat(correctedPromotions.correction()).isTrue();
            // same sex as indicator 1: no correction
            RateGapScore same = raises(payFavouringWomen(), favoursWomen);
            assertThat(same.note()).isEqualTo(5);
            assertThat(same.correction()).isFalse();
            // indicator 1 at 40 points: no correction
            assertThat(raises(neutralPay(), favoursWomen).correction()).isFalse();
            // indicator 1 not calculable: no correction
            var ncPay = List.of(pay("ouv", AgeBand.UNDER_30, 1, 10, null, null));
            assertThat(raises(ncPay, favoursWomen).correction()).isFalse();
            // egalite never triggers it
            assertThat(raises(payFavouringMen(), List.of(rate(Csp.OUV, 10, 10, "10", "10"))).correction()).isFalse();
        }

        @Test
        @DisplayName("décret 2019-15 annex: not calculable when no raise occurred in the period; null declares it not calculable")
        void notCalculableWithoutRaises() {
            var result = EgaproCalculator.compute(large(neutralPay(),
                    Declaration.of(List.of(rate(Csp.OUV, 10, 10, "0", "0"))), Declaration.notCalculable()));
            assertThat(((Indicator.NotCalculable<?, ?>) result.augmentations().orElseThrow()).reason())
                    .isEqualTo(NotCalculableReason.NONE_IN_PERIOD);
            assertThat(((Indicator.NotCalculable<?, ?>) result.promotions().orElseThrow()).reason())
                    .isEqualTo(NotCalculableReason.DECLARED_NOT_CALCULABLE);
            // 40 + 15 + 10 = 65 < 75
            assertThat(result.pointsMax()).isEqualTo(65);
            assertThat(result.calculable()).isFalse();
        }
    }

    @Nested
    @DisplayName("Indicator 2et3: raises, promotions included, 50-250")
    class RaisesAndPromotionsTogether {

        Indicator<RaisesAndPromotionsScore, RaisesAndPromotionsExplanation> compute(List<PayGroup> pay, int f, int h, int af, int ah) {
            return EgaproCalculator.compute(small(Modalite.CSP, pay,
                    Declaration.of(new RaisesAndPromotions(f, h, af, ah)))).augmentationsEtPromotions().orElseThrow();
        }

        @Test
        @DisplayName("§3.3.3 both methods: percentage points and number of employees; note is the larger")
        void bothMethods() {
            // rateF = 12/38 = 0.315789…, rateH = 17/63 = 0.269841…, raw = −0.045948…
            // ecart = 4.5948… → 4.6 → ceil 5 → 25; ecartNombre = 0.045948 × 38 = 1.746 → 1.7 → ceil 2 → 35
            RaisesAndPromotionsScore s = compute(neutralPay(), 38, 63, 12, 17).computed().orElseThrow();
            assertThat(s.ecart()).isEqualByComparingTo("4.6");
            assertThat(s.ecartNombre()).isEqualByComparingTo("1.7");
            assertThat(s.notePourcentage()).isEqualTo(25);
            assertThat(s.noteNombre()).isEqualTo(35);
            assertThat(s.note()).isEqualTo(35);
            assertThat(s.favorable()).isEqualTo(Favorable.FEMMES);
            // the percentage method winning: rates 50% vs 47%: raw 0.03 → 3.0 → 25; × min(100, 100) = 3.0 → 25;
            // with 10 women: 0.03 × 10 = 0.3 → 35 by number; with rates 1/10 vs 0: 10.0 → 15, × 10 = 1.0 → 35
            RaisesAndPromotionsScore n = compute(neutralPay(), 10, 100, 1, 0).computed().orElseThrow();
            assertThat(n.ecart()).isEqualByComparingTo("10.0");
            assertThat(n.ecartNombre()).isEqualByComparingTo("1.0");
            assertThat(n.notePourcentage()).isEqualTo(15);
            assertThat(n.noteNombre()).isEqualTo(35);
            assertThat(n.note()).isEqualTo(35);
        }

        @Test
        @DisplayName("§3.3.4 favorable follows the unrounded raw sign; egalite only when raw is exactly 0")
        void favorableFromUnroundedRaw() {
            // raw = 5001/10000 − 5000/10000 = 0.0001 → ecart 0.0 yet favours men
            RaisesAndPromotionsScore tiny = compute(neutralPay(), 10000, 10000, 5000, 5001).computed().orElseThrow();
            assertThat(tiny.ecart()).isEqualByComparingTo("0.0");
            assertThat(tiny.favorable()).isEqualTo(Favorable.HOMMES);
            // 5/10 = 10/20 exactly
            assertThat(compute(neutralPay(), 10, 20, 5, 10).computed().orElseThrow().favorable()).isEqualTo(Favorable.EGALITE);
        }

        @Test
        @DisplayName("§3.3.1 calculable with at least 5 women and 5 men; null declares it not calculable")
        void calculability() {
            assertThat(compute(neutralPay(), 5, 5, 1, 1).calculable()).isTrue();
            var four = compute(neutralPay(), 4, 50, 1, 1);
            assertThat(((Indicator.NotCalculable<?, ?>) four).reason()).isEqualTo(NotCalculableReason.FEWER_THAN_5_WOMEN_OR_MEN);
            assertThat(((Indicator.NotCalculable<?, ?>) compute(neutralPay(), 50, 4, 1, 1)).reason())
                    .isEqualTo(NotCalculableReason.FEWER_THAN_5_WOMEN_OR_MEN);
            var declared = EgaproCalculator.compute(small(Modalite.CSP, neutralPay(), Declaration.notCalculable()));
            assertThat(((Indicator.NotCalculable<?, ?>) declared.augmentationsEtPromotions().orElseThrow()).reason())
                    .isEqualTo(NotCalculableReason.DECLARED_NOT_CALCULABLE);
        }

        @Test
        @DisplayName("§3.3.1 a present section with 0 women and 0 men raised is calculable (only null declares no raise): 35, egalite")
        void presentSectionWithNobodyRaisedIsCalculable() {
            // rateF = 0/10, rateH = 0/12: raw = 0 exactly → ecart 0.0 → 35; × min(10, 12) = 0.0 → 35; egalite (§3.3.4)
            var indicator = compute(neutralPay(), 10, 12, 0, 0);
            assertThat(indicator.calculable()).isTrue();
            RaisesAndPromotionsScore s = indicator.computed().orElseThrow();
            assertThat(s.ecart()).isEqualByComparingTo("0.0");
            assertThat(s.ecartNombre()).isEqualByComparingTo("0.0");
            assertThat(s.notePourcentage()).isEqualTo(35);
            assertThat(s.noteNombre()).isEqualTo(35);
            assertThat(s.note()).isEqualTo(35);
            assertThat(s.favorable()).isEqualTo(Favorable.EGALITE);
            assertThat(s.correction()).isFalse();
            // fewer than 5 still wins over the zeros
            assertThat(((Indicator.NotCalculable<?, ?>) compute(neutralPay(), 4, 12, 0, 0)).reason())
                    .isEqualTo(NotCalculableReason.FEWER_THAN_5_WOMEN_OR_MEN);
        }

        @ParameterizedTest(name = "ecart {0} → {1}")
        @CsvSource({"0.0,35", "2.0,35", "2.1,25", "5.0,25", "5.1,15", "10.0,15", "10.1,0", "11.0,0"})
        @DisplayName("§3.3.5 points table, every boundary on both sides")
        void table(String ecart, int points) {
            assertThat(PointsTable.RAISES_AND_PROMOTIONS.points(d(ecart))).isEqualTo(points);
        }

        @Test
        @DisplayName("§3.3.6 correction-measure rule: 35 with correction when favouring the sex indicator 1 disfavours")
        void correctionMeasureRule() {
            // indicator 1 favours men; women raised 8/10 vs men 2/10: raw −0.6 → 60.0 → 0 and × 10 = 6.0 → 15
            RaisesAndPromotionsScore s = compute(payFavouringMen(), 10, 10, 8, 2).computed().orElseThrow();
            assertThat(Math.max(s.notePourcentage(), s.noteNombre())).isEqualTo(15);
            assertThat(s.note()).isEqualTo(35);
            assertThat(s.correction()).isTrue();
            RaisesAndPromotionsScore none = compute(payFavouringWomen(), 10, 10, 8, 2).computed().orElseThrow();
            assertThat(none.note()).isEqualTo(15);
            assertThat(none.correction()).isFalse();
        }
    }

    @Nested
    @DisplayName("Indicators 4 and 5")
    class MaternityAndTopEarners {

        Indicator<MaternityScore, MaternityReturns> maternity(Declaration<MaternityReturns> d) {
            return EgaproCalculator.compute(EgaproInput.small(Modalite.CSP, neutralPay(), Declaration.notCalculable(), d,
                    Inputs.TOP_5_5)).congesMaternite();
        }

        @Test
        @DisplayName("§3.4 maternity: 100% → 15, anything else → 0; no return or null → not calculable")
        void maternityRule() {
            var all = maternity(Declaration.of(new MaternityReturns(2, 2))).computed().orElseThrow();
            assertThat(all.resultat()).isEqualByComparingTo("100");
            assertThat(all.note()).isEqualTo(15);
            var most = maternity(Declaration.of(new MaternityReturns(3, 2))).computed().orElseThrow();
            assertThat(most.resultat()).isEqualByComparingTo("66.7");
            assertThat(most.note()).isZero();
            // 1999/2000 = 99.95% rounds to 100.0 but is not 100%: 0 points
            var almost = maternity(Declaration.of(new MaternityReturns(2000, 1999))).computed().orElseThrow();
            assertThat(almost.resultat()).isEqualByComparingTo("100.0");
            assertThat(almost.note()).isZero();
            assertThat(((Indicator.NotCalculable<?, ?>) maternity(Declaration.of(new MaternityReturns(0, 0)))).reason())
                    .isEqualTo(NotCalculableReason.NO_MATERNITY_RETURN);
            assertThat(((Indicator.NotCalculable<?, ?>) maternity(Declaration.notCalculable())).reason())
                    .isEqualTo(NotCalculableReason.DECLARED_NOT_CALCULABLE);
        }

        @ParameterizedTest(name = "{1} of {0} raised on return → resultat {2}")
        @CsvSource({"2,2,100", "286,286,100", "2,1,50", "8,1,12.5", "3,2,66.7", "16,1,6.3", "2000,1999,100.0", "3,0,0"})
        @DisplayName("§3.4 + §4 maternity resultat: a whole percentage is an integer (official example 31: 100), a rounded one has one decimal")
        void maternityResultatForm(int retours, int augmentees, String written) {
            var score = maternity(Declaration.of(new MaternityReturns(retours, augmentees))).computed().orElseThrow();
            assertThat(score.resultat().toPlainString()).isEqualTo(written);
        }

        @ParameterizedTest(name = "{0} women, {1} men → {2}, {3} points, {4}")
        @CsvSource({"0,10,0,0,hommes", "1,9,1,0,hommes", "2,8,2,5,hommes", "3,7,3,5,hommes", "4,6,4,10,hommes",
                "5,5,5,10,egalite", "6,4,4,10,femmes", "8,2,2,5,femmes", "10,0,0,0,femmes"})
        @DisplayName("§3.5 top earners: min(femmes, hommes); 0-1 → 0, 2-3 → 5, 4-5 → 10; favorable is the majority")
        void topEarnersRule(int women, int men, int resultat, int points, String favorable) {
            var score = EgaproCalculator.topEarners(new TopEarners(women, men)).computed().orElseThrow();
            assertThat(score.resultat()).isEqualTo(resultat);
            assertThat(score.note()).isEqualTo(points);
            assertThat(score.favorable().code()).isEqualTo(favorable);
        }
    }

    @Nested
    @DisplayName("The index")
    class Index {

        @Test
        @DisplayName("§3.6 index = round(points × 100 / pointsMax), half up")
        void normalisation() {
            assertThat(EgaproCalculator.index(73, 85)).contains(86); // 85.88
            assertThat(EgaproCalculator.index(62, 80)).contains(78); // 77.5 → 78
            assertThat(EgaproCalculator.index(61, 80)).contains(76); // 76.25
            assertThat(EgaproCalculator.index(100, 100)).contains(100);
            assertThat(EgaproCalculator.index(0, 100)).contains(0);
        }

        @Test
        @DisplayName("§3.6 not calculable when pointsMax < 75: 75 is enough, 74 is not")
        void seventyFiveThreshold() {
            assertThat(EgaproCalculator.index(60, 75)).contains(80);
            assertThat(EgaproCalculator.index(60, 74)).isEmpty();
            // 50-250 without indicator 1 or 2et3: 15 + 10 = 25 → not calculable
            var result = EgaproCalculator.compute(small(Modalite.CSP,
                    List.of(pay("ouv", AgeBand.UNDER_30, 1, 10, null, null)), Declaration.notCalculable()));
            assertThat(result.pointsMax()).isEqualTo(25);
            assertThat(result.index()).isEmpty();
            assertThat(result.calculable()).isFalse();
            // 50-250 without indicator 1: 35 + 15 + 10 = 60 < 75
            var noPay = EgaproCalculator.compute(small(Modalite.CSP, List.of(pay("ouv", AgeBand.UNDER_30, 1, 10, null, null)),
                    Declaration.of(new RaisesAndPromotions(10, 10, 1, 1))));
            assertThat(noPay.pointsMax()).isEqualTo(60);
            assertThat(noPay.calculable()).isFalse();
            // 251+ without indicator 4: 40 + 20 + 15 + 10 = 85
            var noMaternity = EgaproCalculator.compute(EgaproInput.large(Tranche.FROM_1000, Modalite.CSP, neutralPay(),
                    Declaration.of(List.of(rate(Csp.OUV, 10, 10, "5", "5"))), Declaration.of(List.of(rate(Csp.OUV, 10, 10, "5", "5"))),
                    Declaration.notCalculable(), Inputs.TOP_5_5));
            assertThat(noMaternity.points()).isEqualTo(85);
            assertThat(noMaternity.pointsMax()).isEqualTo(85);
            assertThat(noMaternity.index()).contains(100);
        }

        @Test
        @DisplayName("§3.6 obligations: below 75 corrective measures, below 85 progress objectives, always publication")
        void obligations() {
            assertThat(EgaproCalculator.obligations(Optional.of(74))).containsExactly(Obligation.PUBLICATION,
                    Obligation.PROGRESS_OBJECTIVES, Obligation.CORRECTIVE_MEASURES);
            assertThat(EgaproCalculator.obligations(Optional.of(75))).containsExactly(Obligation.PUBLICATION,
                    Obligation.PROGRESS_OBJECTIVES);
            assertThat(EgaproCalculator.obligations(Optional.of(84))).containsExactly(Obligation.PUBLICATION,
                    Obligation.PROGRESS_OBJECTIVES);
            assertThat(EgaproCalculator.obligations(Optional.of(85))).containsExactly(Obligation.PUBLICATION);
            assertThat(EgaproCalculator.obligations(Optional.empty())).containsExactly(Obligation.PUBLICATION);
        }
    }
}

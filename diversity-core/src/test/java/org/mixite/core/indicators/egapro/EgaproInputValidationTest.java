package org.mixite.core.indicators.egapro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mixite.core.indicators.egapro.Inputs.neutralPay;
import static org.mixite.core.indicators.egapro.Inputs.pay;
import static org.mixite.core.indicators.egapro.Inputs.rate;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.egapro.EgaproInput.MaternityReturns;
import org.mixite.core.indicators.egapro.EgaproInput.RaisesAndPromotions;
import org.mixite.core.indicators.egapro.EgaproInput.TopEarners;

/** egapro.md §4 and issue 4 "Bad input": every problem names its JSON path; no index is computed. */
class EgaproInputValidationTest {

    static String pathOf(EgaproInput input) {
        EgaproInputException e = catchThrowableOfType(EgaproInputException.class, () -> EgaproCalculator.compute(input));
        assertThat(e).as("an input error").isNotNull();
        assertThat(e.getMessage()).startsWith(e.path() + ": ");
        return e.path();
    }

    static final List<EgaproInput.PayGroup> FOUR_GROUPS = List.of(
            pay("ouv", AgeBand.UNDER_30, 10, 10, "100", "100"),
            pay("emp", AgeBand.UNDER_30, 10, 10, "100", "100"),
            pay("tam", AgeBand.UNDER_30, 10, 10, "100", "100"),
            pay("ic", AgeBand.UNDER_30, -1, 10, null, "100"));

    @Test
    @DisplayName("a negative count names its path: remunerations[3].femmes")
    void negativeCount() {
        assertThat(pathOf(Inputs.small(Modalite.CSP, FOUR_GROUPS, Declaration.notCalculable()))).isEqualTo("remunerations[3].femmes");
        assertThat(pathOf(Inputs.small(Modalite.CSP, neutralPay(), Declaration.of(new RaisesAndPromotions(10, -2, 1, 0)))))
                .isEqualTo("augmentationsEtPromotions.hommes");
    }

    @Test
    @DisplayName("a rate over 100 (or below 0) names its path")
    void rateOver100() {
        var over = Inputs.large(neutralPay(), Declaration.of(List.of(rate(Csp.OUV, 10, 10, "100.1", "5"))), Declaration.notCalculable());
        assertThat(pathOf(over)).isEqualTo("augmentations[0].tauxFemmes");
        var hundred = Inputs.large(neutralPay(), Declaration.of(List.of(rate(Csp.OUV, 10, 10, "100", "5"))), Declaration.notCalculable());
        assertThat(EgaproCalculator.compute(hundred).augmentations().orElseThrow().calculable()).isTrue();
        var negative = Inputs.large(neutralPay(), Declaration.notCalculable(),
                Declaration.of(List.of(rate(Csp.OUV, 10, 10, "5", "5"), rate(Csp.IC, 10, 10, "5", "-0.1"))));
        assertThat(pathOf(negative)).isEqualTo("promotions[1].tauxHommes");
    }

    @Test
    @DisplayName("an unknown CSP in csp mode names its path")
    void unknownCsp() {
        assertThat(pathOf(Inputs.small(Modalite.CSP, List.of(pay("cadres", AgeBand.UNDER_30, 10, 10, "1", "1")),
                Declaration.notCalculable()))).isEqualTo("remunerations[0].categorie");
    }

    @Test
    @DisplayName("a section missing for the band names it; null (declared not calculable) is accepted")
    void missingSection() {
        assertThat(pathOf(Inputs.small(Modalite.CSP, neutralPay(), Declaration.absent()))).isEqualTo("augmentationsEtPromotions");
        assertThat(pathOf(Inputs.large(neutralPay(), Declaration.absent(), Declaration.notCalculable()))).isEqualTo("augmentations");
        assertThat(pathOf(Inputs.large(neutralPay(), Declaration.notCalculable(), Declaration.absent()))).isEqualTo("promotions");
        assertThat(pathOf(EgaproInput.small(Modalite.CSP, neutralPay(), Declaration.notCalculable(), Declaration.absent(),
                Inputs.TOP_5_5))).isEqualTo("congesMaternite");
        assertThat(EgaproCalculator.compute(Inputs.large(neutralPay(), Declaration.notCalculable(), Declaration.notCalculable()))
                .pointsMax()).isEqualTo(65);
    }

    @Test
    @DisplayName("a valid group without both averages names the missing one; an invalid group may omit them")
    void validGroupNeedsBothAverages() {
        assertThat(pathOf(Inputs.small(Modalite.CSP, List.of(pay("ouv", AgeBand.UNDER_30, 3, 3, "100", null)),
                Declaration.notCalculable()))).isEqualTo("remunerations[0].remunerationMoyenneHommes");
        assertThat(pathOf(Inputs.small(Modalite.CSP, List.of(pay("ouv", AgeBand.UNDER_30, 3, 3, null, "100")),
                Declaration.notCalculable()))).isEqualTo("remunerations[0].remunerationMoyenneFemmes");
        assertThat(EgaproCalculator.compute(Inputs.small(Modalite.CSP, List.of(pay("ouv", AgeBand.UNDER_30, 2, 3, null, null)),
                Declaration.notCalculable())).remunerations().calculable()).isFalse();
    }

    @Test
    @DisplayName("top earners not summing to 10 is an input error")
    void topTenMustSumToTen() {
        for (TopEarners bad : List.of(new TopEarners(4, 5), new TopEarners(6, 5), new TopEarners(0, 0))) {
            assertThat(pathOf(EgaproInput.small(Modalite.CSP, neutralPay(), Declaration.notCalculable(),
                    Declaration.of(new MaternityReturns(1, 1)), bad))).isEqualTo("hautesRemunerations");
        }
    }

    @Test
    @DisplayName("more raised than counted is an input error")
    void countsBeyondHeadcount() {
        assertThat(pathOf(EgaproInput.small(Modalite.CSP, neutralPay(), Declaration.notCalculable(),
                Declaration.of(new MaternityReturns(1, 2)), Inputs.TOP_5_5))).isEqualTo("congesMaternite.augmenteesAuRetour");
    }
}

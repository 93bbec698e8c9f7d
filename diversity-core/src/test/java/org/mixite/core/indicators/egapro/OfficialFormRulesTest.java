package org.mixite.core.indicators.egapro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mixite.core.indicators.egapro.Inputs.neutralPay;
import static org.mixite.core.indicators.egapro.Inputs.pay;
import static org.mixite.core.indicators.egapro.Inputs.rate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;

/** egapro.md §4: the government form's rules that an input exported from the official simulator relies on. */
class OfficialFormRulesTest {

    private static RateGroup rateWithNull(Csp csp, int women, int men, String rateWomen, String rateMen) {
        return new RateGroup(csp, women, men, Optional.ofNullable(rateWomen).map(BigDecimal::new),
                Optional.ofNullable(rateMen).map(BigDecimal::new));
    }

    @Test
    @DisplayName("egapro.md §4: a valid group's null tauxFemmes / tauxHommes counts as 0 (official simulator), for raises and promotions")
    void nullRateInValidGroupCountsAsZero() {
        var withNull = Inputs.large(neutralPay(),
                Declaration.of(List.of(rateWithNull(Csp.OUV, 20, 20, null, "10"), rate(Csp.EMP, 20, 20, "5", "5"))),
                Declaration.of(List.of(rateWithNull(Csp.OUV, 20, 20, "4", null), rate(Csp.EMP, 20, 20, "5", "5"))));
        var withZero = Inputs.large(neutralPay(),
                Declaration.of(List.of(rate(Csp.OUV, 20, 20, "0", "10"), rate(Csp.EMP, 20, 20, "5", "5"))),
                Declaration.of(List.of(rate(Csp.OUV, 20, 20, "4", "0"), rate(Csp.EMP, 20, 20, "5", "5"))));
        EgaproResult a = EgaproCalculator.compute(withNull);
        EgaproResult b = EgaproCalculator.compute(withZero);
        assertThat(a).isEqualTo(b);
        // ouv: 10 − 0 = 10 points over half the valid headcount → 5.0, favouring men
        assertThat(a.augmentations().orElseThrow().calculable()).isTrue();
        assertThat(a.augmentations().orElseThrow().computed().orElseThrow().ecart()).isEqualByComparingTo("5.0");
        assertThat(a.promotions().orElseThrow().computed().orElseThrow().ecart()).isEqualByComparingTo("2.0");
    }

    @Test
    @DisplayName("egapro.md §4: average pays may be missing in valid groups when indicator 1 is not calculable (valid headcount < 40%)")
    void averagesMayBeMissingWhenNotCalculable() {
        // 6 valid people out of 26: 23% < 40%, so the valid group's missing averages are no error
        var groups = List.of(pay("ouv", AgeBand.UNDER_30, 3, 3, null, null), pay("emp", AgeBand.UNDER_30, 0, 20, null, null));
        EgaproResult result = EgaproCalculator.compute(Inputs.small(Modalite.CSP, groups, Declaration.notCalculable()));
        assertThat(result.remunerations().calculable()).isFalse();
        assertThat(result.remunerations()).isInstanceOfSatisfying(Indicator.NotCalculable.class,
                n -> assertThat(n.reason()).isEqualTo(NotCalculableReason.VALID_HEADCOUNT_BELOW_40_PERCENT));
    }

    @Test
    @DisplayName("egapro.md §4: when indicator 1 is calculable, a valid group without both averages is still an input error")
    void averagesStillRequiredWhenCalculable() {
        var groups = List.of(pay("ouv", AgeBand.UNDER_30, 3, 3, null, "100"), pay("emp", AgeBand.UNDER_30, 0, 4, null, null));
        assertThat(EgaproInputValidationTest.pathOf(Inputs.small(Modalite.CSP, groups, Declaration.notCalculable())))
                .isEqualTo("remunerations[0].remunerationMoyenneFemmes");
    }
}

package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.mixite.core.indicators.egapro.EgaproInput.MaternityReturns;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput.RaisesAndPromotions;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;
import org.mixite.core.indicators.egapro.EgaproInput.TopEarners;

/** Small builders for test inputs. */
final class Inputs {

    private Inputs() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static PayGroup pay(String categorie, AgeBand band, int women, int men, String avgWomen, String avgMen) {
        return new PayGroup(categorie, band, women, men, Optional.ofNullable(avgWomen).map(BigDecimal::new),
                Optional.ofNullable(avgMen).map(BigDecimal::new));
    }

    static RateGroup rate(Csp csp, int women, int men, String rateWomen, String rateMen) {
        return new RateGroup(csp, women, men, d(rateWomen), d(rateMen));
    }

    static final TopEarners TOP_5_5 = new TopEarners(5, 5);

    /** A 50-250 input; indicator 2et3 neutral unless given. */
    static EgaproInput small(Modalite modalite, List<PayGroup> pay, Declaration<RaisesAndPromotions> both) {
        return EgaproInput.small(modalite, pay, both, Declaration.of(new MaternityReturns(2, 2)), TOP_5_5);
    }

    static EgaproInput large(List<PayGroup> pay, Declaration<List<RateGroup>> raises, Declaration<List<RateGroup>> promotions) {
        return EgaproInput.large(Tranche.FROM_251_TO_999, Modalite.CSP, pay, raises, promotions,
                Declaration.of(new MaternityReturns(2, 2)), TOP_5_5);
    }

    /** One valid csp group of 10 women and 10 men with the given averages. */
    static List<PayGroup> oneGroup(String avgWomen, String avgMen) {
        return List.of(pay("ouv", AgeBand.FROM_30_TO_39, 10, 10, avgWomen, avgMen));
    }

    /** Indicator 1 scoring the given points: a single group whose gap after the 5-point threshold is known. */
    static List<PayGroup> neutralPay() {
        return oneGroup("100", "100");
    }

    /** Indicator 1 favouring men with fewer than 40 points: gap 10% → 5.0 after threshold → 35. */
    static List<PayGroup> payFavouringMen() {
        return oneGroup("90", "100");
    }

    /** Indicator 1 favouring women with fewer than 40 points: gap −10% → −5.0 → 35. */
    static List<PayGroup> payFavouringWomen() {
        return oneGroup("110", "100");
    }
}

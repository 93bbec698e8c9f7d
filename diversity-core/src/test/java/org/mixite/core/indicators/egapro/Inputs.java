package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds aggregated inputs for rule tests. */
final class Inputs {

    private Inputs() {
    }

    static EgaproInput.PayGroup group(String csp, AgeBand age, int women, int men, String avgWomen, String avgMen) {
        return new EgaproInput.PayGroup(csp, age, women, men,
                Optional.ofNullable(avgWomen).map(BigDecimal::new), Optional.ofNullable(avgMen).map(BigDecimal::new));
    }

    static EgaproInput.RateGroup rate(Csp csp, int women, int men, String rateWomen, String rateMen) {
        return new EgaproInput.RateGroup(csp, women, men, new BigDecimal(rateWomen), new BigDecimal(rateMen));
    }

    /** A 50–250 input with the given indicator-1 groups and otherwise neutral sections. */
    static EgaproInput small(List<EgaproInput.PayGroup> groups) {
        return new EgaproInput(Tranche.FROM_50_TO_250, Modalite.CSP, groups, Optional.empty(), Optional.empty(),
                Optional.of(new EgaproInput.RaiseCounts(20, 20, 10, 10)), Optional.empty(), new EgaproInput.TopEarners(5, 5));
    }

    /** A single valid csp group whose gap is (men − women) / men × 100. */
    static List<EgaproInput.PayGroup> oneGroup(String avgWomen, String avgMen) {
        List<EgaproInput.PayGroup> groups = new ArrayList<>();
        groups.add(group("ic", AgeBand.FROM_30_TO_39, 10, 10, avgWomen, avgMen));
        return groups;
    }

    static EgaproInput large(List<EgaproInput.PayGroup> pay, Optional<List<EgaproInput.RateGroup>> raises,
                             Optional<List<EgaproInput.RateGroup>> promotions, Optional<EgaproInput.MaternityReturns> maternity,
                             EgaproInput.TopEarners top) {
        return new EgaproInput(Tranche.FROM_251_TO_999, Modalite.CSP, pay, raises, promotions, Optional.empty(), maternity, top);
    }
}

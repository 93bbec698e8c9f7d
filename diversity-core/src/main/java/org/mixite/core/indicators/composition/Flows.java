package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Movements over the period: hires and exits (those whose date falls in the period) and
 * promotions, by sex, with rates over the headcount of each sex.
 *
 * @param exitsByReason  exits by {@code exit_reason} ({@code unknown} when absent)
 * @param byFamily       hires, exits and promotions per job family
 * @param technicalHires hires into technical digital jobs, whose women's share the federations follow
 */
@API(status = API.Status.EXPERIMENTAL)
public record Flows(SexTally hires, SexTally exits, SexTally promotions, Map<String, SexTally> exitsByReason,
                    Map<String, FamilyFlows> byFamily, SexTally technicalHires,
                    Optional<BigDecimal> hireRateFemale, Optional<BigDecimal> hireRateMale,
                    Optional<BigDecimal> exitRateFemale, Optional<BigDecimal> exitRateMale,
                    Optional<BigDecimal> promotionRateFemale, Optional<BigDecimal> promotionRateMale) {

    /** One family's flows. */
    public record FamilyFlows(SexTally hires, SexTally exits, SexTally promotions) {
    }
}

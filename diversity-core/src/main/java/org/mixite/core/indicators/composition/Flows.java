package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.jobs.JobFamily;
import org.mixite.core.privacy.Cell;

/**
 * Movements over the period, by sex: hires (hire date in the period), exits (exit date in the
 * period) and promotions (the {@code promoted} flag of a person present in the period). A
 * company's three totals are never suppressed; their breakdowns by family and by exit reason are.
 * In a federation, a total that fewer than {@value Federation#MIN_COMPANIES} companies contribute
 * to is withheld ({@link org.mixite.core.privacy.SuppressionReason#FEW_CONTRIBUTORS}).
 *
 * <p>Rates are per 100 people of the same sex counted in the period's headcount (present at any
 * time in the period), one decimal, half up; empty when that headcount is 0, and when the flow or
 * the headcount is withheld.
 *
 * @param exitsByReason      exits by {@code exit_reason}, every reason listed, then {@code unknown} (no reason given)
 * @param hiresByFamily      hires by job family, every family listed
 * @param exitsByFamily      exits by job family, every family listed
 * @param promotionsByFamily promotions by job family, every family listed
 */
@API(status = API.Status.EXPERIMENTAL)
public record Flows(Cell<SexTally> hires, Cell<SexTally> exits, Cell<SexTally> promotions, Map<String, Cell<SexTally>> exitsByReason,
                    Map<String, Cell<SexTally>> hiresByFamily, Map<String, Cell<SexTally>> exitsByFamily,
                    Map<String, Cell<SexTally>> promotionsByFamily,
                    Optional<BigDecimal> hireRateFemale, Optional<BigDecimal> hireRateMale,
                    Optional<BigDecimal> exitRateFemale, Optional<BigDecimal> exitRateMale,
                    Optional<BigDecimal> promotionRateFemale, Optional<BigDecimal> promotionRateMale) {

    public Flows {
        exitsByReason = ordered(exitsByReason);
        hiresByFamily = ordered(hiresByFamily);
        exitsByFamily = ordered(exitsByFamily);
        promotionsByFamily = ordered(promotionsByFamily);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Hires into technical digital jobs (their women's share is the federations' first hiring figure), or suppressed. */
    public Cell<SexTally> technicalDigitalHires() {
        return hiresByFamily.get(JobFamily.TECHNICAL_DIGITAL.code());
    }
}

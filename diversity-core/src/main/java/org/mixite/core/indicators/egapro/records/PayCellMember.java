package org.mixite.core.indicators.egapro.records;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.AgeBand;

/**
 * Where one person counts in Egapro indicator 1.
 *
 * @param group      the CSP code, or the level label in the level modes
 * @param band       the age band
 * @param female     whether the person counts with the women
 * @param pay        the full-time full-year pay that enters the group's average, in euros
 * @param payPerEuro how much that pay rises for one more euro of annual pay (period days / (fte × days present))
 */
@API(status = API.Status.EXPERIMENTAL)
public record PayCellMember(String group, AgeBand band, boolean female, BigDecimal pay, BigDecimal payPerEuro) {
    public PayCellMember {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(pay, "pay");
        Objects.requireNonNull(payPerEuro, "payPerEuro");
    }
}

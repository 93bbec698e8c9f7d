package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How indicator 1 groups employees: by socio-professional category (CSP) or by the branch's or
 * the company's classification levels. It sets the pertinence threshold (egapro.md §3, ind. 1).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Modalite {
    CSP("csp", new BigDecimal("5")),
    NIVEAU_BRANCHE("niveau_branche", new BigDecimal("2")),
    NIVEAU_AUTRE("niveau_autre", new BigDecimal("2"));

    private final String code;
    private final BigDecimal pertinenceThreshold;

    Modalite(String code, BigDecimal pertinenceThreshold) {
        this.code = code;
        this.pertinenceThreshold = pertinenceThreshold;
    }

    public String code() {
        return code;
    }

    /** Percentage points taken off each group's gap: 5 by CSP, 2 by level. */
    public BigDecimal pertinenceThreshold() {
        return pertinenceThreshold;
    }

    public static Optional<Modalite> parse(String code) {
        for (Modalite m : values()) {
            if (m.code.equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

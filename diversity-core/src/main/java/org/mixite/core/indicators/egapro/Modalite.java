package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/** How indicator 1 groups employees, and its pertinence threshold (5 for CSP, 2 for levels). */
@API(status = API.Status.EXPERIMENTAL)
public enum Modalite {
    /** The four socio-professional categories (ouv, emp, tam, ic) × 4 age bands. */
    CSP("csp", 5),
    /** The branch's classification levels × 4 age bands. */
    NIVEAU_BRANCHE("niveau_branche", 2),
    /** Another classification (the company's own) × 4 age bands. */
    NIVEAU_AUTRE("niveau_autre", 2);

    private final String code;
    private final BigDecimal pertinenceThreshold;

    Modalite(String code, int threshold) {
        this.code = code;
        this.pertinenceThreshold = BigDecimal.valueOf(threshold);
    }

    public String code() {
        return code;
    }

    /** The pertinence threshold in percentage points: 5 in csp mode, 2 in both level modes. */
    public BigDecimal pertinenceThreshold() {
        return pertinenceThreshold;
    }

    public static Optional<Modalite> ofCode(String code) {
        for (Modalite m : values()) {
            if (m.code.equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

package org.mixite.core.indicators.france;

import org.apiguardian.api.API;

/**
 * The basis of the annual pay figures. The GIP's "annual" pay may be the pay actually received
 * or its full-time, full-year equivalent; the reconciliation computes both and says which matches.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum PayBasis {
    /** base + variable pay as paid over the period. */
    ACTUAL("actual"),
    /** converted to full time and full year: pay / fte / (days present / days in the period), as Mixité's fr block. */
    FULL_TIME_EQUIVALENT("fte");

    private final String code;

    PayBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

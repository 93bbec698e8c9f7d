package org.mixite.core.indicators.france;

import org.apiguardian.api.API;

/** How often a company declares A–F (regulations.md §2, the platform's companyObligation.ts). */
@API(status = API.Status.EXPERIMENTAL)
public enum Tier {
    /** Under 50: may declare, never obligated. */
    VOLUNTARY("voluntary"),
    /** 50–99: obligated in triennial years only (2027, 2030, 2033, …). */
    TRIENNIAL("triennial"),
    /** 100 and more: obligated every year. */
    ANNUAL("annual");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package org.mixite.core.indicators.rixain;

import org.apiguardian.api.API;

/** The company's standing at a date. */
@API(status = API.Status.EXPERIMENTAL)
public enum Compliance {
    /** Fewer than 1,000 employees: the law does not apply to the company. */
    NOT_SUBJECT("non_assujettie"),
    /** Before 1 March 2026: no threshold yet. */
    NOT_YET_APPLICABLE("pas_encore_applicable"),
    /** Both bodies have each sex at or above the threshold. */
    COMPLIANT("conforme"),
    /** A body has a sex below the threshold (whatever the other body): a 2-year period to comply opens. */
    NOT_COMPLIANT("non_conforme"),
    /** No body is below the threshold, but a body has no member, so it cannot be judged. */
    UNDETERMINED("indetermine");

    private final String code;

    Compliance(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

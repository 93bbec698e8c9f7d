package org.mixite.spi.model;

import org.apiguardian.api.API;

/** Why an employee left, as in the canonical {@code exit_reason} column. */
@API(status = API.Status.STABLE)
public enum ExitReason implements CodedValue {
    RESIGNATION, DISMISSAL, END_OF_CONTRACT, RETIREMENT, OTHER;

    // Computed once: code() runs per record in the indicators.
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    @Override
    public String code() {
        return code;
    }
}

package org.mixite.spi.model;

import org.apiguardian.api.API;

/** Employment contract, as in the canonical {@code contract} column. */
@API(status = API.Status.STABLE)
public enum ContractType implements CodedValue {
    PERMANENT, FIXED_TERM, APPRENTICE, INTERN, TEMPORARY, OTHER;

    // Computed once: code() runs per record in the indicators.
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    @Override
    public String code() {
        return code;
    }
}

package org.mixite.spi.model;

import org.apiguardian.api.API;

/** Employment contract, as in the canonical {@code contract} column. */
@API(status = API.Status.STABLE)
public enum ContractType implements CodedValue {
    PERMANENT, FIXED_TERM, APPRENTICE, INTERN, TEMPORARY, OTHER
}

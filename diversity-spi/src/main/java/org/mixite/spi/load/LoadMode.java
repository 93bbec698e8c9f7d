package org.mixite.spi.load;

import org.apiguardian.api.API;

/** What the loader does with an invalid record. */
@API(status = API.Status.STABLE)
public enum LoadMode {
    /** The first invalid record fails the load with every violation of that record (library default). */
    STRICT,
    /** Invalid records are rejected and listed; the load goes on (CLI default). */
    LENIENT
}

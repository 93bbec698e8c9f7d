package org.mixite.spi.adapter;

import org.apiguardian.api.API;

/** An adapter's confidence that it can read an input; the highest wins, ties by name. */
@API(status = API.Status.STABLE)
public enum Probe {
    /** Not this adapter's format. */
    NO,
    /** Possible, e.g. by file extension alone. */
    LIKELY,
    /** Certain, e.g. from a signature in the content. */
    CERTAIN
}

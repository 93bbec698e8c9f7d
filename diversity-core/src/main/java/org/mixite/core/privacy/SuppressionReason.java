package org.mixite.core.privacy;

import org.apiguardian.api.API;

/** Why a cell of a published breakdown is hidden. */
@API(status = API.Status.EXPERIMENTAL)
public enum SuppressionReason {
    /** The cell itself holds fewer people than the minimum. */
    BELOW_MINIMUM,
    /**
     * The cell is large enough, but is hidden too so that a small cell cannot be recovered by
     * subtracting the visible cells from the published totals.
     */
    COMPLEMENTARY
}

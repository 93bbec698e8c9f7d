package org.mixite.core.privacy;

import org.apiguardian.api.API;

/** Why a cell of a published breakdown is hidden. */
@API(status = API.Status.STABLE)
public enum SuppressionReason {
    /** The cell itself holds fewer people than the minimum. */
    BELOW_MINIMUM,
    /**
     * The cell is large enough, but is hidden too so that a small cell cannot be recovered by
     * subtracting the visible cells from the published totals.
     */
    COMPLEMENTARY,
    /**
     * The cell pools fewer contributors (e.g. companies of a federation) than the minimum, so
     * a contributor's own figure could be singled out; decided by the caller and passed to
     * {@link SmallCellSuppression#suppress(java.util.Map, java.util.Set)}.
     */
    FEW_CONTRIBUTORS,
    /**
     * One contributor (a member of a federation) makes up more than 85% of the cell: the (1, 85%)
     * dominance rule of official business statistics (barometer.md), since the published figure
     * would then be close to that member's own; decided by the caller, like {@link #FEW_CONTRIBUTORS}.
     */
    DOMINANCE,
    /**
     * One cell had to be hidden but no other non-empty cell was left to hide with it, so total −
     * visible cells would give its value: every cell of the breakdown, empty ones included, is
     * hidden with this one reason, so that the reasons do not point at the cell that holds people.
     */
    WHOLE_BREAKDOWN
}

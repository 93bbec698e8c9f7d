package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One figure of the pre-fill file against ours: equal when both are empty, or both given and
 * within the column's precision (±0.01 for amounts and headcounts, ±0.0001 for ratios, 0 for counts).
 *
 * @param explanations what on our side can explain a difference, measured (empty when equal)
 */
@API(status = API.Status.EXPERIMENTAL)
public record FigureComparison(GipColumn column, Optional<BigDecimal> state, Optional<BigDecimal> ours,
                               BigDecimal tolerance, boolean equal, List<String> explanations) {

    public FigureComparison {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(tolerance, "tolerance");
        explanations = List.copyOf(explanations);
    }

    /** Whether two values agree within a tolerance (both empty agree; one empty does not). */
    public static boolean agree(Optional<BigDecimal> a, Optional<BigDecimal> b, BigDecimal tolerance) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        // counts exactly, the others within one unit of their last decimal
        return a.get().subtract(b.get()).abs().compareTo(tolerance) <= 0;
    }

    /** ours − state, when both are given. */
    public Optional<BigDecimal> difference() {
        return ours.isPresent() && state.isPresent() ? Optional.of(ours.get().subtract(state.get())) : Optional.empty();
    }
}

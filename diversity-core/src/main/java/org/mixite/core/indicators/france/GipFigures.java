package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One row of the GIP-MDS pre-fill file: a company (SIREN; empty for records without one) and its
 * figures by column, each at the column's precision. A column without a value is empty: no data,
 * or not computable.
 */
@API(status = API.Status.EXPERIMENTAL)
public record GipFigures(String siren, Map<GipColumn, BigDecimal> values) {

    public GipFigures {
        Objects.requireNonNull(siren, "siren");
        EnumMap<GipColumn, BigDecimal> copy = new EnumMap<>(GipColumn.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** The figure of a column; empty when the file (or the computation) has none. */
    public Optional<BigDecimal> get(GipColumn column) {
        return Optional.ofNullable(values.get(column));
    }

    /** The same row with one figure replaced (or removed, with an empty value). */
    public GipFigures with(GipColumn column, Optional<BigDecimal> value) {
        EnumMap<GipColumn, BigDecimal> copy = new EnumMap<>(GipColumn.class);
        copy.putAll(values);
        copy.remove(column);
        value.ifPresent(v -> copy.put(column, v));
        return new GipFigures(siren, copy);
    }
}

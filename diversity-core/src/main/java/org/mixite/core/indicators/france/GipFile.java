package org.mixite.core.indicators.france;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/** A GIP-MDS pre-fill file: its metadata, and one row of figures per SIREN, in file order. */
@API(status = API.Status.EXPERIMENTAL)
public record GipFile(GipMetadata metadata, List<GipFigures> rows) {

    public GipFile {
        Objects.requireNonNull(metadata, "metadata");
        rows = List.copyOf(rows);
    }

    public Optional<GipFigures> row(String siren) {
        return rows.stream().filter(r -> r.siren().equals(siren)).findFirst();
    }
}

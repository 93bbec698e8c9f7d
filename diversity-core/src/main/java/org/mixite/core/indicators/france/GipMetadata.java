package org.mixite.core.indicators.france;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Lines 1 and 2 of the GIP-MDS file: {@code destinataire;projet;horodatage;date_debut;date_fin;nb_lignes}.
 *
 * @param timestamp the file's {@code horodatage}, as written
 * @param rows      {@code nb_lignes}, the number of data rows
 */
@API(status = API.Status.EXPERIMENTAL)
public record GipMetadata(String recipient, String project, String timestamp, LocalDate start, LocalDate end, long rows) {

    public GipMetadata {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}

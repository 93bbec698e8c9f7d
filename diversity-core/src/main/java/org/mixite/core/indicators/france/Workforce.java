package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The annual average headcount (effectif salarié annuel) of Code de la sécurité sociale
 * art. L130-1 I and R130-1: the mean of the monthly headcounts of the months in which someone
 * was employed, each person counted in a month by working time (fte) and by the share of the
 * month's days employed, truncated to 2 decimals.
 *
 * @param average             the annual average headcount, 2 decimals, truncated (R130-1 I)
 * @param monthsCounted       months with at least one employee (the others are left out, R130-1 I)
 * @param apprentices         records left out as apprentices (R130-1 III, L1111-3 1°)
 * @param interns             records left out as interns (no employment contract, R130-1 II)
 * @param temporaryAgency     records left out as temporary agency workers (counted by their agency, R130-1 II)
 */
@API(status = API.Status.EXPERIMENTAL)
public record Workforce(BigDecimal average, int monthsCounted, long apprentices, long interns, long temporaryAgency) {

    public Workforce {
        Objects.requireNonNull(average, "average");
    }

    /** A workforce given as a figure (e.g. the GIP-MDS Effectif_RCD), with no detail. */
    public static Workforce of(BigDecimal average) {
        return new Workforce(average, 0, 0, 0, 0);
    }
}

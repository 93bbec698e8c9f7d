package org.mixite.spi.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The reference period of a dataset, both ends inclusive (Egapro: 12 consecutive months).
 *
 * @param start first day of the period
 * @param end   last day of the period, not before {@code start}
 */
@API(status = API.Status.STABLE)
public record ReferencePeriod(LocalDate start, LocalDate end) {

    public ReferencePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " is before its start " + start);
        }
    }

    /** The calendar year {@code year}, 1 January to 31 December. */
    public static ReferencePeriod calendarYear(int year) {
        return new ReferencePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Parses {@code START..END} in ISO dates, e.g. {@code 2025-01-01..2025-12-31}.
     *
     * @throws IllegalArgumentException with a readable message when the text is malformed
     */
    public static ReferencePeriod parse(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("period '" + text + "' is not START..END, e.g. 2025-01-01..2025-12-31");
        }
        try {
            return new ReferencePeriod(LocalDate.parse(text.substring(0, dots).trim()),
                    LocalDate.parse(text.substring(dots + 2).trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("period '" + text + "' holds an invalid ISO date: " + e.getParsedString(), e);
        }
    }

    /** Number of days in the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}

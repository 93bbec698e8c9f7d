package org.mixite.core.indicators.composition;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The default reference period of a composition: the calendar year of the latest hire or exit
 * date in the data. Birth dates do not count (they say nothing about the period observed).
 * Empty when no record carries a hire or exit date: the caller must then ask for a period
 * rather than take today's year, so that the same input always gives the same output.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CompositionPeriod {

    private CompositionPeriod() {
    }

    /** The calendar year of the latest hire or exit date, or empty when there is none. */
    public static Optional<ReferencePeriod> latestCalendarYear(Iterable<EmployeeRecord> records) {
        LocalDate latest = null;
        for (EmployeeRecord r : records) {
            for (Optional<LocalDate> date : java.util.List.of(r.hireDate(), r.exitDate())) {
                if (date.isPresent() && (latest == null || date.get().isAfter(latest))) {
                    latest = date.get();
                }
            }
        }
        return Optional.ofNullable(latest).map(d -> ReferencePeriod.calendarYear(d.getYear()));
    }
}

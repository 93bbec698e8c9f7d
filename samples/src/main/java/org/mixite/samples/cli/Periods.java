package org.mixite.samples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/** The reference period of a command: --period, or the calendar year of the latest date in the data. */
final class Periods {

    private Periods() {
    }

    static ReferencePeriod resolve(String option, List<EmployeeRecord> records) {
        if (option != null) {
            return parse(option);
        }
        Optional<LocalDate> latest = records.stream()
                .flatMap(r -> Stream.of(r.hireDate(), r.exitDate()).flatMap(Optional::stream))
                .max(LocalDate::compareTo);
        return ReferencePeriod.calendarYear(latest.orElseGet(LocalDate::now).getYear());
    }

    /** The same, with the latest date found while the records were read (no second pass). */
    static ReferencePeriod resolve(String option, LoadedRecords loaded) {
        if (option != null) {
            return parse(option);
        }
        return defaultPeriod(loaded.latestDate());
    }

    /** The calendar year of the latest date (of today when the data has none). */
    static ReferencePeriod defaultPeriod(Optional<LocalDate> latest) {
        return ReferencePeriod.calendarYear(latest.orElseGet(LocalDate::now).getYear());
    }

    static ReferencePeriod parse(String option) {
        try {
            return ReferencePeriod.parse(option);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--period: " + e.getMessage(), e);
        }
    }
}

package org.mixite.adapters.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.table.EmployeeTable;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.Rejection;

/**
 * An input loaded into columns: the accepted rows as an {@link EmployeeTable} in input order,
 * the rejections in input order, the summary, and the latest hire or exit date of the accepted
 * rows (the year of which is the default reference period).
 */
@API(status = API.Status.EXPERIMENTAL)
public record TableLoad(EmployeeTable table, List<Rejection> rejections, LoadSummary summary,
                        Optional<LocalDate> latestHireOrExit) {

    public TableLoad {
        Objects.requireNonNull(table, "table");
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(latestHireOrExit, "latestHireOrExit");
    }
}

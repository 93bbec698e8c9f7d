package org.mixite.spi.load;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;

/**
 * A materialised load: the accepted records in input order, the rejections, and the summary.
 */
@API(status = API.Status.STABLE)
public record LoadResult(List<EmployeeRecord> records, List<Rejection> rejections, LoadSummary summary) {

    public LoadResult {
        records = List.copyOf(records);
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(summary, "summary");
    }
}

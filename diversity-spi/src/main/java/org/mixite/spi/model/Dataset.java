package org.mixite.spi.model;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A set of validated employee records with its context. For inputs too large to hold in
 * memory, stream them through {@link org.mixite.spi.load.DatasetLoader#stream} instead.
 */
@API(status = API.Status.STABLE)
public record Dataset(Organisation organisation, ReferencePeriod period, List<EmployeeRecord> records) {

    public Dataset {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(period, "period");
        records = List.copyOf(records);
    }

    public int size() {
        return records.size();
    }
}

package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;
import org.mixite.core.reference.ReferenceTable;

/**
 * A national or regional reference figure for the share of women, with its scope, year and
 * source (job-families.md §4). Shipped as a versioned resource, easy to update.
 *
 * @param status how solid the figure is: official, commonly quoted, quoted, not an official statistic
 */
@API(status = API.Status.EXPERIMENTAL)
public record Benchmark(String key, String scope, BigDecimal womenShare, int year, String source, String status) {

    static final String TABLE = "/org/mixite/core/indicators/composition/national-benchmarks.csv";

    /** The figures shipped with Mixité. */
    public static List<Benchmark> national() {
        ReferenceTable table = ReferenceTable.resource(Benchmark.class, TABLE);
        return table.rows().stream().map(row -> new Benchmark(table.required(row, "key"), table.required(row, "scope"),
                new BigDecimal(table.required(row, "women_share")), Integer.parseInt(table.required(row, "year")),
                table.required(row, "source"), table.required(row, "status"))).toList();
    }
}

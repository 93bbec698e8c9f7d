/**
 * Mixité's built-in adapters for text exports: the canonical CSV (parsed with Jackson's CSV
 * dataformat: header mapping, {@code ,} or {@code ;} detected, UTF-8 with or without BOM,
 * quoted fields, a column-mapping file for other headers) and JSON, as an array or as
 * newline-delimited JSON (Jackson streaming). Also the canonical CSV writer, and
 * {@code ParallelCsvTableReader}: a CSV file parsed on every core into an {@code EmployeeTable}.
 */
module org.mixite.adapters {
    requires transitive org.mixite.spi;
    requires transitive org.mixite.core; // the table of ParallelCsvTableReader
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static org.apiguardian.api;

    exports org.mixite.adapters.csv;
    exports org.mixite.adapters.json;

    provides org.mixite.spi.adapter.HrisAdapter with
            org.mixite.adapters.csv.CsvAdapter,
            org.mixite.adapters.json.JsonAdapter;
}

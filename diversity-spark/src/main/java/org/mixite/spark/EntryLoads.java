package org.mixite.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.RecordSink;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;

/**
 * Runs Mixité's own {@link DatasetLoader} on an executor, so that a row is accepted or rejected
 * on Spark for exactly the reasons, and with exactly the messages, of a load on one machine:
 * Bean Validation, the cross-field rules, duplicate ids (within one load). The results become
 * {@link Entries} rows.
 */
final class EntryLoads {

    /** The adapter name of rows that came from a Spark Dataset. */
    static final String SPARK_ROWS = "spark";

    private EntryLoads() {
    }

    /** Loads already-mapped rows (one company's) as one load, through an adapter that hands them over. */
    static List<Row> load(String company, String source, List<ReadResult> rows) {
        HrisAdapter adapter = new MappedRows(rows);
        DatasetLoader loader = DatasetLoader.builder().registry(AdapterRegistry.of(adapter)).adapter(SPARK_ROWS)
                .mode(LoadMode.LENIENT).build();
        List<Row> out = new ArrayList<>(rows.size());
        LoadSummary summary = loader.stream(InputSource.of(source, new byte[0]), new RecordSink() {
            @Override
            public void accept(EmployeeRecord record) {
                out.add(Entries.accepted(company, source, SPARK_ROWS, record));
            }

            @Override
            public void reject(Rejection rejection) {
                out.add(Entries.rejected(company, source, rejection));
            }
        });
        return withWarnings(out, summary);
    }

    /**
     * Loads a file or a directory of monthly files with one of Mixité's adapters (the DSN's), as
     * the CLI would. Rejected entries carry the company of the load's records when they all have
     * the same one (a DSN file is one company's), else {@link org.mixite.core.report.IndicatorSuite#NO_COMPANY}.
     */
    static List<Row> load(InputSource input, HrisAdapter adapter, AdapterSettings settings) {
        DatasetLoader loader = DatasetLoader.builder().registry(AdapterRegistry.of(adapter)).adapter(adapter.name())
                .settings(settings).mode(LoadMode.LENIENT).build();
        List<Row> out = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Set<String> companies = new java.util.TreeSet<>();
        LoadSummary summary = loader.stream(input, new RecordSink() {
            @Override
            public void accept(EmployeeRecord record) {
                String company = Entries.companyOf(record);
                companies.add(company);
                out.add(Entries.accepted(company, input.name(), adapter.name(), record));
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        String company = companies.size() == 1 ? companies.iterator().next()
                : org.mixite.core.report.IndicatorSuite.NO_COMPANY;
        rejections.forEach(r -> out.add(Entries.rejected(company, input.name(), r)));
        return withWarnings(out, summary);
    }

    private static List<Row> withWarnings(List<Row> entries, LoadSummary summary) {
        if (!summary.warnings().isEmpty() && !entries.isEmpty()) {
            entries.set(0, Entries.withWarnings(entries.get(0), summary.warnings()));
        }
        return entries;
    }

    /** An adapter over rows the caller already mapped: the loader's checks run on them as on any adapter's. */
    private static final class MappedRows implements HrisAdapter {
        private final List<ReadResult> rows;

        MappedRows(List<ReadResult> rows) {
            this.rows = rows;
        }

        @Override
        public String name() {
            return SPARK_ROWS;
        }

        @Override
        public String description() {
            return "rows of a Spark Dataset in the canonical columns";
        }

        @Override
        public Set<String> fileExtensions() {
            return Set.of();
        }

        @Override
        public RecordReader open(InputSource input, AdapterSettings settings) {
            Iterator<ReadResult> next = rows.iterator();
            return new RecordReader() {
                @Override
                public Optional<ReadResult> next() {
                    return next.hasNext() ? Optional.of(next.next()) : Optional.empty();
                }

                @Override
                public void close() throws IOException {
                    // nothing held
                }
            };
        }
    }
}

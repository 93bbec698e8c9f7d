package org.mixite.spi.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.mixite.spi.AdapterException;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.InputException;
import org.mixite.spi.InvalidRecordException;
import org.mixite.spi.MixiteException;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * Reads inputs through adapters and validates every record: the one way records enter Mixité.
 *
 * <pre>{@code
 * DatasetLoader loader = DatasetLoader.builder().mode(LoadMode.LENIENT).build();
 * LoadResult result = loader.load(InputSource.of(Path.of("employees.csv")));
 * }</pre>
 *
 * <p>Every record is checked with Bean Validation, ids must be unique within one load, and an
 * adapter that throws or misbehaves is reported with its name. Thread-safe once built.
 */
@API(status = API.Status.STABLE)
public final class DatasetLoader {

    /** Entries between two progress notifications. */
    public static final long PROGRESS_STEP = 10_000;

    /** Below this many entries, parallel validation costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 1024;

    private static final System.Logger LOG = System.getLogger(DatasetLoader.class.getName());

    private final AdapterRegistry registry;
    private final LoadMode mode;
    private final Optional<String> adapterName;
    private final AdapterSettings settings;
    private final ProgressListener progress;

    private DatasetLoader(Builder b) {
        registry = b.registry == null ? AdapterRegistry.discover() : b.registry;
        mode = b.mode;
        adapterName = b.adapterName;
        settings = b.settings;
        progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Loads one input into memory. */
    public LoadResult load(InputSource input) {
        List<EmployeeRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        LoadSummary summary = stream(input, new RecordSink() {
            @Override
            public void accept(EmployeeRecord record) {
                records.add(record);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        return new LoadResult(records, rejections, summary);
    }

    /**
     * Streams one input into a sink, without holding the records.
     *
     * @throws InvalidRecordException in strict mode, at the first invalid record
     * @throws InputException        when the input cannot be read at all
     * @throws AdapterException      when the adapter throws or breaks its contract
     * @throws ConfigurationException for an unknown adapter or option
     */
    public LoadSummary stream(InputSource input, RecordSink sink) {
        HrisAdapter adapter = registry.select(input, adapterName);
        AdapterSettings checked = checkOptions(adapter);
        Run run = new Run(input, adapter.name(), sink);
        List<String> warnings;
        try (AutoCloseableReader reader = new AutoCloseableReader(open(adapter, input, checked), run.adapter)) {
            ReadAhead reading = new ReadAhead(reader.reader, run.adapter, run.last);
            try {
                reading.run(run::process);
            } finally {
                run.last = reading.last();
            }
            warnings = warnings(reader.reader, run.adapter);
        } catch (IOException e) {
            throw unreadable(input, run.last, e);
        }
        progress.progress(input.name(), run.checks.read());
        LoadSummary summary = run.checks.summary(warnings);
        // Counts only: logs never carry personal data.
        LOG.log(System.Logger.Level.DEBUG, () -> "loaded " + summary);
        return summary;
    }

    /** The state of one streaming load. */
    private final class Run {
        final InputSource input;
        final String adapter;
        final RecordSink sink;
        final LoadChecks checks;
        SourcePosition last;

        Run(InputSource input, String adapter, RecordSink sink) {
            this.input = input;
            this.adapter = adapter;
            this.sink = sink;
            this.checks = new LoadChecks(input.name(), adapter, mode, progress);
            this.last = SourcePosition.of(input.name());
        }

        /**
         * Validates a batch, in parallel when it is large (Bean Validation dominates the cost
         * of a load and the validator is thread-safe), then passes it on strictly in input order.
         */
        void process(List<ReadResult> batch) {
            List<List<Violation>> beanViolations = batch.size() >= PARALLEL_THRESHOLD
                    ? batch.parallelStream().map(entry -> LoadChecks.beanViolations(entry, adapter)).toList()
                    : batch.stream().map(entry -> LoadChecks.beanViolations(entry, adapter)).toList();
            for (int i = 0; i < batch.size(); i++) {
                ReadResult entry = batch.get(i);
                Optional<Rejection> rejection = checks.check(entry, beanViolations.get(i));
                if (rejection.isEmpty()) {
                    sink.accept(((ReadResult.Parsed) entry).record());
                } else {
                    sink.reject(rejection.get());
                }
                checks.counted();
            }
        }
    }

    private AdapterSettings checkOptions(HrisAdapter adapter) {
        Set<String> known = new TreeSet<>();
        Map<String, String> values = new HashMap<>();
        List<AdapterOption> options;
        try {
            options = List.copyOf(adapter.options());
        } catch (RuntimeException | LinkageError e) {
            throw new AdapterException(adapter.name(), "options() failed: " + e, e);
        }
        for (AdapterOption option : options) {
            known.add(option.name());
            option.defaultValue().ifPresent(v -> values.put(option.name(), v));
        }
        for (String key : settings.values().keySet()) {
            if (!known.contains(key)) {
                throw new ConfigurationException("adapter '" + adapter.name() + "' has no option '" + key
                        + "'" + (known.isEmpty() ? "" : "; its options: " + String.join(", ", known)));
            }
        }
        values.putAll(settings.values());
        return new AdapterSettings(values);
    }

    private static RecordReader open(HrisAdapter adapter, InputSource input, AdapterSettings settings)
            throws IOException {
        RecordReader reader;
        try {
            reader = adapter.open(input, settings);
        } catch (MixiteException | IOException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: an adapter built against another SPI version (e.g. AbstractMethodError).
            throw new AdapterException(adapter.name(), "failed to open " + input.name() + ": " + e, e);
        }
        if (reader == null) {
            throw new AdapterException(adapter.name(), "open() returned null for " + input.name());
        }
        return reader;
    }

    private static List<String> warnings(RecordReader reader, String adapter) {
        try {
            return List.copyOf(reader.warnings());
        } catch (RuntimeException | LinkageError e) {
            throw new AdapterException(adapter, "warnings() failed: " + e, e);
        }
    }

    /** The adapter's reader, whose close() failures are attributed to the adapter like the rest. */
    private static final class AutoCloseableReader implements AutoCloseable {
        final RecordReader reader;
        private final String adapter;

        AutoCloseableReader(RecordReader reader, String adapter) {
            this.reader = reader;
            this.adapter = adapter;
        }

        @Override
        public void close() throws IOException {
            try {
                reader.close();
            } catch (MixiteException | IOException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                throw new AdapterException(adapter, "close() failed: " + e, e);
            }
        }
    }

    private static MixiteException unreadable(InputSource input, SourcePosition last, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new InputException(last, "is not valid UTF-8 text after this point", e);
        }
        if (e instanceof NoSuchFileException) {
            return new InputException(SourcePosition.of(input.name()), "file not found", e);
        }
        return new InputException(last, "cannot be read: " + e.getMessage(), e);
    }

    /** Configures a {@link DatasetLoader}. */
    public static final class Builder {
        private AdapterRegistry registry;
        private LoadMode mode = LoadMode.STRICT;
        private Optional<String> adapterName = Optional.empty();
        private AdapterSettings settings = AdapterSettings.NONE;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** The adapters to choose from; by default, those {@link AdapterRegistry#discover() discovered}. */
        public Builder registry(AdapterRegistry value) {
            registry = Objects.requireNonNull(value);
            return this;
        }

        /** {@link LoadMode#STRICT} by default. */
        public Builder mode(LoadMode value) {
            mode = Objects.requireNonNull(value);
            return this;
        }

        /** Use this adapter instead of probing the input. */
        public Builder adapter(String name) {
            adapterName = Optional.of(name);
            return this;
        }

        public Builder settings(AdapterSettings value) {
            settings = Objects.requireNonNull(value);
            return this;
        }

        public Builder progress(ProgressListener value) {
            progress = Objects.requireNonNull(value);
            return this;
        }

        public DatasetLoader build() {
            return new DatasetLoader(this);
        }
    }
}

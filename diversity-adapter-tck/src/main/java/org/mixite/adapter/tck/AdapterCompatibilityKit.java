package org.mixite.adapter.tck;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mixite.spi.AdapterException;
import org.mixite.spi.MixiteException;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.validation.Violation;

/**
 * The compatibility kit of the {@link HrisAdapter} contract. An adapter's test class extends
 * it, implements the factory methods, and inherits every test:
 *
 * <pre>{@code
 * class AcmeAdapterCompatibilityTest extends AdapterCompatibilityKit {
 *     protected HrisAdapter adapter() { return new AcmeAdapter(); }
 *     protected Sample validSample() { return Sample.of(InputSource.of(Path.of("src/test/resources/sample.acme.json"))); }
 *     protected long validSampleRecords() { return 12; }
 *     protected Sample write(Iterator<EmployeeRecord> records, Path directory) throws IOException {
 *         Path file = directory.resolve("written.acme.json");
 *         AcmeWriter.write(records, file);          // your format, written as the records come
 *         return Sample.of(InputSource.of(file));
 *     }
 * }
 * }</pre>
 *
 * <p>The kit reads file and in-memory inputs through {@link InputSource#open()} (it wraps the
 * streams to check that they are closed). Adapters that open a URI themselves (a database, an
 * API) override {@link #garbageSamples()} and {@link #openResources(Sample)}.
 */
@API(status = API.Status.EXPERIMENTAL)
public abstract class AdapterCompatibilityKit {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern OPTION = Pattern.compile("[a-z][a-z0-9]*([-.][a-z0-9]+)*");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9.+-]*");

    private Path directory;

    // ---------------------------------------------------------------- what a vendor supplies

    /** The adapter under test. */
    protected abstract HrisAdapter adapter();

    /**
     * A realistic input of the adapter, such as the example export shipped with it. It may hold
     * invalid entries; say how many in {@link #validSampleRejections()}.
     */
    protected abstract Sample validSample() throws Exception;

    /** How many entries of {@link #validSample()} the loader accepts. */
    protected abstract long validSampleRecords();

    /** How many entries of {@link #validSample()} the loader rejects; none by default. */
    protected long validSampleRejections() {
        return 0;
    }

    /**
     * Writes records in the adapter's format and returns the input that reads them back: a
     * file in {@code directory}, bytes, or a table. Write as you iterate: {@link #largeSample}
     * passes {@link #largeSampleSize()} records, generated on the fly. Fields the format cannot
     * hold may be dropped, but the id, sex and birth date must survive.
     *
     * @param directory a fresh directory that the kit deletes after the test
     */
    protected abstract Sample write(Iterator<EmployeeRecord> records, Path directory) throws Exception;

    /** An input of {@code n} valid records with distinct ids; by default {@link #write} of generated ones. */
    protected Sample largeSample(int n, Path directory) throws Exception {
        return write(EmployeeGenerator.records(n), directory);
    }

    /** How many records the streaming test reads; 200,000 by default. */
    protected int largeSampleSize() {
        return 200_000;
    }

    /**
     * How much the heap may grow, once garbage is collected, from before a reader is opened to
     * after it streamed {@link #largeSampleSize()} records: 8 MiB by default, room for a fetch
     * buffer but far below what keeping the records or the rows would take (hundreds of bytes
     * each). The kit warms the adapter up on a first reader before it measures.
     */
    protected long maxRetainedHeapBytes() {
        return 8L << 20;
    }

    /**
     * Inputs the adapter must survive. By default: a fixed corpus of parser killers and
     * reproducible mutations of the valid sample and of written records, named like the valid
     * sample (same extension) and read with its settings. Adapters that read URIs override it.
     */
    protected List<Sample> garbageSamples() throws Exception {
        Sample valid = validSample();
        if (!valid.hasContent()) {
            fail("the valid sample " + valid + " is a URI, so the kit cannot make garbage of it: override garbageSamples()");
        }
        String name = "garbage" + valid.input().extension().map(e -> "." + e).orElse("");
        Map<String, byte[]> corpus = new LinkedHashMap<>(GarbageCorpus.fixed());
        corpus.putAll(GarbageCorpus.mutations("the valid sample", readAll(valid.input()), 60));
        Sample written = write(EmployeeGenerator.records(20), directory());
        if (written.hasContent()) {
            corpus.putAll(GarbageCorpus.mutations("20 written records", readAll(written.input()), 40));
        }
        List<Sample> samples = new ArrayList<>();
        corpus.forEach((label, bytes) -> samples.add(new Sample(label, InputSource.of(name, bytes), valid.settings())));
        return samples;
    }

    /**
     * For inputs the adapter opens itself (URIs): how many resources it holds open right now
     * (connections, sessions, file handles), so that the kit can check it releases them. The
     * kit tracks file and in-memory inputs itself; this default knows nothing.
     */
    protected OptionalLong openResources(Sample sample) throws Exception {
        return OptionalLong.empty();
    }

    /** A fresh directory for this test, deleted after it. */
    protected final Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("mixite-tck");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    @AfterEach
    final void deleteDirectory() throws IOException {
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            directory = null;
        }
    }

    // ---------------------------------------------------------------- the contract

    @Nested
    @DisplayName("its name and options are declared")
    class NameAndOptions {

        @Test
        @DisplayName("its name is lower-case letters, digits and dashes, and stable")
        void nameIsLowerCase() {
            HrisAdapter adapter = adapter();
            String name = adapter.name();
            assertNotNull(name, "name() returned null");
            assertTrue(NAME.matcher(name).matches(),
                    "name '" + name + "' must be lower-case letters, digits and single dashes, starting with a letter");
            assertEquals(name, adapter.name(), "name() must return the same name every time");
            assertEquals(name, newInstance(adapter).name(), "two instances of the adapter must have the same name");
        }

        @Test
        @DisplayName("its description is one non-blank line")
        void descriptionIsOneLine() {
            String description = adapter().description();
            assertNotNull(description, "description() returned null");
            assertFalse(description.isBlank(), "description() is blank");
            assertFalse(description.contains("\n") || description.contains("\r"), "description() must be one line");
        }

        @Test
        @DisplayName("its options have unique lower-case names, a description and no null default")
        void optionsAreDocumented() {
            List<AdapterOption> options = adapter().options();
            assertNotNull(options, "options() returned null");
            Set<String> names = new HashSet<>();
            for (AdapterOption option : options) {
                assertNotNull(option, "options() holds a null");
                assertTrue(OPTION.matcher(option.name()).matches(),
                        "option name '" + option.name() + "' must be lower-case letters, digits, dashes or dots");
                assertTrue(names.add(option.name()), "option '" + option.name() + "' is declared twice");
                assertFalse(option.description().isBlank(), "option '" + option.name() + "' has no description");
                assertFalse(option.description().contains("\n"), "the description of option '" + option.name() + "' must be one line");
            }
        }

        @Test
        @DisplayName("its file extensions and URI schemes are lower-case and without dots or colons")
        void extensionsAndSchemesAreLowerCase() {
            HrisAdapter adapter = adapter();
            assertNotNull(adapter.fileExtensions(), "fileExtensions() returned null");
            assertNotNull(adapter.uriSchemes(), "uriSchemes() returned null");
            for (String extension : adapter.fileExtensions()) {
                assertTrue(EXTENSION.matcher(extension).matches() && !extension.startsWith("."),
                        "file extension '" + extension + "' must be lower-case, without the leading dot");
            }
            for (String scheme : adapter.uriSchemes()) {
                assertTrue(scheme.matches("[a-z][a-z0-9+.-]*"), "URI scheme '" + scheme + "' must be lower-case, without ':'");
            }
            assertFalse(adapter.fileExtensions().isEmpty() && adapter.uriSchemes().isEmpty(),
                    "the adapter declares neither file extensions nor URI schemes, so it can never be probed");
        }

        @Test
        @DisplayName("it is public with a public no-argument constructor, as ServiceLoader needs")
        void canBeInstantiatedByServiceLoader() {
            Class<?> type = adapter().getClass();
            assertTrue(Modifier.isPublic(type.getModifiers()), type.getName() + " must be public");
            assertFalse(Modifier.isAbstract(type.getModifiers()), type.getName() + " must not be abstract");
            assertTrue(hasPublicNoArgConstructor(type) || hasProviderMethod(type),
                    type.getName() + " needs a public no-argument constructor (or a public static provider() method)");
        }

        @Test
        @DisplayName("it is discovered by ServiceLoader under its name, and no other adapter takes that name")
        void isDiscoveredUnderAUniqueName() {
            HrisAdapter adapter = adapter();
            Class<?> type = adapter.getClass();
            AdapterRegistry registry = type.getModule().isNamed() && type.getModule().getLayer() != null
                    ? AdapterRegistry.discover(type.getModule().getLayer())
                    : AdapterRegistry.discover(type.getClassLoader());
            Optional<HrisAdapter> found = registry.find(adapter.name());
            assertTrue(found.isPresent(), "no adapter named '" + adapter.name() + "' was discovered: list " + type.getName()
                    + " in META-INF/services/" + HrisAdapter.class.getName() + " and in 'provides' of your module-info");
            assertEquals(type, found.get().getClass(), "the name '" + adapter.name() + "' is taken by " + found.get().getClass().getName());
            for (String problem : registry.problems()) {
                assertFalse(problem.contains("'" + adapter.name() + "'"), problem);
            }
        }

        @Test
        @DisplayName("it recognises its own sample when probing, and probing never throws")
        void probesItsOwnSample() throws Exception {
            HrisAdapter adapter = adapter();
            Sample sample = validSample();
            Probe probe = assertDoesNotThrow(() -> adapter.probe(sample.input()), "probe(" + sample + ") threw");
            assertNotNull(probe, "probe() returned null");
            boolean declared = sample.input().extension().filter(adapter.fileExtensions()::contains).isPresent()
                    || sample.input().uri().map(u -> u.getScheme()).filter(adapter.uriSchemes()::contains).isPresent();
            if (declared) {
                assertNotSame(Probe.NO, probe, "probe(" + sample + ") says NO although the adapter declares its extension or scheme");
            }
        }
    }

    @Nested
    @DisplayName("its records are valid or reported")
    class ValidOrReported {

        @Test
        @DisplayName("the valid sample loads with the expected numbers of accepted and rejected records, and read = accepted + rejected")
        void validSampleReconciles() throws Exception {
            LoadResult result = loadLenient(validSample());
            var summary = result.summary();
            assertEquals(summary.read(), summary.accepted() + summary.rejected(), "read must equal accepted + rejected");
            assertEquals(validSampleRecords(), summary.accepted(), () -> "accepted records; rejections: " + result.rejections());
            assertEquals(validSampleRejections(), summary.rejected(), () -> "rejected entries: " + result.rejections());
            assertEquals(summary.accepted(), result.records().size());
        }

        @Test
        @DisplayName("every rejected entry names the adapter and gives at least one violation with its position")
        void rejectionsCarryViolations() throws Exception {
            Sample sample = validSample();
            LoadResult result = loadLenient(sample);
            for (Rejection rejection : result.rejections()) {
                assertEquals(adapter().name(), rejection.adapter());
                assertFalse(rejection.violations().isEmpty(), rejection + " has no violation");
                assertFalse(rejection.position().source().isBlank(), rejection + " has no source");
                for (Violation violation : rejection.violations()) {
                    assertFalse(violation.message().isBlank(), rejection + " has a violation without a message");
                }
            }
        }

        @Test
        @DisplayName("reading the valid sample directly gives as many entries as the loader counted: none is dropped")
        void nothingIsDroppedSilently() throws Exception {
            Sample sample = validSample();
            long direct = read(sample, entry -> { });
            assertEquals(direct, loadLenient(sample).summary().read(), "entries read directly vs. entries the loader counted");
            assertEquals(validSampleRecords() + validSampleRejections(), direct,
                    "entries in the valid sample (accepted + rejected as declared by the test)");
        }

        @Test
        @DisplayName("written records are read back as valid records with the same ids, sexes and birth years, and their work postal code or none")
        void writtenRecordsRoundTrip() throws Exception {
            int n = 50;
            Sample sample = write(EmployeeGenerator.records(n), directory());
            LoadResult result = DatasetLoader.builder().mode(LoadMode.STRICT).registry(AdapterRegistry.of(adapter()))
                    .adapter(adapter().name()).settings(sample.settings()).build().load(sample.input());
            assertEquals(n, result.summary().accepted(), "records accepted in strict mode");
            Map<String, EmployeeRecord> byId = new HashMap<>();
            result.records().forEach(r -> byId.put(r.id(), r));
            for (int i = 1; i <= n; i++) {
                EmployeeRecord expected = EmployeeGenerator.record(i);
                EmployeeRecord actual = byId.get(expected.id());
                assertNotNull(actual, "record " + expected.id() + " was written but not read back");
                assertEquals(expected.sex(), actual.sex(), "sex of " + expected.id());
                assertEquals(expected.birthYearOrDerived(), actual.birthYearOrDerived(), "birth year of " + expected.id());
                // An adapter whose format has no place for it reads none; one that has must not alter it.
                assertTrue(actual.workPostalCode().isEmpty() || actual.workPostalCode().equals(expected.workPostalCode()),
                        "work postal code of " + expected.id() + ": " + actual.workPostalCode());
            }
        }

        @Test
        @DisplayName("after the last entry, next() keeps returning empty")
        void endOfInputIsStable() throws Exception {
            Sample sample = validSample();
            HrisAdapter adapter = adapter();
            try (RecordReader reader = adapter.open(sample.input(), effective(adapter, sample))) {
                while (next(reader).isPresent()) {
                    // drain
                }
                assertTrue(next(reader).isEmpty(), "next() after the end returned an entry");
                assertTrue(next(reader).isEmpty(), "next() after the end returned an entry");
                assertNotNull(reader.warnings(), "warnings() returned null");
            }
        }
    }

    @Nested
    @DisplayName("its ids are unique")
    class UniqueIds {

        @Test
        @DisplayName("1,000 records written with distinct ids are read with 1,000 distinct ids")
        void distinctIdsStayDistinct() throws Exception {
            int n = 1_000;
            Sample sample = write(EmployeeGenerator.records(n), directory());
            Set<String> ids = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            long[] parsed = {0};
            read(sample, entry -> {
                if (entry instanceof ReadResult.Parsed p) {
                    parsed[0]++;
                    if (!ids.add(p.record().id())) {
                        repeated.add(p.record().id());
                    }
                }
            });
            assertEquals(n, parsed[0], "records read");
            assertTrue(repeated.isEmpty(), "ids read more than once: " + repeated.stream().limit(10).toList());
        }

        @Test
        @DisplayName("an id that appears twice in the input is rejected by the loader, not merged or dropped")
        void repeatedIdIsReported() throws Exception {
            List<EmployeeRecord> records = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                records.add(EmployeeGenerator.record(i));
            }
            records.add(EmployeeGenerator.record(3).toBuilder().establishment("Lyon").build());
            Sample sample = write(records.iterator(), directory());
            LoadResult result = loadLenient(sample);
            assertEquals(11, result.summary().read(), "entries read: the repeated id must reach the loader");
            assertEquals(10, result.summary().accepted(), "records accepted");
            assertEquals(1, result.rejections().size(), "rejections");
            Rejection rejection = result.rejections().get(0);
            assertTrue(rejection.violations().stream().anyMatch(v -> v.field().equals("id")),
                    "the rejection must be about the id: " + rejection.violations());
        }
    }

    @Nested
    @DisplayName("it streams: N records pass in bounded memory")
    class Streaming {

        @Test
        @DisplayName("a reader streams the large sample without retaining the records it returned")
        void streamsInBoundedMemory() throws Exception {
            int n = largeSampleSize();
            Sample sample = largeSample(n, directory());
            HrisAdapter adapter = adapter();
            AdapterSettings settings = effective(adapter, sample);
            int tail = Math.min(2_000, n / 10);
            int stride = Math.max(1, n / 500);
            List<WeakReference<EmployeeRecord>> early = new ArrayList<>();
            long entries = 0;
            long parsed = 0;
            long growth;
            // Warm up on the first entries: classes, drivers and caches load outside the measure.
            try (RecordReader warmUp = adapter.open(sample.input(), settings)) {
                for (int i = 0; i < 1_000 && next(warmUp).isPresent(); i++) {
                    // read
                }
            }
            Heap.collect();
            long before = Heap.used();
            try (RecordReader reader = adapter.open(sample.input(), settings)) {
                for (Optional<ReadResult> entry = next(reader); entry.isPresent(); entry = next(reader)) {
                    entries++;
                    if (entry.get() instanceof ReadResult.Parsed p) {
                        parsed++;
                        // Sample records well before the end: a reader may hold a small window, not the past.
                        if (entries % stride == 0 && entries <= n - tail) {
                            early.add(new WeakReference<>(p.record()));
                        }
                    }
                }
                Heap.collectUntilCleared(early);
                growth = Heap.used() - before;
                Reference.reachabilityFence(reader);
            }
            assertEquals(n, entries, "entries read from the large sample");
            assertEquals(n, parsed, "records parsed from the large sample");
            long retained = early.stream().filter(r -> r.get() != null).count();
            assertEquals(0, retained, retained + " of " + early.size()
                    + " records returned early in the stream were still reachable at its end: the reader keeps what it returned");
            assertTrue(growth <= maxRetainedHeapBytes(), "the heap grew by " + growth / 1024 + " KiB while streaming " + n
                    + " records (at most " + maxRetainedHeapBytes() / 1024 + " KiB allowed): the reader accumulates");
        }
    }

    @Nested
    @DisplayName("it survives garbage input with Mixité's own exceptions")
    class Garbage {

        @Test
        @DisplayName("reading garbage gives entries or a MixiteException, never another exception")
        void garbageGivesOnlyMixiteExceptions() throws Exception {
            List<Sample> garbage = garbageSamples();
            assertFalse(garbage.isEmpty(), "garbageSamples() is empty");
            HrisAdapter adapter = adapter();
            List<String> failures = new ArrayList<>();
            Throwable[] first = {null};
            assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
                for (Sample sample : garbage) {
                    try {
                        adapter.probe(sample.input());
                        try (RecordReader reader = adapter.open(sample.input(), effective(adapter, sample))) {
                            while (next(reader).isPresent()) {
                                // drain
                            }
                            reader.warnings();
                        }
                    } catch (MixiteException expected) {
                        assertNotNull(expected.getMessage(), "a MixiteException without a message on " + sample);
                    } catch (Throwable t) {
                        failures.add(sample.label() + ": " + t);
                        first[0] = first[0] == null ? t : first[0];
                    }
                }
            }, "the adapter takes more than 2 minutes over the garbage corpus (a loop?)");
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + garbage.size() + " garbage inputs threw something else than a MixiteException:\n  "
                        + String.join("\n  ", failures), first[0]);
            }
        }

        @Test
        @DisplayName("the loader turns garbage into rejections or an input error, never into an adapter failure")
        void loaderNeverBlamesTheAdapter() throws Exception {
            List<Sample> garbage = garbageSamples();
            List<String> failures = new ArrayList<>();
            Throwable[] first = {null};
            assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
                for (Sample sample : garbage) {
                    try {
                        loadLenient(sample);
                    } catch (AdapterException e) {
                        failures.add(sample.label() + ": " + e.getMessage());
                        first[0] = first[0] == null ? e : first[0];
                    } catch (MixiteException expected) {
                        // an input error: fine
                    } catch (Throwable t) {
                        failures.add(sample.label() + ": " + t);
                        first[0] = first[0] == null ? t : first[0];
                    }
                }
            }, "the loader takes more than 2 minutes over the garbage corpus (a loop?)");
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + garbage.size() + " garbage inputs failed as the adapter's fault:\n  "
                        + String.join("\n  ", failures), first[0]);
            }
        }
    }

    @Nested
    @DisplayName("it closes its resources")
    class Resources {

        @Test
        @DisplayName("a reader read to the end and closed leaves nothing open")
        void closesAfterFullRead() throws Exception {
            assertReleases(validSample(), "read to the end", sample -> {
                HrisAdapter adapter = adapter();
                try (RecordReader reader = adapter.open(sample.input(), effective(adapter, sample))) {
                    while (next(reader).isPresent()) {
                        // drain
                    }
                }
            });
        }

        @Test
        @DisplayName("a reader closed after its first entry leaves nothing open")
        void closesAfterPartialRead() throws Exception {
            assertReleases(write(EmployeeGenerator.records(100), directory()), "closed after one entry", sample -> {
                HrisAdapter adapter = adapter();
                try (RecordReader reader = adapter.open(sample.input(), effective(adapter, sample))) {
                    assertTrue(next(reader).isPresent(), "no entry in 100 written records");
                }
            });
        }

        @Test
        @DisplayName("a reader closed twice is harmless")
        void closingTwiceIsHarmless() throws Exception {
            Sample sample = validSample();
            HrisAdapter adapter = adapter();
            RecordReader reader = adapter.open(sample.input(), effective(adapter, sample));
            next(reader);
            reader.close();
            assertDoesNotThrow(reader::close, "the second close() threw");
        }

        @Test
        @DisplayName("the loader leaves nothing open, even when the input is garbage")
        void closesOnFailure() throws Exception {
            List<String> leaks = new ArrayList<>();
            for (Sample sample : garbageSamples()) {
                try {
                    assertReleases(sample, "garbage", s -> {
                        try {
                            loadLenient(s);
                        } catch (MixiteException expected) {
                            // the input's fault: what matters here is that nothing stays open
                        }
                    });
                } catch (AssertionError e) {
                    leaks.add(e.getMessage());
                }
            }
            assertTrue(leaks.isEmpty(), leaks.size() + " garbage inputs left resources open:\n  " + String.join("\n  ", leaks));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The option values as the loader passes them: declared defaults, then the sample's. */
    private static AdapterSettings effective(HrisAdapter adapter, Sample sample) {
        Map<String, String> values = new TreeMap<>();
        for (AdapterOption option : adapter.options()) {
            option.defaultValue().ifPresent(v -> values.put(option.name(), v));
        }
        values.putAll(sample.settings().values());
        return new AdapterSettings(values);
    }

    private LoadResult loadLenient(Sample sample) {
        HrisAdapter adapter = adapter();
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(adapter))
                .adapter(adapter.name()).settings(sample.settings()).build().load(sample.input());
    }

    /** Reads every entry of a sample directly, without the loader; returns the count. */
    private long read(Sample sample, Consumer<ReadResult> each) throws IOException {
        HrisAdapter adapter = adapter();
        long count = 0;
        try (RecordReader reader = adapter.open(sample.input(), effective(adapter, sample))) {
            for (Optional<ReadResult> entry = next(reader); entry.isPresent(); entry = next(reader)) {
                assertNotNull(entry.get(), "next() returned Optional.of(null)?");
                each.accept(entry.get());
                count++;
            }
        }
        return count;
    }

    private static Optional<ReadResult> next(RecordReader reader) throws IOException {
        Optional<ReadResult> next = reader.next();
        assertNotNull(next, "next() returned null instead of Optional.empty()");
        return next;
    }

    private interface SampleAction {
        void run(Sample sample) throws Exception;
    }

    private void assertReleases(Sample sample, String what, SampleAction action) throws Exception {
        if (sample.hasContent()) {
            StreamTracker tracker = new StreamTracker();
            action.run(new Sample(sample.label(), tracker.track(sample.input()), sample.settings()));
            int open = tracker.open();
            assertEquals(0, open, () -> sample + " (" + what + "): " + open + " of the " + tracker.opened()
                    + " streams the adapter opened were not closed");
            return;
        }
        OptionalLong before = openResources(sample);
        assertTrue(before.isPresent(), "the kit cannot see what the adapter holds open on " + sample
                + ": override openResources(Sample) to count its connections or handles");
        action.run(sample);
        // A server may take a moment to notice a closed connection: look again for a few seconds.
        long after = openResources(sample).orElseThrow();
        for (int i = 0; i < 50 && after > before.getAsLong(); i++) {
            Thread.sleep(100);
            after = openResources(sample).orElseThrow();
        }
        long left = after - before.getAsLong();
        assertTrue(left <= 0, () -> sample + " (" + what + "): " + left + " resources were left open");
    }

    private static byte[] readAll(InputSource input) throws IOException {
        try (InputStream in = input.open()) {
            return in.readAllBytes();
        }
    }

    private static HrisAdapter newInstance(HrisAdapter adapter) {
        try {
            Constructor<? extends HrisAdapter> constructor = adapter.getClass().getConstructor();
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            return adapter; // checked by canBeInstantiatedByServiceLoader
        }
    }

    private static boolean hasPublicNoArgConstructor(Class<?> type) {
        try {
            return Modifier.isPublic(type.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean hasProviderMethod(Class<?> type) {
        try {
            Method provider = type.getMethod("provider");
            return Modifier.isStatic(provider.getModifiers()) && HrisAdapter.class.isAssignableFrom(provider.getReturnType());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Garbage-collection helpers for the streaming test. */
    private static final class Heap {

        private Heap() {
        }

        static long used() {
            return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        /** Collects until a fresh canary is gone, so that {@link #used()} counts live objects only. */
        static void collect() throws InterruptedException {
            WeakReference<Object> canary = new WeakReference<>(new Object());
            for (int i = 0; i < 20 && canary.get() != null; i++) {
                System.gc();
                Thread.sleep(5L * i);
            }
            if (canary.get() != null) {
                fail("System.gc() has no effect in this JVM (-XX:+DisableExplicitGC?): the streaming test needs it");
            }
            System.gc();
        }

        static void collectUntilCleared(List<WeakReference<EmployeeRecord>> refs) throws InterruptedException {
            for (int i = 0; i < 10; i++) {
                collect();
                if (refs.stream().allMatch(r -> r.get() == null)) {
                    return;
                }
            }
        }
    }
}

package org.mixite.spi.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.AdapterException;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.InvalidRecordException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ListAdapter;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/** employee-record.md, "Validation": strict and lenient modes, reconciliation, adapter failures. */
class DatasetLoaderTest {

    private static final InputSource INPUT = InputSource.of("in.testlist", new byte[0]);

    static ReadResult good(int line, String id) {
        return new ReadResult.Parsed(SourcePosition.of("in.testlist", line),
                EmployeeRecord.builder(id, Sex.FEMALE).birthYear(1980).build(), Map.of());
    }

    static ReadResult invalid(int line, String id) {
        return new ReadResult.Parsed(SourcePosition.of("in.testlist", line),
                EmployeeRecord.builder(id, Sex.MALE).build(), Map.of()); // no birth: invalid
    }

    static ReadResult malformed(int line) {
        SourcePosition at = SourcePosition.of("in.testlist", line);
        return new ReadResult.Malformed(at, Optional.empty(), List.of(new Violation(at, "sex", "sex must be F, M, X or empty")));
    }

    private static DatasetLoader loader(LoadMode mode, List<ReadResult> entries) {
        return DatasetLoader.builder().mode(mode)
                .registry(AdapterRegistry.of(new ListAdapter("test-list", () -> entries))).build();
    }

    @Test
    @DisplayName("lenient mode rejects invalid, malformed and duplicate entries and reconciles read = accepted + rejected")
    void lenientReconciles() {
        LoadResult result = loader(LoadMode.LENIENT, List.of(good(2, "a"), invalid(3, "b"), malformed(4), good(5, "a"), good(6, "c"))).load(INPUT);
        assertThat(result.summary().read()).isEqualTo(5);
        assertThat(result.summary().accepted()).isEqualTo(2);
        assertThat(result.summary().rejected()).isEqualTo(3);
        assertThat(result.records()).extracting(EmployeeRecord::id).containsExactly("a", "c");
        assertThat(result.rejections()).extracting(r -> r.position().line().getAsLong()).containsExactly(3L, 4L, 5L);
        assertThat(result.rejections().get(2).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("duplicate id 'a' (first seen at line 2)"));
        assertThat(result.rejections()).allSatisfy(r -> assertThat(r.adapter()).isEqualTo("test-list"));
    }

    @Property(tries = 200)
    @Label("the load summary always reconciles")
    void reconciliationProperty(@ForAll @IntRange(max = 30) int goods, @ForAll @IntRange(max = 30) int bads,
                                @ForAll @IntRange(max = 30) int dups) {
        List<ReadResult> entries = new ArrayList<>();
        int line = 2;
        for (int i = 0; i < goods; i++) entries.add(good(line++, "g" + i));
        for (int i = 0; i < bads; i++) entries.add(i % 2 == 0 ? invalid(line++, "b" + i) : malformed(line++));
        for (int i = 0; i < dups && goods > 0; i++) entries.add(good(line++, "g0"));
        LoadSummary s = loader(LoadMode.LENIENT, entries).load(INPUT).summary();
        assertThat(s.read()).isEqualTo(entries.size()).isEqualTo(s.accepted() + s.rejected());
        assertThat(s.accepted()).isEqualTo(goods);
    }

    @Test
    @DisplayName("strict mode fails at the first invalid record, listing every violation with file and line")
    void strictFailsFirst() {
        assertThatThrownBy(() -> loader(LoadMode.STRICT, List.of(good(2, "a"), invalid(3, "b"), malformed(4))).load(INPUT))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("in.testlist:3: invalid record")
                .hasMessageContaining("[birth_date]: birth_date or birth_year is required");
    }

    /** Entries past the first batch are read on a read-ahead thread: the same results, in the same order. */
    @Property(tries = 20)
    @Label("inputs of several batches load in input order, reconciled, with the sink on the caller's thread")
    void severalBatches(@ForAll @IntRange(min = 4000, max = 13000) int size, @ForAll @IntRange(max = 100) int everyNth) {
        List<ReadResult> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int line = i + 2;
            entries.add(everyNth > 0 && i % (everyNth + 7) == 3 ? invalid(line, "b" + i) : good(line, "g" + i));
        }
        Thread caller = Thread.currentThread();
        List<String> accepted = new ArrayList<>();
        List<Long> rejectedLines = new ArrayList<>();
        LoadSummary summary = loader(LoadMode.LENIENT, entries).stream(INPUT, new RecordSink() {
            @Override
            public void accept(EmployeeRecord record) {
                assertThat(Thread.currentThread()).isSameAs(caller);
                accepted.add(record.id());
            }

            @Override
            public void reject(Rejection rejection) {
                assertThat(Thread.currentThread()).isSameAs(caller);
                rejectedLines.add(rejection.position().line().getAsLong());
            }
        });
        List<String> expected = entries.stream().filter(e -> ((ReadResult.Parsed) e).record().birthYear().isPresent())
                .map(e -> ((ReadResult.Parsed) e).record().id()).toList();
        assertThat(accepted).isEqualTo(expected);
        assertThat(rejectedLines).isSorted().hasSize(size - expected.size());
        assertThat(summary.read()).isEqualTo(size).isEqualTo(summary.accepted() + summary.rejected());
    }

    @Test
    @DisplayName("past the first batch: strict mode still stops at the first invalid record, and the reader is closed after the reading stopped")
    void strictFailsFirstPastTheFirstBatch() {
        List<ReadResult> entries = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            entries.add(i == 9_000 || i == 15_000 ? invalid(i + 2, "b" + i) : good(i + 2, "g" + i));
        }
        java.util.concurrent.atomic.AtomicInteger readAfterClose = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        ListAdapter watched = new ListAdapter("watched", () -> entries) {
            @Override
            public RecordReader open(InputSource input, AdapterSettings settings) {
                RecordReader inner = super.open(input, settings);
                return new RecordReader() {
                    @Override
                    public Optional<ReadResult> next() throws java.io.IOException {
                        if (closed.get()) {
                            readAfterClose.incrementAndGet();
                        }
                        return inner.next();
                    }

                    @Override
                    public void close() {
                        closed.set(true);
                    }
                };
            }
        };
        List<String> accepted = new ArrayList<>();
        DatasetLoader loader = DatasetLoader.builder().mode(LoadMode.STRICT).registry(AdapterRegistry.of(watched)).build();
        assertThatThrownBy(() -> loader.stream(INPUT, (RecordSink) r -> accepted.add(r.id())))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("in.testlist:9002: invalid record");
        assertThat(accepted).hasSize(9_000);
        assertThat(closed).isTrue();
        assertThat(readAfterClose).hasValue(0);
    }

    @Test
    @DisplayName("past the first batch: an adapter failure on the read-ahead thread reaches the caller, named, with its position")
    void failureOnTheReadAheadThread() {
        ListAdapter failing = failingAt("late-failure", 7_001, new IllegalStateException("boom"));
        DatasetLoader loader = DatasetLoader.builder().registry(AdapterRegistry.of(failing)).build();
        assertThatThrownBy(() -> loader.load(INPUT)).isInstanceOf(AdapterException.class)
                .hasMessageContaining("adapter 'late-failure'").hasMessageContaining("after in.testlist:7001")
                .hasMessageContaining("boom");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }

    /** An adapter whose reader serves valid entries (line = call + 1) and throws {@code failure} at call {@code failingCall}. */
    private static ListAdapter failingAt(String name, int failingCall, Throwable failure) {
        return new ListAdapter(name, List::of) {
            @Override
            public RecordReader open(InputSource input, AdapterSettings settings) {
                return new RecordReader() {
                    int calls;

                    @Override
                    public Optional<ReadResult> next() {
                        calls++;
                        if (calls == failingCall) {
                            sneakyThrow(failure); // checked or not, as an adapter in another JVM language may
                        }
                        return Optional.of(good(calls + 1, "g" + calls));
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
    }

    @Test
    @DisplayName("past the first batch: a checked exception the adapter does not declare (Kotlin, sneaky throws) reaches the caller, named — the load never hangs")
    void undeclaredCheckedExceptionOnTheReadAheadThread() {
        ListAdapter failing = failingAt("kotlin-like", 5_000, new Exception("checked, undeclared"));
        DatasetLoader loader = DatasetLoader.builder().registry(AdapterRegistry.of(failing)).build();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> loader.load(INPUT)).isInstanceOf(AdapterException.class)
                        .hasMessageContaining("adapter 'kotlin-like'").hasMessageContaining("checked, undeclared"));
    }

    @Test
    @DisplayName("a caller with its interrupt status set still loads inputs of several batches, and keeps the status")
    void interruptStatusKept() {
        List<ReadResult> entries = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            entries.add(good(i + 2, "g" + i));
        }
        Thread.currentThread().interrupt();
        try {
            assertThat(loader(LoadMode.LENIENT, entries).load(INPUT).records()).hasSize(10_000);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    @DisplayName("an adapter that throws is reported with its name and the last position read")
    void throwingAdapterIsNamed() {
        ListAdapter exploding = failingAt("exploding", 2, new IllegalStateException("boom"));
        DatasetLoader loader = DatasetLoader.builder().registry(AdapterRegistry.of(exploding)).build();
        assertThatThrownBy(() -> loader.load(INPUT)).isInstanceOf(AdapterException.class)
                .hasMessageContaining("adapter 'exploding'").hasMessageContaining("after in.testlist:2")
                .hasMessageContaining("boom");
    }

    @Test
    @DisplayName("an adapter built against another SPI (AbstractMethodError), failing in options() or in close(), is named too")
    void linkageAndCloseFailuresAreNamed() {
        ListAdapter stale = new ListAdapter("stale", List::of) {
            @Override
            public RecordReader open(InputSource input, AdapterSettings settings) {
                throw new AbstractMethodError("RecordReader.next()");
            }
        };
        assertThatThrownBy(() -> DatasetLoader.builder().registry(AdapterRegistry.of(stale)).build().load(INPUT))
                .isInstanceOf(AdapterException.class).hasMessageContaining("adapter 'stale'").hasMessageContaining("AbstractMethodError");
        ListAdapter noOptions = new ListAdapter("no-options", List::of) {
            @Override
            public List<org.mixite.spi.adapter.AdapterOption> options() {
                throw new IllegalStateException("options broken");
            }
        };
        assertThatThrownBy(() -> DatasetLoader.builder().registry(AdapterRegistry.of(noOptions)).build().load(INPUT))
                .isInstanceOf(AdapterException.class).hasMessageContaining("adapter 'no-options'").hasMessageContaining("options broken");
        ListAdapter badClose = new ListAdapter("bad-close", List::of) {
            @Override
            public RecordReader open(InputSource input, AdapterSettings settings) {
                return new RecordReader() {
                    @Override
                    public Optional<ReadResult> next() {
                        return Optional.empty();
                    }

                    @Override
                    public void close() {
                        throw new IllegalStateException("close broken");
                    }
                };
            }
        };
        assertThatThrownBy(() -> DatasetLoader.builder().registry(AdapterRegistry.of(badClose)).build().load(INPUT))
                .isInstanceOf(AdapterException.class).hasMessageContaining("adapter 'bad-close'").hasMessageContaining("close broken");
    }

    @Test
    @DisplayName("an adapter that returns null is reported with its name")
    void nullFromAdapterIsNamed() {
        ListAdapter nulls = new ListAdapter("nulls", List::of) {
            @Override
            public RecordReader open(InputSource input, AdapterSettings settings) {
                return null;
            }
        };
        assertThatThrownBy(() -> DatasetLoader.builder().registry(AdapterRegistry.of(nulls)).build().load(INPUT))
                .isInstanceOf(AdapterException.class).hasMessageContaining("adapter 'nulls'");
    }

    @Test
    @DisplayName("an unknown adapter option is refused with the adapter's options listed")
    void unknownOption() {
        DatasetLoader loader = DatasetLoader.builder().registry(AdapterRegistry.of(new ListAdapter()))
                .settings(AdapterSettings.NONE.with("colour", "blue")).build();
        assertThatThrownBy(() -> loader.load(InputSource.of("x.testlist", new byte[0])))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no option 'colour'")
                .hasMessageContaining("flavour");
    }

    @Test
    @DisplayName("the reader is closed after the load, also when it fails")
    void readerClosed() {
        ListAdapter adapter = new ListAdapter("closing", () -> List.of(good(2, "a"), invalid(3, "b")));
        DatasetLoader strict = DatasetLoader.builder().registry(AdapterRegistry.of(adapter)).build();
        assertThatThrownBy(() -> strict.load(INPUT)).isInstanceOf(InvalidRecordException.class);
        assertThat(adapterClosed(adapter)).isTrue();
    }

    private static boolean adapterClosed(ListAdapter adapter) {
        try {
            var field = ListAdapter.class.getDeclaredField("closed");
            field.setAccessible(true);
            return field.getBoolean(adapter);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("a period parses from START..END and rejects an end before its start")
    void periodParsing() {
        assertThat(org.mixite.spi.model.ReferencePeriod.parse("2025-01-01..2025-12-31").days()).isEqualTo(365);
        assertThat(org.mixite.spi.model.ReferencePeriod.calendarYear(2024).days()).isEqualTo(366);
        assertThatThrownBy(() -> org.mixite.spi.model.ReferencePeriod.parse("2025-12-31..2025-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> org.mixite.spi.model.ReferencePeriod.parse("2025-02-30..2025-12-31"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid ISO date");
        assertThat(LocalDate.of(2025, 6, 1)).satisfies(d ->
                assertThat(org.mixite.spi.model.ReferencePeriod.calendarYear(2025).contains(d)).isTrue());
    }
}

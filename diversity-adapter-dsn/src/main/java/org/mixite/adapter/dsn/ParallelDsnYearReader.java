package org.mixite.adapter.dsn;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.validation.SourcePosition;

/**
 * The monthly files of one year read as {@link DsnYearReader} reads them, one file per core
 * (issue 20): each file is parsed on a thread of its own into a log of what the sequential
 * reader would have done with it (the months it combines, with the declared month and whether a
 * later declaration replaces them; the problems it passes on; the file's warnings; the error
 * that stopped it), and the logs are replayed in file order on the caller's thread. So the
 * records, problems, warnings, their order, and an error (the first one in file order, thrown
 * after the problems met before it) are those of the sequential read. At most {@code threads}
 * files are parsed ahead of the one being replayed, which bounds the memory to a few months.
 */
final class ParallelDsnYearReader implements RecordReader {

    /** One person-month for the combiner, with what the sequential reader's observer read from the file reader. */
    private record Month(String key, YearMonth declared, ReadResult.Parsed parsed, MonthFacts facts) {
    }

    /** What reading one file gave, in the order the sequential reader would have met it. */
    private static final class MonthLog {
        final List<Month> months = new ArrayList<>();
        final List<ReadResult> problems = new ArrayList<>();
        long replaced;
        /** The file reader's warnings, once it reached the end of the file; null if it did not. */
        List<String> warnings;
        /** What stopped the file (opening, reading or closing it), after everything above. */
        Throwable failure;
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final List<String> fileNames;
    private final DsnYearReader.MonthlyFiles monthly;
    private final int threads;
    private final DsnYearCombiner combiner = new DsnYearCombiner();
    private final Map<String, SourcePosition> firstSeen = new HashMap<>();
    private final Deque<ReadResult> ready = new ArrayDeque<>();
    private final List<String> warnings = new ArrayList<>();
    /** Files submitted and not yet replayed, in file order. */
    private final Deque<Future<MonthLog>> ahead = new ArrayDeque<>();
    private ExecutorService pool;
    private Declarations declarations;
    private int submitted;
    private long replacedMonths;
    private boolean emitted;
    /** What stopped the file replayed last, thrown once its problems are handed out. */
    private Throwable failure;
    private volatile boolean closed;

    ParallelDsnYearReader(List<String> files, DsnYearReader.MonthlyFiles monthly, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.fileNames = List.copyOf(files);
        this.monthly = monthly;
        this.threads = threads;
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        try {
            while (ready.isEmpty() && !emitted) {
                if (failure != null) {
                    throw rethrow(failure); // after the problems its file met before it, as in the sequential read
                }
                if (declarations == null) {
                    declarations = prescan();
                }
                fill();
                Future<MonthLog> head = ahead.poll();
                if (head == null) {
                    emitted = true;
                    List<DsnYearCombiner.Combined> year = combine();
                    shutdown();
                    for (DsnYearCombiner.Combined c : year) {
                        ready.add(new ReadResult.Parsed(firstSeen.get(c.key()), c.record()));
                    }
                    firstSeen.clear();
                    break;
                }
                replay(await(head));
            }
        } catch (IOException | RuntimeException | Error e) {
            shutdown(); // nothing more is read once a file failed: the threads end now
            throw e;
        }
        return Optional.ofNullable(ready.poll());
    }

    /** The annual records, built on the pool's threads (idle once every file is read). */
    private List<DsnYearCombiner.Combined> combine() throws IOException {
        try {
            return combiner.combined(pool(), threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while combining the monthly DSN files");
        }
    }

    /** The declarations' headers of every file, read in parallel; the first failure in file order is thrown, as in the sequential prescan. */
    private Declarations prescan() throws IOException {
        List<Future<List<Declarations.Header>>> headers = new ArrayList<>(fileNames.size());
        for (String file : fileNames) {
            headers.add(pool().submit(() -> Declarations.headers(file)));
        }
        List<Declarations.Header> all = new ArrayList<>();
        for (Future<List<Declarations.Header>> h : headers) {
            all.addAll(await(h));
        }
        return Declarations.of(all);
    }

    /** Keeps {@code threads} files in flight ahead of the one being replayed. */
    private void fill() {
        while (ahead.size() < threads && submitted < fileNames.size()) {
            String file = fileNames.get(submitted++);
            Declarations known = declarations;
            ahead.add(pool().submit((Callable<MonthLog>) () -> read(file, known)));
        }
    }

    /**
     * Reads one file as {@link DsnYearReader#next()} does, on a worker thread: the same observer
     * and the same filter of problems in declarations a later one replaces, recorded instead of applied.
     */
    private MonthLog read(String file, Declarations known) {
        MonthLog log = new MonthLog();
        DsnRecordReader reading = null;
        try {
            reading = monthly.open(file);
            reading.replacementsApplied = true;
            DsnRecordReader reader = reading;
            reader.observer = (individual, result) -> {
                if (known.isSuperseded(file, reader.declarationOrdinal())) {
                    log.replaced++;
                } else if (result instanceof ReadResult.Parsed parsed) {
                    MonthFacts facts = individual.facts();
                    String key = DsnYearCombiner.key(parsed.record(), facts);
                    key.hashCode(); // computed here and cached in the string: the caller's thread only looks it up
                    log.months.add(new Month(key, reader.declaredMonth(), parsed, facts));
                }
            };
            Optional<ReadResult> entry;
            while (!closed && (entry = reader.next()).isPresent()) {
                if (!(entry.get() instanceof ReadResult.Parsed) && !known.isSuperseded(file, reader.entryDeclarationOrdinal())) {
                    log.problems.add(entry.get());
                }
            }
            log.warnings = reader.warnings();
            reading = null;
            reader.close();
        } catch (Throwable e) { // anything: it is thrown again on the caller's thread, in its place
            log.failure = e;
        } finally {
            if (reading != null) {
                closeQuietly(reading, log);
            }
        }
        return log;
    }

    private static void closeQuietly(DsnRecordReader reader, MonthLog log) {
        try {
            reader.close();
        } catch (IOException | RuntimeException e) {
            if (log.failure != null && log.failure != e) {
                log.failure.addSuppressed(e);
            }
        }
    }

    /** Applies one file's log as the sequential reader would have, as it read the file. */
    private void replay(MonthLog log) {
        for (Month m : log.months) {
            combiner.add(m.key(), m.declared(), m.parsed().record(), m.facts());
            firstSeen.putIfAbsent(m.key(), m.parsed().position());
        }
        replacedMonths += log.replaced;
        ready.addAll(log.problems);
        if (log.warnings != null) {
            warnings.addAll(log.warnings);
        }
        failure = log.failure;
    }

    private static IOException rethrow(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure); // a checked exception a reader did not declare
    }

    private <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the monthly DSN files");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            int id = POOLS.incrementAndGet();
            AtomicInteger count = new AtomicInteger();
            ThreadFactory factory = task -> {
                Thread t = new Thread(task, "mixite-dsn-" + id + "-" + count.incrementAndGet());
                t.setDaemon(true); // a reader left unclosed never keeps the JVM alive
                return t;
            };
            pool = Executors.newFixedThreadPool(threads, factory);
        }
        return pool;
    }

    /** Stops the threads; files being read are closed by their thread, which close() waits for. */
    private void shutdown() {
        closed = true;
        for (Future<MonthLog> f : ahead) {
            f.cancel(true);
        }
        ahead.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public List<String> warnings() {
        return DsnYearReader.warnings(warnings, declarations, replacedMonths, combiner, emitted);
    }

    /** Whether every thread this reader started has ended (tests). */
    boolean terminated() {
        return pool == null || pool.isTerminated();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        shutdown();
        if (pool != null) {
            boolean interrupted = false;
            while (true) {
                try {
                    if (pool.awaitTermination(10, TimeUnit.SECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                if (interrupted) {
                    break; // the threads are daemons and stop at their next read
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

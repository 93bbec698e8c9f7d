package org.mixite.spi.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mixite.spi.AdapterException;
import org.mixite.spi.MixiteException;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.validation.SourcePosition;

/**
 * Reads an adapter's entries in batches, and past the first batch on a thread of its own, so
 * that parsing the next rows overlaps validating and accumulating the previous ones: without
 * it a load uses one core whatever the machine has. Small inputs (one batch) never start a
 * thread. The adapter's reader is only ever used by one thread at a time, the hand-over goes
 * through a blocking queue (a happens-before edge), and the sink is always called on the
 * caller's thread, in input order.
 */
final class ReadAhead {

    /** Entries read and validated together; with the queue, bounds the memory a load holds. */
    static final int BATCH = 4096;
    /** Batches read but not yet processed. */
    private static final int QUEUED = 2;

    /** A consumer of batches, on the caller's thread. */
    interface Consumer {
        void process(List<ReadResult> batch);
    }

    private final RecordReader reader;
    private final String adapter;
    /** Position of the last entry read; read by the caller only once the reading thread is done. */
    private volatile SourcePosition last;
    /** Whether the caller was interrupted while waiting; its status is restored at the end. */
    private boolean interrupted;

    ReadAhead(RecordReader reader, String adapter, SourcePosition start) {
        this.reader = reader;
        this.adapter = adapter;
        this.last = start;
    }

    /** Where reading stopped: the last entry read, for messages about a failed read. */
    SourcePosition last() {
        return last;
    }

    /** Reads every entry and hands them to {@code consumer} in order, batch by batch. */
    void run(Consumer consumer) throws IOException {
        List<ReadResult> first = readBatch(new AtomicBoolean());
        if (first.size() < BATCH) {
            consumer.process(first);
            return;
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread = new Thread(() -> produce(queue, stop), "mixite-read-ahead");
        thread.setDaemon(true);
        thread.start();
        try {
            consumer.process(first);
            while (true) {
                Object item = next(queue, thread);
                if (item instanceof Failure failure) {
                    throw failure.rethrow(adapter, last);
                }
                @SuppressWarnings("unchecked")
                List<ReadResult> batch = (List<ReadResult>) item;
                consumer.process(batch);
                if (batch.size() < BATCH) {
                    return;
                }
            }
        } finally {
            // The reader is closed by the caller next: the reading thread must be done with it.
            stop.set(true);
            queue.clear();
            joinQuietly(thread);
            if (interrupted) {
                Thread.currentThread().interrupt(); // a load is not interruptible, as without read-ahead: keep the status
            }
        }
    }

    private void produce(BlockingQueue<Object> queue, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                List<ReadResult> batch = readBatch(stop);
                if (!offer(queue, stop, batch) || batch.size() < BATCH) {
                    return;
                }
            }
        } catch (Throwable e) { // anything, even a checked exception an adapter did not declare: never leave the caller waiting
            offer(queue, stop, new Failure(e));
        }
    }

    /** The next batch or failure; should the reading thread ever end without one, says so instead of waiting for ever. */
    private Object next(BlockingQueue<Object> queue, Thread thread) {
        while (true) {
            Object item;
            try {
                item = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
                continue;
            }
            if (item != null) {
                return item;
            }
            if (!thread.isAlive()) {
                item = queue.poll(); // it may have handed something over just before it ended
                if (item != null) {
                    return item;
                }
                throw new AdapterException(adapter, "reading stopped without an end or an error after " + last);
            }
        }
    }

    /** Waits for room unless the caller gave up; false when it did. */
    private static boolean offer(BlockingQueue<Object> queue, AtomicBoolean stop, Object item) {
        try {
            while (!stop.get()) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Up to {@link #BATCH} entries; fewer only at the end of the input, or when the caller gave up. */
    private List<ReadResult> readBatch(AtomicBoolean stop) throws IOException {
        List<ReadResult> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && !stop.get()) { // checked per entry: a failed load stops reading at once
            Optional<ReadResult> next = next();
            if (next.isEmpty()) {
                break;
            }
            ReadResult entry = next.get();
            if (entry == null) {
                throw new AdapterException(adapter, "returned a null entry after " + last);
            }
            last = entry.position();
            batch.add(entry);
        }
        return batch;
    }

    private Optional<ReadResult> next() throws IOException {
        try {
            Optional<ReadResult> next = reader.next();
            if (next == null) {
                throw new AdapterException(adapter, "next() returned null after " + last);
            }
            return next;
        } catch (MixiteException | IOException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new AdapterException(adapter, "failed after " + last + ": " + e, e);
        }
    }

    /** What the reading thread threw, to be thrown again on the caller's thread. */
    private record Failure(Throwable cause) {
        IOException rethrow(String adapter, SourcePosition last) {
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            // A checked exception the adapter's next() does not declare (Kotlin, sneaky throws).
            throw new AdapterException(adapter, "failed after " + last + ": " + cause, cause);
        }
    }
}

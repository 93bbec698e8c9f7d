package org.mixite.spi.adapter;

import java.io.IOException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A stream of entries from one input, pulled one at a time so that no input needs to fit in
 * memory. Not thread-safe. Always close it, e.g. with try-with-resources.
 */
@API(status = API.Status.STABLE)
public interface RecordReader extends AutoCloseable {

    /**
     * Reads the next entry.
     *
     * @return the entry, or empty at the end of the input
     * @throws IOException when reading fails
     * @throws org.mixite.spi.InputException when the input stops making sense (not the format,
     *         not UTF-8, …) and reading cannot go on
     */
    Optional<ReadResult> next() throws IOException;

    /**
     * Notes about the input that are not errors but must not go unsaid, e.g. columns that were
     * ignored. Read after the last entry.
     */
    default java.util.List<String> warnings() {
        return java.util.List.of();
    }

    @Override
    void close() throws IOException;
}

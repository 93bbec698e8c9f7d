package org.mixite.spi.adapter;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The service an HRIS, payroll or file-format vendor implements so that its data feeds
 * Mixité. Implementations are discovered with {@link java.util.ServiceLoader}: declare
 * {@code provides org.mixite.spi.adapter.HrisAdapter with ...} in your module descriptor and
 * list the class in {@code META-INF/services/org.mixite.spi.adapter.HrisAdapter} for class-path
 * users. An implementation must have a public no-argument constructor and be stateless: each
 * {@link #open} returns an independent reader.
 *
 * <p>The contract, checked by the adapter compatibility kit:
 * <ul>
 *   <li>{@link #name()} is unique, lower-case, stable ({@code acme-hris});</li>
 *   <li>{@link #open} streams: a reader holds at most a few records in memory;</li>
 *   <li>bad input yields {@link ReadResult.Malformed} entries or a
 *       {@link org.mixite.spi.MixiteException}, never another exception;</li>
 *   <li>the reader releases every resource on {@link RecordReader#close()}.</li>
 * </ul>
 * Records need not be validated by the adapter: the loader validates every one and reports
 * invalid records with the adapter's name.
 */
@API(status = API.Status.STABLE)
public interface HrisAdapter {

    /** Unique, stable, lower-case name used to select the adapter, e.g. {@code csv}. */
    String name();

    /** One line for {@code mixite adapters}. */
    String description();

    /** File extensions this adapter reads, lower-case and without the dot, e.g. {@code csv}. */
    Set<String> fileExtensions();

    /** URI schemes this adapter reads besides files, e.g. {@code jdbc}; empty by default. */
    default Set<String> uriSchemes() {
        return Set.of();
    }

    /** The options {@link #open} understands; others are rejected by the loader. */
    default List<AdapterOption> options() {
        return List.of();
    }

    /**
     * How well this adapter fits the input, by looking at its name and its first bytes. The
     * default matches on the file extension only.
     */
    default Probe probe(InputSource input) throws IOException {
        return input.extension().filter(fileExtensions()::contains)
                .map(ext -> Probe.LIKELY).orElse(Probe.NO);
    }

    /**
     * Opens the input for streaming.
     *
     * @param input    what to read
     * @param settings option values, already checked against {@link #options()}
     * @return a reader the caller closes
     * @throws IOException when the input cannot be read
     * @throws org.mixite.spi.InputException when the input is not in this adapter's format
     */
    RecordReader open(InputSource input, AdapterSettings settings) throws IOException;
}

package org.mixite.spi.load;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a load did. It always reconciles: {@code read == accepted + rejected}.
 *
 * @param source   the input's name
 * @param adapter  the adapter that read it
 * @param read     entries read from the input
 * @param accepted valid records passed on
 * @param rejected entries turned away (malformed, invalid or duplicate)
 * @param warnings notes that are not errors, e.g. ignored columns
 */
@API(status = API.Status.STABLE)
public record LoadSummary(String source, String adapter, long read, long accepted, long rejected,
                          List<String> warnings) {

    public LoadSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(adapter, "adapter");
        warnings = List.copyOf(warnings);
        if (read != accepted + rejected || accepted < 0 || rejected < 0) {
            throw new IllegalStateException("load summary does not reconcile: read " + read
                    + " != accepted " + accepted + " + rejected " + rejected);
        }
    }

    /** The summary of several loads, e.g. all the files of one command. */
    public static LoadSummary combine(List<LoadSummary> parts) {
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        java.util.List<String> warnings = new java.util.ArrayList<>();
        java.util.List<String> sources = new java.util.ArrayList<>();
        java.util.Set<String> adapters = new java.util.TreeSet<>();
        for (LoadSummary part : parts) {
            read += part.read;
            accepted += part.accepted;
            rejected += part.rejected;
            warnings.addAll(part.warnings);
            sources.add(part.source);
            adapters.add(part.adapter);
        }
        return new LoadSummary(String.join(", ", sources), String.join(", ", adapters), read, accepted, rejected, warnings);
    }

    @Override
    public String toString() {
        return source + " (" + adapter + "): " + read + " read, " + accepted + " accepted, " + rejected + " rejected";
    }
}

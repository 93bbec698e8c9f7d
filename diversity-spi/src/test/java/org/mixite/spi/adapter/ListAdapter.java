package org.mixite.spi.adapter;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A test adapter serving a fixed list of entries, or failing on demand. */
public class ListAdapter implements HrisAdapter {

    private final String name;
    private final Supplier<List<ReadResult>> entries;
    boolean closed;

    public ListAdapter() {
        this("test-list", List::of);
    }

    public ListAdapter(String name, Supplier<List<ReadResult>> entries) {
        this.name = name;
        this.entries = entries;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "fixed entries for tests";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("testlist");
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(AdapterOption.of("flavour", "a test option"));
    }

    @Override
    public RecordReader open(InputSource input, AdapterSettings settings) {
        Iterator<ReadResult> it = entries.get().iterator();
        return new RecordReader() {
            @Override
            public Optional<ReadResult> next() {
                return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
            }

            @Override
            public void close() throws IOException {
                closed = true;
            }
        };
    }
}

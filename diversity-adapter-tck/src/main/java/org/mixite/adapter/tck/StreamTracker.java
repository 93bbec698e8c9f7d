package org.mixite.adapter.tck;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.mixite.spi.adapter.InputSource;

/** Wraps an input's streams to count those opened and those closed. */
final class StreamTracker {

    private final List<Tracked> streams = new ArrayList<>();

    /** The same content under the same name, with every stream it opens tracked. */
    InputSource track(InputSource source) {
        return InputSource.of(source.name(), () -> {
            Tracked stream = new Tracked(source.open());
            synchronized (streams) {
                streams.add(stream);
            }
            return stream;
        });
    }

    int opened() {
        synchronized (streams) {
            return streams.size();
        }
    }

    int open() {
        synchronized (streams) {
            return (int) streams.stream().filter(s -> !s.closed).count();
        }
    }

    private static final class Tracked extends FilterInputStream {
        private volatile boolean closed;

        Tracked(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}

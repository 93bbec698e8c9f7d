package org.mixite.adapter.dsn;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.mixite.adapter.tck.AdapterCompatibilityKit;
import org.mixite.adapter.tck.Sample;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.model.EmployeeRecord;

/** The DSN adapter passes the adapter compatibility kit. */
class DsnAdapterCompatibilityTest extends AdapterCompatibilityKit {

    @Override
    protected HrisAdapter adapter() {
        return new DsnAdapter();
    }

    @Override
    protected Sample validSample() throws Exception {
        Path file = directory().resolve("example-2025-12.dsn");
        try (var in = getClass().getResourceAsStream("/example-2025-12.dsn")) {
            Files.write(file, in.readAllBytes());
        }
        return Sample.of(InputSource.of(file));
    }

    @Override
    protected long validSampleRecords() {
        return 12;
    }

    @Override
    protected Sample write(Iterator<EmployeeRecord> records, Path directory) throws Exception {
        Path file = directory.resolve("written.dsn");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            DsnWriter.write(records, out);
        }
        return Sample.of(InputSource.of(file));
    }
}

package org.mixite.adapter.tck;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.model.EmployeeRecord;

/** Writes records in the {@link LinesAdapter} format. */
final class LinesFormat {

    static final String VALID_SAMPLE = """
            E1;F;1980
            E2;M;1975

            E3;X;1990
            E4;Q;1985
            E5;F;1969
            """;

    private LinesFormat() {
    }

    static Sample validSample() {
        return Sample.of(InputSource.of("valid.lines", VALID_SAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    static Sample write(Iterator<EmployeeRecord> records, Path directory) throws IOException {
        Path file = directory.resolve("written.lines");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (records.hasNext()) {
                EmployeeRecord r = records.next();
                out.write(r.id() + ";" + r.sex().code() + ";" + r.birthYearOrDerived().orElseThrow() + "\n");
            }
        }
        return Sample.of(InputSource.of(file));
    }
}

package org.mixite.adapters.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mixite.adapters.text.TextInput;
import org.mixite.core.table.EmployeeTable;
import org.mixite.spi.adapter.InputSource;

/**
 * Issue 20's "write a tokenizer only if none can reach the target": the same CSV file read on
 * one thread, side by side in one JVM, alternated — Jackson CSV tokenising it into one String
 * per field (as {@code CsvRecordReader} does), FastCSV doing the same, the byte lane
 * ({@link PlainLines}) filling a plain row per line from the bytes; then the whole per-range work
 * of each lane into a table (Jackson + {@link PlainRows}, and the byte lane). Wall and CPU time
 * of the thread. In this package for the byte lane's package-private classes (the benchmarks run
 * from the class path).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.mixite.adapters.csv.CsvLanes FILE [rounds]}
 */
public final class CsvLanes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(CsvRecordReader.MAX_FIELD_LENGTH).build())
            .build();

    private CsvLanes() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "%s: %,d bytes, %d rounds (the first ones warm the JIT)%n", file, Files.size(file), rounds);
        for (int round = 1; round <= rounds; round++) {
            time(round, "jackson tokens", () -> jackson(file));
            time(round, "fastcsv tokens", () -> fastCsv(file));
            time(round, "byte lane rows", () -> byteLane(file, false));
            time(round, "jackson+PlainRows->table", () -> jacksonTable(file));
            time(round, "byte lane->table", () -> byteLane(file, true));
        }
    }

    interface Work {
        long run() throws IOException;
    }

    private static void time(int round, String name, Work work) throws IOException {
        System.gc();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long result = work.run();
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf(Locale.ROOT, "round %d %-26s wall %5d ms  cpu %5d ms  (%d)%n", round, name, wallMs, cpuMs, result);
    }

    /** Jackson CSV's tokens, one String per field, as CsvRecordReader reads them. */
    private static long jackson(Path file) throws IOException {
        long fields = 0;
        try (Reader reader = TextInput.openUtf8(InputSource.of(file)); CsvParser parser = FACTORY.createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(',').withoutHeader());
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    fields += parser.getText().length() > 0 ? 1 : 0;
                }
            }
        }
        return fields;
    }

    private static long fastCsv(Path file) throws IOException {
        long fields = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : csv) {
                for (int i = 0; i < record.getFieldCount(); i++) {
                    fields += record.getField(i).length() > 0 ? 1 : 0;
                }
            }
        }
        return fields;
    }

    private static CsvRecordReader header(Path file) throws IOException {
        CsvRecordReader header = new CsvRecordReader(InputSource.of(file), TextInput.openUtf8(InputSource.of(file)), ',',
                ColumnMapping.canonical());
        header.readHeaderIfNeeded();
        return header;
    }

    /** Jackson + PlainRows into a table: the general lane's whole work for a file of plain lines. */
    private static long jacksonTable(Path file) throws IOException {
        EmployeeTable.Builder table = EmployeeTable.builder();
        try (CsvRecordReader reader = header(file)) {
            PlainRows plain = new PlainRows(reader.fieldOfColumn(), false);
            while (reader.next((fields, line) -> plain.add(fields, table)).isPresent()) {
                // a row that was not plain: not in the table
            }
        }
        return table.build().columns().size();
    }

    /** The byte lane over every line after the header; into a table when asked. */
    private static long byteLane(Path file, boolean intoTable) throws IOException {
        CsvRecordReader header = header(file);
        header.close();
        PlainRows plainRows = new PlainRows(header.fieldOfColumn(), false);
        PlainLines lane = new PlainLines(header.fieldOfColumn(), ',', plainRows);
        EmployeeTable.Builder table = EmployeeTable.builder();
        long plain = 0;
        try (RangeLines lines = new RangeLines(file, 0, Files.size(file))) {
            lines.next(); // the header
            while (lines.next()) {
                if (lane.fill(lines.bytes(), lines.start(), lines.end())) {
                    plain++;
                    if (intoTable) {
                        table.acceptPlain(lane.row());
                    }
                }
            }
        }
        return intoTable ? table.build().columns().size() : plain;
    }
}

package org.mixite.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.mixite.core.table.EmployeeTable;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.RecordSink;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;

/**
 * Issue 20, item 2 (parallel reading): a CSV read in byte ranges on several threads gives what
 * the record path ({@code DatasetLoader.stream}, one reader, one record at a time) gives — the
 * same accepted rows in the same order (the same table), the same rejections in the same order
 * with the same messages, the same summary, progress and latest date — on generated files of
 * valid and invalid rows, duplicated ids, quoted fields, quoted line breaks, CRLF and BOM.
 */
class ParallelCsvTableReaderProperties {

    private static final List<String> HEADER = List.of("id", "sex", "birth_date", "birth_year", "company", "establishment",
            "job_code", "job_family", "category", "level", "management_level", "contract", "hire_date", "exit_date",
            "exit_reason", "fte", "weekly_hours", "annual_base_pay", "annual_variable_pay", "annual_excluded_pay", "hourly_pay",
            "bonus_12m", "days_present", "raised", "promoted", "maternity_return", "raised_after_maternity", "work_postal_code");

    @Property(tries = 200)
    @Label("issue 20 item 2: the parallel CSV reader gives the record path's rows, rejections, messages and summary (lenient)")
    void sameAsRecordPathLenient(@ForAll("files") CsvFile file, @ForAll("parallelism") int parallelism,
                                 @ForAll("partBytes") long partBytes) throws IOException {
        compare(file, parallelism, partBytes, LoadMode.LENIENT);
        Statistics.label("read in parts").coverage(c -> c.check(true).percentage(p -> p > 40));
        Statistics.label("accepted and rejected rows").coverage(c -> c.check(true).percentage(p -> p > 30));
        Statistics.label("a duplicate id").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("lanes").coverage(c -> {
            c.check("bytes and Jackson").percentage(p -> p > 20);
            c.check("bytes only").percentage(p -> p > 5);
        });
    }

    @Property(tries = 80)
    @Label("issue 20 item 2: the parallel CSV reader stops where the record path stops (strict)")
    void sameAsRecordPathStrict(@ForAll("files") CsvFile file, @ForAll("parallelism") int parallelism,
                                @ForAll("partBytes") long partBytes) throws IOException {
        compare(file, parallelism, partBytes, LoadMode.STRICT);
    }

    @Property(tries = 120)
    @Label("issue 20 item 2: rows all valid, checked ahead on every core, give the record path's rows, duplicate ids and summary")
    void sameAsRecordPathCheckedAhead(@ForAll("validFiles") CsvFile file, @ForAll("parallelism") int parallelism,
                                      @ForAll("partBytes") long partBytes, @ForAll LoadMode mode) throws IOException {
        compare(file, parallelism, partBytes, mode);
        // Checked ahead with a duplicate id among the rows (true, true); without one, the lenient property has some.
        Statistics.label("checked ahead").coverage(c -> c.check(true, true).percentage(p -> p > 20));
    }

    private static void compare(CsvFile file, int parallelism, long partBytes, LoadMode mode) throws IOException {
        Path path = Files.createTempFile("parallel-csv", ".csv");
        try {
            Files.write(path, file.bytes());
            InputSource input = InputSource.of(path);
            Outcome expected = recordPath(input, mode);
            List<String> progress = Collections.synchronizedList(new ArrayList<>());
            long[] lanes = {-1, -1, 0};
            ParallelCsvTableReader reader = ParallelCsvTableReader.builder().mode(mode).parallelism(parallelism)
                    .minPartBytes(partBytes).progress((source, read) -> progress.add(source + ":" + read))
                    .lanes((plain, fallback, ahead) -> {
                        lanes[0] = plain;
                        lanes[1] = fallback;
                        lanes[2] = ahead ? 1 : 0;
                    }).build();
            Outcome actual;
            boolean inParts;
            try {
                Optional<TableLoad> parts = reader.readInParts(input);
                inParts = parts.isPresent();
                TableLoad load = parts.orElseGet(() -> reader.read(input));
                actual = new Outcome(Optional.of(load), Optional.empty(), List.copyOf(progress));
            } catch (RuntimeException e) {
                inParts = false;
                actual = new Outcome(Optional.empty(), Optional.of(e.getClass().getName() + ": " + e.getMessage()), List.copyOf(progress));
            }
            Statistics.label("read in parts").collect(inParts);
            // Which lanes a load in parts took: lines read from their bytes, lines handed to Jackson.
            Statistics.label("lanes").collect(!inParts || lanes[0] < 0 ? "in one piece"
                    : lanes[0] > 0 && lanes[1] > 0 ? "bytes and Jackson" : lanes[0] > 0 ? "bytes only" : "Jackson only");
            // Whether the ordered checks were done ahead (every row in the parts' tables), and with a duplicate id then.
            boolean duplicates = expected.load().map(want -> want.rejections().stream().anyMatch(ParallelCsvTableReaderProperties::duplicate))
                    .orElseGet(() -> expected.failure().orElseThrow().contains("duplicate id"));
            Statistics.label("checked ahead").collect(inParts && lanes[2] == 1, inParts && lanes[2] == 1 && duplicates);
            if (!file.quotedLineBreak() && file.splittable(partBytes) && mode == LoadMode.LENIENT) {
                // A file without a quoted line break is split when it can be: the comparison is not between two sequential reads.
                assertThat(inParts).as("read in parts").isTrue();
            }
            assertThat(actual.failure()).isEqualTo(expected.failure());
            assertThat(actual.progress()).isEqualTo(expected.progress());
            if (expected.load().isPresent()) {
                TableLoad want = expected.load().get();
                TableLoad got = actual.load().orElseThrow();
                Statistics.label("accepted and rejected rows").collect(want.summary().accepted() > 0 && want.summary().rejected() > 0);
                Statistics.label("a duplicate id").collect(want.rejections().stream().anyMatch(ParallelCsvTableReaderProperties::duplicate));
                assertThat(got.summary()).isEqualTo(want.summary());
                assertThat(got.rejections()).isEqualTo(want.rejections());
                assertThat(got.table().records().toList()).isEqualTo(want.table().records().toList());
                assertSameColumns(got.table().columns(), want.table().columns());
                assertThat(got.latestHireOrExit()).isEqualTo(want.latestHireOrExit());
            }
        } finally {
            Files.deleteIfExists(path);
        }
    }

    private static boolean duplicate(Rejection rejection) {
        return rejection.violations().stream().anyMatch(v -> v.message().startsWith("duplicate id"));
    }

    /** The same columns: plain rows, dictionaries in the same order. */
    private static void assertSameColumns(TableColumns got, TableColumns want) {
        assertThat(got.size()).isEqualTo(want.size());
        for (int row = 0; row < want.size(); row++) {
            assertThat(got.plain(row)).as("plain row %d", row).isEqualTo(want.plain(row));
        }
        assertThat(got.companies()).isEqualTo(want.companies());
        assertThat(got.establishments()).isEqualTo(want.establishments());
        assertThat(got.jobCodes()).isEqualTo(want.jobCodes());
        assertThat(got.categories()).isEqualTo(want.categories());
        assertThat(got.levels()).isEqualTo(want.levels());
        assertThat(got.postalCodes()).isEqualTo(want.postalCodes());
        assertThat(got.ftes()).isEqualTo(want.ftes());
        assertThat(got.weeklyHoursValues()).isEqualTo(want.weeklyHoursValues());
    }

    private record Outcome(Optional<TableLoad> load, Optional<String> failure, List<String> progress) {
    }

    /** The reference: the loader's record path, the accepted records added to a table one by one. */
    private static Outcome recordPath(InputSource input, LoadMode mode) {
        List<String> progress = new ArrayList<>();
        DatasetLoader loader = DatasetLoader.builder().mode(mode).registry(AdapterRegistry.of(new CsvAdapter()))
                .progress((source, read) -> progress.add(source + ":" + read)).build();
        List<EmployeeRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try {
            LoadSummary summary = loader.stream(input, new RecordSink() {
                @Override
                public void accept(EmployeeRecord record) {
                    records.add(record);
                }

                @Override
                public void reject(Rejection rejection) {
                    rejections.add(rejection);
                }
            });
            Optional<LocalDate> latest = records.stream()
                    .flatMap(r -> java.util.stream.Stream.of(r.hireDate(), r.exitDate()).flatMap(Optional::stream))
                    .max(LocalDate::compareTo);
            return new Outcome(Optional.of(new TableLoad(EmployeeTable.of(records), rejections, summary, latest)),
                    Optional.empty(), progress);
        } catch (RuntimeException e) {
            return new Outcome(Optional.empty(), Optional.of(e.getClass().getName() + ": " + e.getMessage()), progress);
        }
    }

    /** A generated file, and whether a quoted field in it holds a line break (which may force reading in one piece). */
    record CsvFile(byte[] bytes, boolean quotedLineBreak) {
        /** Whether the reader finds a split point: a line start in the second half, before the end. */
        boolean splittable(long partBytes) {
            for (int i = bytes.length / 2; i < bytes.length - 1; i++) {
                if (bytes[i] == '\n') {
                    return bytes.length >= 2 * partBytes;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<Integer> parallelism() {
        return Arbitraries.integers().between(2, 5);
    }

    @Provide
    Arbitrary<Long> partBytes() {
        return Arbitraries.longs().between(40, 1500);
    }

    @Provide
    Arbitrary<CsvFile> files() {
        return files(true);
    }

    /** Files of valid rows only (plain, quoted or blank lines; ids that repeat): what the reader checks ahead. */
    @Provide
    Arbitrary<CsvFile> validFiles() {
        return files(false);
    }

    private static Arbitrary<CsvFile> files(boolean invalid) {
        Arbitrary<String> validId = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 400).map(i -> "E" + i)),
                net.jqwik.api.Tuple.of(invalid ? 2 : 3, Arbitraries.integers().between(0, 6).map(i -> "E" + i))); // duplicates
        Arbitrary<List<String>> row = Combinators.combine(List.of(
                !invalid ? validId : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, validId),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "id,with comma", "x\"q", "a\tb", " E7 ", "x".repeat(101)))),
                weighted(invalid, List.of("F", "M"), List.of("X", "f", " m", "Q", "", "U")),
                weighted(invalid, List.of("1975-03-12", "1990-12-31", "1962-07-01", "1988-02-29"),
                        List.of("", "2090-01-01", "1899-12-31", "2001-02-30", "12/03/1975", "1975-3-12", " 1975-03-12", "+1975-03-12", "1975-03-1x")),
                weighted(invalid, List.of(""), List.of("1975", "1990", "1700", "19x5", "01962", "+1962", "2101")),
                weighted(invalid, List.of("ACME", "Beta SA", "Société", ""), List.of(" padded ", "Gamma, Inc", "say \"hi\"", "multi\nline", "crlf\r\nline", "x".repeat(201))),
                weighted(invalid, List.of("Paris", "Lyon", "Nîmes", ""), List.of("Lille ", "日本")),
                weighted(invalid, List.of("A1", "B22", "62", ""), List.of("bad code!", "X", "ABCDEFGHI")),
                weighted(invalid, List.of(""), List.of("Eng", "Sales")),
                weighted(invalid, List.of("C1", "C2", ""), List.of("C3")),
                weighted(invalid, List.of("", "L1"), List.of("L2")),
                weighted(invalid, List.of("", ManagementLevel.values()[0].code()), codes(ManagementLevel.values(), "zz")),
                weighted(invalid, List.of("", ContractType.values()[0].code()), codes(ContractType.values(), "??")),
                weighted(invalid, List.of("2010-01-04", "2024-09-01", "2019-05-20", ""), List.of("2025-12-31", "2101-01-01", "2024-02-30")),
                weighted(invalid, List.of(""), List.of("2024-06-30", "2009-12-31", "2025-03-01", "bad")),
                weighted(invalid, List.of(""), codes(ExitReason.values(), "nope")),
                weighted(invalid, List.of("1", "0.8", "0.5", "1.00", ""), List.of("0.005", "1.5", "abc", " 0.8", "0.12345", "0,8", "1.0000", "0.01", ".5")),
                weighted(invalid, List.of("", "35"), List.of("39.5", "0.5", "200", "168", "35,5")),
                weighted(invalid, List.of("30000", "45000.50", "28123.4", ""), List.of("1234.567", "-5", "1e5", "100000001", "50000000", "40000000", "40000000.01", "5.", ".5", "007.50",
                        "45000,50", "+100", " 30000 ", "1.234,5", "0")),
                weighted(invalid, List.of("", "1000"), List.of("0.001")),
                weighted(invalid, List.of("", "0"), List.of("12.5", "-3")),
                weighted(invalid, List.of(""), List.of("25.5", "-1")),
                weighted(invalid, List.of(""), List.of("500", "2000000000")),
                weighted(invalid, List.of(""), List.of("200", "367", "x")),
                weighted(invalid, List.of("true", "false", ""), List.of("1", "0", "oui", "maybe")),
                weighted(invalid, List.of("false", ""), List.of("true", "yes")),
                weighted(invalid, List.of("false", ""), List.of("true")),
                weighted(invalid, List.of("false", ""), List.of("true", "non")),
                weighted(invalid, List.of("", "75001", "69002"), List.of("2A004", "-bad", "1234567890AB"))
        )).as(List::copyOf);
        Arbitrary<Line> line = invalid ? Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, row.map(Line::row)),
                net.jqwik.api.Tuple.of(1, row.map(r -> Line.row(r.subList(0, r.size() - 1)))), // a field short
                net.jqwik.api.Tuple.of(1, row.map(r -> Line.row(with(r, r.size(), "")))),      // an empty field too many
                net.jqwik.api.Tuple.of(1, row.map(r -> Line.quoted(r, 4))),                    // a quoted company among plain lines
                net.jqwik.api.Tuple.of(1, row.map(r -> Line.row(with(r, 8, "Ca\"dres"))).map(Line::unquoted)), // a " inside a field, unquoted
                net.jqwik.api.Tuple.of(1, row.map(r -> Line.row(with(r, 4, "Bad" + NOT_UTF8 + "Co")))), // bytes that are not UTF-8
                net.jqwik.api.Tuple.of(1, row.map(r -> Line.row(with(r, 0, NOT_UTF8 + "E1")))),   // … in the id
                net.jqwik.api.Tuple.of(1, row.map(r -> Line.row(with(r, 1, " F ")))),             // spaces around a coded value
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "   ").map(Line::raw)))               // blank lines
                : Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, row.map(Line::row)),
                net.jqwik.api.Tuple.of(2, row.map(r -> Line.quoted(r, 4))),                    // read by Jackson, into the table
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "   ").map(Line::raw)));          // blank lines
        return Combinators.combine(line.list().ofMinSize(invalid ? 0 : 8).ofMaxSize(70), Arbitraries.of(",", ";"), Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(false, true), Arbitraries.frequency(net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true)),
                Arbitraries.of(false, true), Arbitraries.of(false, true))
                .as(ParallelCsvTableReaderProperties::file);
    }

    /** Stands for a byte that is not UTF-8 in a generated line (written as 0xFF). */
    private static final String NOT_UTF8 = "\uE000";

    /** The row with {@code value} at {@code index} (replacing the field there, or added at the end). */
    private static List<String> with(List<String> row, int index, String value) {
        List<String> out = new ArrayList<>(row);
        if (index == out.size()) {
            out.add(value);
        } else {
            out.set(index, value);
        }
        return out;
    }

    private static Arbitrary<String> weighted(boolean withRare, List<String> usual, List<String> rare) {
        return !withRare ? Arbitraries.of(usual) : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, Arbitraries.of(usual)), net.jqwik.api.Tuple.of(1, Arbitraries.of(rare)));
    }

    private static List<String> codes(Enum<?>[] values, String invalid) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> value : values) {
            codes.add(((org.mixite.spi.model.CodedValue) value).code());
        }
        codes.add(invalid);
        return codes;
    }

    /** A generated line: fields (some quoted whatever they hold; none quoted when bare), or raw text. */
    private record Line(List<String> fields, String raw, int quoted, boolean bare) {
        static Line row(List<String> fields) {
            return new Line(fields, null, -1, false);
        }

        static Line quoted(List<String> fields, int index) {
            return new Line(fields, null, index, false);
        }

        static Line raw(String text) {
            return new Line(null, text, -1, false);
        }

        Line unquoted() {
            return new Line(fields, raw, -1, true);
        }
    }

    private static CsvFile file(List<Line> lines, String delimiter, String newline, boolean bom, boolean quoteAll,
                                boolean extraColumn, boolean trailingNewline) {
        StringBuilder text = new StringBuilder();
        boolean[] quotedLineBreak = {false};
        List<String> header = new ArrayList<>(HEADER);
        if (extraColumn) {
            header.add("note");
        }
        text.append(String.join(delimiter, header));
        for (Line line : lines) {
            text.append(newline);
            if (line.raw() != null) {
                text.append(line.raw());
                continue;
            }
            List<String> fields = new ArrayList<>(line.fields());
            if (extraColumn) {
                fields.add("n");
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < fields.size(); i++) {
                String field = fields.get(i);
                if (i > 0) {
                    out.append(delimiter);
                }
                boolean needs = field.contains(delimiter) || field.contains("\"") && !line.bare() || field.contains("\n") || field.contains("\r");
                if (needs || (quoteAll && !field.isEmpty()) || i == line.quoted()) {
                    quotedLineBreak[0] |= field.contains("\n") || field.contains("\r");
                    out.append('"').append(field.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(field);
                }
            }
            text.append(out);
        }
        if (trailingNewline) {
            text.append(newline);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] marker = NOT_UTF8.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < encoded.length; i++) {
            if (java.util.Arrays.equals(encoded, i, Math.min(encoded.length, i + marker.length), marker, 0, marker.length)) {
                bytes.write(0xFF);
                i += marker.length - 1;
            } else {
                bytes.write(encoded[i]);
            }
        }
        return new CsvFile(bytes.toByteArray(), quotedLineBreak[0]);
    }
}

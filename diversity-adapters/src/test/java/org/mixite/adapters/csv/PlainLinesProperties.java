package org.mixite.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.mixite.core.table.EmployeeTable;
import org.mixite.spi.model.RecordField;

/**
 * Issue 20 (the CSV path): a line read straight from its bytes ({@link PlainLines}) gives exactly
 * the row that Jackson CSV's fields give through {@link PlainRows} — whenever the byte lane takes
 * a line, the general lane takes it too, with the same values — and the byte lane never fails on
 * any bytes. The file-level comparison with the loader is {@code ParallelCsvTableReaderProperties}.
 */
class PlainLinesProperties {

    private static final RecordField[] COLUMNS = {RecordField.ID, RecordField.SEX, RecordField.BIRTH_DATE, RecordField.BIRTH_YEAR,
        RecordField.COMPANY, RecordField.ESTABLISHMENT, RecordField.JOB_CODE, RecordField.CATEGORY, RecordField.LEVEL,
        RecordField.MANAGEMENT_LEVEL, RecordField.CONTRACT, RecordField.HIRE_DATE, RecordField.EXIT_DATE, RecordField.EXIT_REASON,
        RecordField.FTE, RecordField.WEEKLY_HOURS, RecordField.ANNUAL_BASE_PAY, RecordField.ANNUAL_VARIABLE_PAY,
        RecordField.ANNUAL_EXCLUDED_PAY, RecordField.BONUS_12M, RecordField.RAISED, RecordField.PROMOTED, RecordField.MATERNITY_RETURN,
        RecordField.RAISED_AFTER_MATERNITY, RecordField.WORK_POSTAL_CODE, null};

    @Property(tries = 3000)
    @Label("issue 20: a line the byte lane takes gives the row Jackson's fields give through PlainRows, field for field")
    void sameRowAsJacksonFields(@ForAll("lines") byte[] line, @ForAll boolean semicolon) throws Exception {
        char delimiter = semicolon ? ';' : ',';
        byte[] bytes = semicolon ? swapDelimiter(line) : line;
        PlainRows general = new PlainRows(COLUMNS, semicolon);
        PlainLines bytesLane = new PlainLines(COLUMNS, delimiter, general);
        // The line in the middle of a buffer, as the reader holds it.
        byte[] buffer = new byte[bytes.length + 7];
        System.arraycopy(bytes, 0, buffer, 3, bytes.length);
        boolean byBytes = bytesLane.fill(buffer, 3, 3 + bytes.length);
        List<String> fields = jacksonFields(bytes, delimiter);
        boolean byFields = fields.size() == COLUMNS.length && general.fill(fields);
        Statistics.label("lane").collect(byBytes ? "bytes" : byFields ? "fields only" : "neither");
        if (byBytes) {
            assertThat(byFields).as("the general lane takes the line too").isTrue();
            assertThat(values(bytesLane.row())).isEqualTo(values(general.row()));
        }
        Statistics.label("lane").coverage(c -> {
            c.check("bytes").percentage(p -> p > 30);
            c.check("fields only").percentage(p -> p > 1);
        });
    }

    @Property(tries = 2000)
    @Label("issue 20: the byte lane never fails on garbage bytes, and a line it takes is one the general lane takes")
    void neverFailsOnGarbage(@ForAll("garbage") byte[] bytes, @ForAll @IntRange(min = 0, max = 3) int cut) throws Exception {
        PlainRows general = new PlainRows(COLUMNS, false);
        PlainLines bytesLane = new PlainLines(COLUMNS, ',', general);
        int to = Math.max(0, bytes.length - cut);
        if (bytesLane.fill(bytes, Math.min(cut, to), to)) {
            List<String> fields = jacksonFields(java.util.Arrays.copyOfRange(bytes, Math.min(cut, to), to), ',');
            assertThat(fields.size() == COLUMNS.length && general.fill(fields)).isTrue();
            assertThat(values(bytesLane.row())).isEqualTo(values(general.row()));
        }
    }

    @Property(tries = 2000)
    @Label("issue 20: the epoch day of a date computed without LocalDate is LocalDate's")
    void epochDayIsLocalDates(@ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month,
                              @ForAll @IntRange(min = 1, max = 31) int day) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            assertThat(day).isGreaterThan(PlainRows.monthLength(year, month));
            return;
        }
        assertThat(day).isLessThanOrEqualTo(PlainRows.monthLength(year, month));
        assertThat(PlainRows.epochDay(year, month, day)).isEqualTo(date.toEpochDay());
    }

    /** The fields Jackson gives for the line, as the reader configures it; decoded as the reader decodes. */
    private static List<String> jacksonFields(byte[] line, char delimiter) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(line)).toString();
        List<String> fields = new ArrayList<>();
        try (CsvParser parser = new CsvFactory().createParser(new StringReader(text))) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutHeader());
            JsonToken token;
            int rows = 0;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    rows++;
                } else if (token == JsonToken.VALUE_STRING && rows == 1) {
                    fields.add(parser.getText());
                }
            }
            return rows == 1 ? fields : List.of();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of(); // not well-formed: neither lane's row
        }
    }

    private static List<Object> values(EmployeeTable.PlainRow row) throws IllegalAccessException {
        List<Object> values = new ArrayList<>();
        for (Field field : EmployeeTable.PlainRow.class.getFields()) {
            values.add(field.getName() + "=" + field.get(row));
        }
        return values;
    }

    /** The line as a ';' file would write it: ',' and ';' swapped, decimal points after a digit made commas. */
    private static byte[] swapDelimiter(byte[] line) {
        byte[] out = line.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == ',') {
                out[i] = ';';
            } else if (out[i] == ';') {
                out[i] = ',';
            } else if (out[i] == '.' && i > 0 && Character.isDigit(out[i - 1])) {
                out[i] = ','; // a decimal point after a digit becomes a decimal comma
            }
        }
        return out;
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> mutated = Combinators.combine(lines(), Arbitraries.integers().between(0, 400), Arbitraries.bytes())
                .as((line, at, b) -> {
                    byte[] out = line.clone();
                    if (out.length > 0) {
                        out[at % out.length] = b;
                    }
                    return out;
                });
        return Arbitraries.oneOf(random, mutated);
    }

    @Provide
    Arbitrary<byte[]> lines() {
        Arbitrary<List<String>> fields = Combinators.combine(List.of(
                weighted(Arbitraries.integers().between(0, 99_999).map(i -> "E" + i),
                        Arbitraries.of("", " ", " E7 ", "x\"q", "\"E1\"", "a\tb", "É1", "x".repeat(101), "E\u007F")),
                weighted(Arbitraries.of("F", "M"), Arbitraries.of("f", " m", "X", "U", "", "Q", "homme", "\u00a0F")),
                weighted(Arbitraries.of("1975-03-12", "1990-12-31", "1988-02-29"),
                        Arbitraries.of("", " 1975-03-12 ", "2090-01-01", "1899-12-31", "2001-02-29", "2000-02-29", "1975-3-12",
                                "1975-03-1x", "+1975-03-12", "1975-13-01", "1975-00-10", "1975-01-00", "\t1975-03-12", "１９７５-03-12")),
                weighted(Arbitraries.of(""), Arbitraries.of("1975", "1990", " 1975", "1899", "2101", "01975", "19x5")),
                weighted(Arbitraries.of("ACME", "Beta SA", ""), Arbitraries.of("Société Générale", "  padded  ", "x".repeat(201),
                        "\u00e9\u00e8", "\uFFFD", "tab\there", "日本")),
                weighted(Arbitraries.of("Paris", "Lyon", ""), Arbitraries.of("Nîmes", "Lille ", "y".repeat(201))),
                weighted(Arbitraries.of("A1", "62", ""), Arbitraries.of("bad code!", "X", "ABCDEFGHI", " A1 ", "A-1")),
                weighted(Arbitraries.of("C1", "Cadres", ""), Arbitraries.of("z".repeat(101), "Employés")),
                weighted(Arbitraries.of("", "L1"), Arbitraries.of(" L2 ")),
                weighted(Arbitraries.of("", "none"), Arbitraries.of("executive", "zz", " manager")),
                weighted(Arbitraries.of("", "permanent"), Arbitraries.of("fixed_term", "apprentice", "??", "CDI")),
                weighted(Arbitraries.of("2010-01-04", "2024-09-01", ""), Arbitraries.of("2025-12-31", "2101-01-01", "2024-02-30", "1970-01-01")),
                weighted(Arbitraries.of(""), Arbitraries.of("2024-06-30", "2009-12-31", "bad", "2024-06-3")),
                weighted(Arbitraries.of(""), Arbitraries.of("resignation", "dismissal", "nope")),
                weighted(Arbitraries.of("1", "0.8", "0.5", ""), Arbitraries.of("1.00", "0.005", "1.5", " 0.8", "0.12345", "0,8", "1.0000",
                        "0.01", ".5", "abc")),
                weighted(Arbitraries.of("", "35"), Arbitraries.of("39.5", "0.5", "200", "168", "35,5", " 35")),
                weighted(Arbitraries.of("30000", "45000.50", "28123.4", ""), Arbitraries.of("1234.567", "-5", "1e5", "40000000",
                        "40000000.01", "5.", ".5", "007.50", "45000,50", "+100", " 30000 ", "1.234,5", "0", "999999999999",
                        "9999999999999", "99999999999999999999", "3\u00a0000")),
                weighted(Arbitraries.of("", "1000"), Arbitraries.of("0.001", "12.5")),
                weighted(Arbitraries.of("", "0"), Arbitraries.of("12.5", "-3")),
                weighted(Arbitraries.of(""), Arbitraries.of("500", "2000000000")),
                weighted(Arbitraries.of("true", "false", ""), Arbitraries.of("1", "0", "oui", "maybe", " TRUE")),
                weighted(Arbitraries.of("false", ""), Arbitraries.of("true", "yes")),
                weighted(Arbitraries.of("false", ""), Arbitraries.of("true")),
                weighted(Arbitraries.of("false", ""), Arbitraries.of("true", "non")),
                weighted(Arbitraries.of("", "75001", "69002"), Arbitraries.of("2A004", "-bad", "1234567890AB", "75 001")),
                weighted(Arbitraries.of("", "note"), Arbitraries.of("a\"b", "ümlaut", "x".repeat(300)))
        )).as(List::copyOf);
        Arbitrary<Integer> shape = Arbitraries.frequency(Tuple.of(30, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3));
        return Combinators.combine(fields, shape, Arbitraries.of(false, false, false, true)).as((values, kind, badUtf8) -> {
            List<String> row = new ArrayList<>(values);
            switch (kind) {
                case 1 -> row.remove(row.size() - 1); // a field short
                case 2 -> row.add(""); // an empty field too many
                case 3 -> row.set(0, "\"" + row.get(0).replace("\"", "\"\"") + "\""); // a quoted id
                default -> { }
            }
            byte[] bytes = String.join(",", row).getBytes(StandardCharsets.UTF_8);
            if (badUtf8 && bytes.length > 0) {
                // a byte that is not UTF-8 in a text column (company), or at the line's end
                int at = String.join(",", row.subList(0, 4)).getBytes(StandardCharsets.UTF_8).length + 1;
                byte[] out = new byte[bytes.length + 1];
                int where = Math.min(at, bytes.length);
                System.arraycopy(bytes, 0, out, 0, where);
                out[where] = (byte) 0xC3;
                System.arraycopy(bytes, where, out, where + 1, bytes.length - where);
                return out;
            }
            return bytes;
        });
    }

    private static Arbitrary<String> weighted(Arbitrary<String> usual, Arbitrary<String> rare) {
        return Arbitraries.frequencyOf(Tuple.of(40, usual), Tuple.of(1, rare));
    }
}

package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 20: the hand-written checks that replaced regular expressions and the date formatter
 * on the DSN's hot path (a line's identifier and value, amounts, dates) accept and reject exactly
 * what the expressions did, with the same values and messages: the old code is kept here as the
 * reference.
 */
class DsnParsingProperties {

    private static final Pattern IDENTIFIER = Pattern.compile("(S[0-9]{2}\\.G[0-9]{2}\\.[0-9]{2})\\.([0-9]{3})");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+\\.[0-9]{2}");
    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    /** DsnLine.parse as it was, with a regular expression; its result or its message. */
    private static Object reference(String raw, long number) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        int comma = line.indexOf(',');
        if (comma < 0) {
            return "not a rubric line: no comma after the identifier";
        }
        Matcher id = IDENTIFIER.matcher(line.substring(0, comma));
        if (!id.matches()) {
            return "is not a rubric identifier";
        }
        String rest = line.substring(comma + 1);
        String value;
        boolean quoted;
        int first = rest.indexOf('\'');
        int last = rest.lastIndexOf('\'');
        if (first == 0 && last > first) {
            value = rest.substring(first + 1, last);
            quoted = true;
            if (!rest.substring(last + 1).isBlank()) {
                return "text after the closing quote";
            }
        } else if (first == 0) {
            return "unclosed quote";
        } else {
            value = rest;
            quoted = false;
        }
        return Optional.of(new DsnLine(number, id.group(1), Integer.parseInt(id.group(2)),
                value.isEmpty() ? Optional.empty() : Optional.of(value), quoted));
    }

    private static Object parsed(String raw, long number) {
        try {
            return DsnLine.parse(raw, number);
        } catch (IllegalArgumentException e) {
            // The identifier message quotes the text; the reference gives its fixed part.
            return e.getMessage().endsWith("is not a rubric identifier Sxx.Gxx.xx.xxx") ? "is not a rubric identifier" : e.getMessage();
        }
    }

    /** Lines near the syntax: an identifier with some characters changed, a comma, a value with quotes and spaces. */
    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> identifier = Combinators.combine(Arbitraries.of("S21.G00.30.001", "S20.G00.05.005", "S90.G00.90.001",
                        "S99.G99.99.999", "S21.G00.99.001", "S10.G00.01.002", "S21.G01.30.001"), Arbitraries.integers().between(0, 16), Arbitraries.of('S', 'G', '.', '5', '0', '٣', 'x', ' ', ','),
                Arbitraries.integers().between(0, 3))
                .as((id, at, c, how) -> switch (how) {
                    case 0 -> id;
                    case 1 -> at < id.length() ? id.substring(0, at) + c + id.substring(at + 1) : id + c;
                    case 2 -> at < id.length() ? id.substring(0, at) + c + id.substring(at) : id + c;
                    default -> at < id.length() ? id.substring(0, at) + id.substring(at + 1) : id;
                });
        Arbitrary<String> value = Arbitraries.strings().withChars("'ab 0.\t\u00A0\u2003,").ofMaxLength(8);
        Arbitrary<String> space = Arbitraries.of("", " ", "\t", "\u2003", "\u00A0");
        return Combinators.combine(space, identifier, Arbitraries.of(",", "", ";"), value, space)
                .as((before, id, comma, v, after) -> before + id + comma + v + after);
    }

    @Property(tries = 5000)
    @Label("a line's identifier, rubric, value and quoting, or the reason it is not a rubric, are what the regular expression gave")
    void linesParseAsWithTheExpression(@ForAll("lines") String line) {
        assertThat(parsed(line, 7)).isEqualTo(reference(line, 7));
        if (parsed(line, 7) instanceof Optional<?> o && o.isPresent()) {
            DsnLine l = (DsnLine) o.get();
            assertThat(l.id()).isEqualTo(l.block() + "." + String.format(java.util.Locale.ROOT, "%03d", l.rubric()));
            assertThat(l.knownBlock()).isEqualTo(DsnCodes.KNOWN_BLOCKS.contains(l.block()));
        }
    }

    @Property(tries = 3000)
    @Label("amounts: accepted and valued exactly as by -?[0-9]+\\.[0-9]{2}")
    void amountsAsWithTheExpression(@ForAll("amounts") String text) {
        Optional<BigDecimal> expected = AMOUNT.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
        assertThat(DsnRecordReader.amount(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> amounts() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("-0123456789.,+e ٣").ofMaxLength(8),
                Combinators.combine(Arbitraries.of("", "-", "+", "--"), Arbitraries.strings().numeric().ofMaxLength(5),
                        Arbitraries.of(".", ",", ""), Arbitraries.strings().numeric().ofMaxLength(3))
                        .as((sign, whole, dot, cents) -> sign + whole + dot + cents));
    }

    private static final Pattern NIR = Pattern.compile("[12][0-9]{2}(0[1-9]|1[0-2]|20|3[0-9]|4[0-2]|[5-9][0-9])([0-9]{2}|2[AB])[0-9]{6}");
    private static final Pattern BIRTH = Pattern.compile("(0[1-9]|[12][0-9]|3[01]|99)(0[1-9]|1[0-2]|99)(18|19|20)[0-9]{2}");

    @Property(tries = 5000)
    @Label("issue 20: a NIR is valid (dsn.md §3, CT2019 layout SAAMMDDCCCNNN, not the placeholder of twelve 9s) exactly when the "
            + "expression it replaced said so")
    void nirsAsWithTheExpression(@ForAll("nirs") String text) {
        assertThat(DsnRecordReader.validNir(text))
                .isEqualTo(NIR.matcher(text).matches() && !text.substring(1).equals("999999999999"));
    }

    /** NIR-shaped text: sex digit, year, month 00–99, department (digits, 2A, 2B, 2C...), six digits; and near misses. */
    @Provide
    Arbitrary<String> nirs() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i));
        Arbitrary<String> shaped = Combinators.combine(Arbitraries.of("1", "2", "3", "0", "A"), two, two,
                        Arbitraries.oneOf(two, Arbitraries.of("2A", "2B", "2C", "3A", "A2", "2a")),
                        Arbitraries.strings().withChars("0123456789").ofLength(6), Arbitraries.of("", "", "0", "٣"))
                .as((sex, year, month, department, rest, extra) -> sex + year + month + department + rest + extra);
        return Arbitraries.oneOf(shaped, Arbitraries.of("1999999999999", "2999999999999", "1999999999998", "3999999999999"),
                Arbitraries.strings().withChars("0123456789AB٣ ").ofMinLength(11).ofMaxLength(14));
    }

    @Property(tries = 5000)
    @Label("issue 20: a birth date's shape (CT2019, 99 for an unknown day or month, years 18xx–20xx) is what the expression it "
            + "replaced accepted")
    void birthDatesAsWithTheExpression(@ForAll("births") String text) {
        assertThat(IndividualRubrics.birthPattern(text)).isEqualTo(BIRTH.matcher(text).matches());
    }

    @Provide
    Arbitrary<String> births() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i));
        return Arbitraries.oneOf(Combinators.combine(two, two, Arbitraries.integers().between(1500, 2300).map(String::valueOf))
                        .as((d, m, y) -> d + m + y),
                Arbitraries.strings().withChars("0123456789٣ -").ofMinLength(7).ofMaxLength(9));
    }

    @Property(tries = 3000)
    @Label("dates DDMMYYYY: the same dates and refusals as the strict ddMMuuuu formatter")
    void datesAsWithTheFormatter(@ForAll("dates") String text) {
        Optional<LocalDate> expected;
        try {
            expected = Optional.of(LocalDate.parse(text, DDMMYYYY));
        } catch (DateTimeParseException e) {
            expected = Optional.empty();
        }
        assertThat(DsnIndividual.date(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i));
        return Arbitraries.oneOf(Combinators.combine(two, two, Arbitraries.integers().between(0, 9999)
                        .map(i -> String.format("%04d", i))).as((d, m, y) -> d + m + y),
                Arbitraries.strings().withChars("0123456789+-٣ ").ofMinLength(6).ofMaxLength(11));
    }

    @Property(tries = 500)
    @Label("lines: LF, CRLF and lone CR ends give the lines a plain split gives, also across the reader's buffer refills")
    void linesSplitAsByHand(@ForAll("mutatedYearFile") byte[] file) throws java.io.IOException {
        String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.List<String> expected = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                expected.add(line.toString());
                line.setLength(0);
                open = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                line.append(c);
                open = true;
            }
        }
        if (open) {
            expected.add(line.toString());
        }
        java.util.List<String> read = new java.util.ArrayList<>();
        try (DsnLines in = new DsnLines("f.dsn", new java.io.StringReader(text))) {
            String next;
            while ((next = in.readLine()) != null) {
                read.add(next);
            }
        } catch (org.mixite.spi.InputException tooLong) {
            assertThat(expected.get(read.size())).hasSizeGreaterThan(DsnLimits.MAX_LINE_CHARS);
            expected = expected.subList(0, read.size());
        }
        assertThat(read).isEqualTo(expected);
    }

    /** Every line of a reader and the error that stopped it (its message names the line). */
    private static java.util.List<String> drainLines(DsnLines in) throws java.io.IOException {
        java.util.List<String> read = new java.util.ArrayList<>();
        try (in) {
            String next;
            while ((next = in.readLine()) != null) {
                read.add(next);
            }
        } catch (org.mixite.spi.InputException tooLong) {
            read.add("error: " + tooLong.getMessage());
        }
        return read;
    }

    @Property(tries = 300)
    @Label("issue 20: ISO-8859-1 lines read as bytes are the lines its decoder gave, with the same error at the same line, "
            + "across buffer refills")
    void bytesReadAsDecoded(@ForAll("mutatedYearFile") byte[] file, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 9000)
            int spare) throws java.io.IOException {
        java.util.List<String> decoded = drainLines(new DsnLines("f.dsn", new java.io.InputStreamReader(
                new java.io.ByteArrayInputStream(file), java.nio.charset.StandardCharsets.ISO_8859_1)));
        // The smallest buffers allowed, so that lines straddle the refills; also a stream giving a few bytes per read.
        int size = DsnLimits.MAX_LINE_CHARS + 2 + spare;
        assertThat(drainLines(DsnLines.latin1("f.dsn", new java.io.ByteArrayInputStream(file), size))).isEqualTo(decoded);
        assertThat(drainLines(DsnLines.latin1("f.dsn", new Trickle(file, 1 + spare % 7), size))).isEqualTo(decoded);
        assertThat(drainLines(DsnLines.latin1("f.dsn", new java.io.ByteArrayInputStream(file)))).isEqualTo(decoded);
    }

    /** Each line of a reader parsed (DsnLines.parse), or the parse's message; then the error that stopped the reader. */
    private static java.util.List<Object> parsedLines(DsnLines in) throws java.io.IOException {
        java.util.List<Object> read = new java.util.ArrayList<>();
        try (in) {
            long number = 0;
            while (in.next()) {
                number++;
                try {
                    read.add(in.parse(number));
                } catch (IllegalArgumentException e) {
                    read.add("not a rubric: " + e.getMessage());
                }
            }
        } catch (org.mixite.spi.InputException tooLong) {
            read.add("error: " + tooLong.getMessage());
        }
        return read;
    }

    @Property(tries = 300)
    @Label("issue 20: each line parsed from its bytes gives the rubric, or the message, that parsing its decoded string gives")
    void linesParsedFromBytesAsFromStrings(@ForAll("mutatedYearFile") byte[] file,
                                           @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 9000) int spare,
                                           @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10) int slots)
            throws java.io.IOException {
        java.util.List<Object> decoded = parsedLines(new DsnLines("f.dsn", new java.io.InputStreamReader(
                new java.io.ByteArrayInputStream(file), java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertThat(parsedLines(DsnLines.latin1("f.dsn", new Trickle(file, 1 + spare % 11), DsnLimits.MAX_LINE_CHARS + 2 + spare)))
                .isEqualTo(decoded);
        // Few value slots (down to one): values that share a slot replace each other; each line still gets its own value.
        assertThat(parsedLines(DsnLines.latin1("f.dsn", new java.io.ByteArrayInputStream(file), DsnLimits.MAX_LINE_CHARS + 2, 1 << slots)))
                .isEqualTo(decoded);
    }

    @Property(tries = 5000)
    @Label("issue 20: a line near the syntax parsed from its ISO-8859-1 bytes gives what parsing it as a string gives")
    void lineParsedFromBytesAsFromString(@ForAll("lines") String text, @ForAll("lineEnds") String end) throws java.io.IOException {
        String line = text.chars().mapToObj(c -> c > 0xFF ? "?" : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
        Object expected;
        try {
            expected = DsnLine.parse(line, 3);
        } catch (IllegalArgumentException e) {
            expected = e.getMessage();
        }
        DsnLines in = DsnLines.latin1("f.dsn", new java.io.ByteArrayInputStream((line + end).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertThat(in.next()).isTrue();
        Object parsed;
        try {
            parsed = in.parse(3);
        } catch (IllegalArgumentException e) {
            parsed = e.getMessage();
        }
        assertThat(parsed).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> lineEnds() {
        return Arbitraries.of("", "\n", "\r\n", "\r");
    }

    @Property(tries = 3000)
    @Label("issue 20: the first line end found eight bytes at a time is the one a byte-by-byte scan finds")
    void terminatorAsByteByByte(@ForAll("scanned") byte[] bytes, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int from,
                                @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int cut) {
        int start = Math.min(from, bytes.length);
        int end = Math.max(start, bytes.length - cut);
        int expected = end;
        for (int i = start; i < end; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                expected = i;
                break;
            }
        }
        assertThat(DsnLines.terminator(bytes, start, end)).isEqualTo(expected);
    }

    /** Bytes near the line ends and the borrow of the word test: 0x0A, 0x0D, 0x0B, 0x0C, 0x09, 0x00, 0x01, 0x8A, 0x8D, 0xFF, letters. */
    @Provide
    Arbitrary<byte[]> scanned() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(1, (byte) 0x0A), net.jqwik.api.Tuple.of(1, (byte) 0x0D),
                        net.jqwik.api.Tuple.of(3, (byte) 0x0B), net.jqwik.api.Tuple.of(3, (byte) 0x0C), net.jqwik.api.Tuple.of(3, (byte) 0x09),
                        net.jqwik.api.Tuple.of(3, (byte) 0x00), net.jqwik.api.Tuple.of(3, (byte) 0x01), net.jqwik.api.Tuple.of(3, (byte) 0x8A),
                        net.jqwik.api.Tuple.of(3, (byte) 0x8D), net.jqwik.api.Tuple.of(3, (byte) 0xFF), net.jqwik.api.Tuple.of(10, (byte) 'S'))
                .array(byte[].class).ofMaxSize(120);
    }

    /** A stream that gives at most {@code most} bytes per read, as a pipe or a socket may. */
    private static final class Trickle extends java.io.ByteArrayInputStream {
        private final int most;

        Trickle(byte[] bytes, int most) {
            super(bytes);
            this.most = most;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, most));
        }
    }

    @Property(tries = 300)
    @Label("issue 20: the lines a prescan keeps (those starting, past leading white space, with a prefix) are those "
            + "String.stripLeading().startsWith keeps, bytes or characters")
    void linesStartingWithAsWithStrings(@ForAll("mutatedYearFile") byte[] file,
                                        @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 9000) int spare) throws java.io.IOException {
        String[] prefixes = {"S20.G00.05", "S21.G00.06", "S21.G00.11"};
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (String line : drainLines(new DsnLines("f.dsn", new java.io.InputStreamReader(new java.io.ByteArrayInputStream(file),
                java.nio.charset.StandardCharsets.ISO_8859_1)))) {
            if (line.startsWith("error: ") || java.util.Arrays.stream(prefixes).anyMatch(line.stripLeading()::startsWith)) {
                expected.add(line);
            }
        }
        byte[][] wanted = java.util.Arrays.stream(prefixes).map(p -> p.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .toArray(byte[][]::new);
        assertThat(kept(DsnLines.latin1("f.dsn", new Trickle(file, 1 + spare % 5), DsnLimits.MAX_LINE_CHARS + 2 + spare), wanted))
                .isEqualTo(expected);
        assertThat(kept(new DsnLines("f.dsn", new java.io.InputStreamReader(new java.io.ByteArrayInputStream(file),
                java.nio.charset.StandardCharsets.ISO_8859_1)), wanted)).isEqualTo(expected);
    }

    private static java.util.List<String> kept(DsnLines in, byte[][] prefixes) throws java.io.IOException {
        java.util.List<String> read = new java.util.ArrayList<>();
        try (in) {
            String next;
            while ((next = in.readLineStartingWith(prefixes)) != null) {
                read.add(next);
            }
        } catch (org.mixite.spi.InputException tooLong) {
            read.add("error: " + tooLong.getMessage());
        }
        return read;
    }

    @net.jqwik.api.Example
    @Label("issue 20: the byte test of white space is Character.isWhitespace for each of the 256 ISO-8859-1 characters")
    void whitespaceAsCharacter() {
        for (int b = 0; b < 256; b++) {
            assertThat(DsnLines.whitespace((byte) b)).as("byte %d", b).isEqualTo(Character.isWhitespace((char) b));
        }
    }

    /** The sample with two declarations, mutated (blocks moved, lines cut, white space, CR-only ends...), with leading white space on some lines. */
    @Provide
    Arbitrary<byte[]> mutatedYearFile() {
        // Repeated up to 8 times: past the reader's 64K buffer, so that lines straddle its refills.
        // White space and near-white space before the lines: the prescan skips it, as stripLeading() does (not NBSP, not NEL).
        return Combinators.combine(new DsnFuzzProperties().mutatedDsn(),
                        Arbitraries.of("", " ", " \t", " \t\u000B", "\u001C\f", "\u001F", "\u00A0", "\u0085 ", "\u0000"),
                        Arbitraries.integers().between(1, 8))
                .as((bytes, indent, times) -> {
                    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (!indent.isEmpty()) {
                        text = text.replace("\nS2", "\n" + indent + "S2");
                    }
                    return text.repeat(times).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                });
    }
}

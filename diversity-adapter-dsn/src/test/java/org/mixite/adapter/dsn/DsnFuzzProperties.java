package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.spi.MixiteException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;

/**
 * Issue 19, item 2, for the DSN adapter: valid DSN files mutated the way real exports and
 * hostile inputs are (huge and tiny numbers, exponents, NaN, 10,000-character values, invalid
 * UTF-8, a BOM mid-file, CR-only line ends, blocks moved or duplicated, lines cut, a line over
 * the length limit, an individual over the size limit) end as
 * records, rejections with reasons, or one of the project's input exceptions naming the file,
 * never anything else. Thousands of tries in about ten seconds.
 */
class DsnFuzzProperties {

    private static final byte[] SAMPLE = sample();

    private static byte[] sample() {
        try (InputStream in = DsnFuzzProperties.class.getResourceAsStream("/example-2025-12.dsn")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample's lines, without their line ends. */
    private static List<byte[]> lines() {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= SAMPLE.length; i++) {
            if (i == SAMPLE.length || SAMPLE[i] == '\n') {
                int end = i > start && SAMPLE[i - 1] == '\r' ? i - 1 : i;
                if (end > start) {
                    lines.add(Arrays.copyOfRange(SAMPLE, start, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** Values that break naive number, date and text handling. */
    private static final List<String> HOSTILE = List.of("1e309", "-1E-400", "NaN", "Infinity", "-Infinity", "-0.00", "0x1F",
            "99999999999999999999999999999999999999.99", "0.000000000000000000001", "1E+9", "+12.50", "12,50", " 12.50 ",
            "9".repeat(10_000) + ".00", "A".repeat(10_000), "'".repeat(50), "", "\u0000", "31022025", "00000000", "99999999");

    /** One edit of the file, applied to its lines. */
    interface Mutation {
        void apply(List<byte[]> lines);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int at(List<byte[]> lines, int pick) {
        return lines.isEmpty() ? 0 : Math.floorMod(pick, lines.size());
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Mutation> hostileValue = Combinators.combine(pick, Arbitraries.of(HOSTILE)).as((p, v) -> lines -> {
            if (lines.isEmpty()) {
                return;
            }
            int i = at(lines, p);
            String line = new String(lines.get(i), StandardCharsets.ISO_8859_1);
            int comma = line.indexOf(',');
            lines.set(i, ascii((comma < 0 ? line : line.substring(0, comma)) + ",'" + v + "'"));
        });
        Arbitrary<Mutation> invalidUtf8 = Combinators.combine(pick, pick, Arbitraries.of(
                new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, new byte[] {(byte) 0xC3, (byte) 0xA9}))
                .as((p, q, bytes) -> lines -> {
                    if (lines.isEmpty()) {
                        return;
                    }
                    int i = at(lines, p);
                    byte[] line = lines.get(i);
                    int where = Math.floorMod(q, line.length + 1);
                    byte[] out = new byte[line.length + bytes.length];
                    System.arraycopy(line, 0, out, 0, where);
                    System.arraycopy(bytes, 0, out, where, bytes.length);
                    System.arraycopy(line, where, out, where + bytes.length, line.length - where);
                    lines.set(i, out);
                });
        Arbitrary<Mutation> bomMidFile = pick.map(p -> lines -> {
            int i = at(lines, p);
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            lines.add(i, bom);
        });
        Arbitrary<Mutation> moveBlock = Combinators.combine(pick, pick, Arbitraries.integers().between(1, 40))
                .as((p, q, n) -> lines -> {
                    if (lines.isEmpty()) {
                        return;
                    }
                    int from = at(lines, p);
                    List<byte[]> run = new ArrayList<>(lines.subList(from, Math.min(lines.size(), from + n)));
                    lines.subList(from, Math.min(lines.size(), from + n)).clear();
                    lines.addAll(at(lines, q) , run);
                });
        Arbitrary<Mutation> duplicateBlock = Combinators.combine(pick, pick, Arbitraries.integers().between(1, 40))
                .as((p, q, n) -> lines -> {
                    if (lines.isEmpty()) {
                        return;
                    }
                    int from = at(lines, p);
                    List<byte[]> run = new ArrayList<>(lines.subList(from, Math.min(lines.size(), from + n)));
                    lines.addAll(at(lines, q), run);
                });
        Arbitrary<Mutation> deleteLines = Combinators.combine(pick, Arbitraries.integers().between(1, 20)).as((p, n) -> lines -> {
            if (!lines.isEmpty()) {
                int from = at(lines, p);
                lines.subList(from, Math.min(lines.size(), from + n)).clear();
            }
        });
        Arbitrary<Mutation> cutLine = Combinators.combine(pick, pick).as((p, q) -> lines -> {
            if (!lines.isEmpty()) {
                int i = at(lines, p);
                lines.set(i, Arrays.copyOf(lines.get(i), Math.floorMod(q, lines.get(i).length + 1)));
            }
        });
        Arbitrary<Mutation> randomLine = Combinators.combine(pick, Arbitraries.strings().ofMaxLength(60)).as((p, s) -> lines ->
                lines.add(at(lines, p), s.getBytes(StandardCharsets.UTF_8)));
        // Rare and costly: a line over the length limit, and a line repeated past the size limit of one individual.
        Arbitrary<Mutation> hugeLine = pick.map(p -> lines -> lines.add(at(lines, p),
                ascii("S21.G00.30.002,'" + "A".repeat(DsnLimits.MAX_LINE_CHARS) + "'")));
        // A line of ordinary length: 20,010 copies of a line the hugeLine mutation made (65 KB) would be a
        // 1.3 GB file, past what the test JVM can build (the size limits have their own forked test).
        Arbitrary<Mutation> repeatedLine = pick.map(p -> lines -> {
            if (!lines.isEmpty()) {
                int i = at(lines, p);
                if (lines.get(i).length <= 200) {
                    lines.addAll(i, java.util.Collections.nCopies(DsnLimits.MAX_INDIVIDUAL_LINES + 10, lines.get(i)));
                }
            }
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, hostileValue), net.jqwik.api.Tuple.of(10, invalidUtf8), net.jqwik.api.Tuple.of(10, bomMidFile),
                net.jqwik.api.Tuple.of(10, moveBlock), net.jqwik.api.Tuple.of(10, duplicateBlock), net.jqwik.api.Tuple.of(10, deleteLines),
                net.jqwik.api.Tuple.of(10, cutLine), net.jqwik.api.Tuple.of(10, randomLine), net.jqwik.api.Tuple.of(1, hugeLine),
                net.jqwik.api.Tuple.of(1, repeatedLine));
    }

    /** The sample, edited 1 to 6 times, with LF, CRLF or CR-only line ends. */
    @Provide
    Arbitrary<byte[]> mutatedDsn() {
        return Combinators.combine(mutation().list().ofMinSize(1).ofMaxSize(6), Arbitraries.of("\n", "\r\n", "\r"))
                .as((mutations, end) -> {
                    List<byte[]> lines = lines();
                    mutations.forEach(m -> m.apply(lines));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (byte[] line : lines) {
                        out.writeBytes(line);
                        out.writeBytes(ascii(end));
                    }
                    return out.toByteArray();
                });
    }

    private static void load(byte[] bytes) {
        try {
            LoadSummary s = DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                    .load(InputSource.of("fuzz.dsn", bytes)).summary();
            assertThat(s.read()).isEqualTo(s.accepted() + s.rejected());
        } catch (MixiteException expected) {
            // A clear input error: it names the file.
            assertThat(expected.getMessage()).startsWith("fuzz.dsn");
        }
    }

    @Property(tries = 3000)
    @Label("issue 19: mutated DSN files end as records, rejections or an input error naming the file, never another exception")
    void mutatedFilesNeverCrash(@ForAll("mutatedDsn") byte[] dsn) {
        load(dsn);
    }
}

package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 20: the declarations' prescan that passes over the lines it does not want as bytes
 * ({@link DsnLines#readLineStartingWith}) finds the headers the prescan that made every line a
 * string found, or the same error: that one is kept here as the reference.
 */
class DeclarationsProperties {

    /** Declarations.headers as it was: every line read as a string, the wanted ones picked with stripLeading().startsWith. */
    static List<Declarations.Header> reference(String file) throws IOException {
        List<Declarations.Header> headers = new ArrayList<>();
        String[] current = null; // nature, type, fraction, month, siren, nic
        String previousBlock = "";
        int previousRubric = 0;
        String waitingSiren = null;
        boolean establishment = false;
        try (DsnLines in = new DsnLines(file, Files.newBufferedReader(Path.of(file), StandardCharsets.ISO_8859_1))) {
            String raw;
            long number = 0;
            while ((raw = in.readLine()) != null) {
                number++;
                String start = raw.stripLeading();
                boolean wanted = start.startsWith("S20.G00.05") || start.startsWith("S21.G00.06") || start.startsWith("S21.G00.11");
                if (!wanted && !previousBlock.equals("S20.G00.05")) {
                    continue;
                }
                Optional<DsnLine> parsed;
                try {
                    parsed = DsnLine.parse(raw, number);
                } catch (IllegalArgumentException notARubric) {
                    continue;
                }
                if (parsed.isEmpty()) {
                    continue;
                }
                DsnLine line = parsed.get();
                boolean newInstance = !line.block().equals(previousBlock) || line.rubric() <= previousRubric;
                previousBlock = line.block();
                previousRubric = line.rubric();
                if (line.block().equals("S20.G00.05") && newInstance) {
                    if (current != null) {
                        headers.add(header(file, headers.size() + 1, current));
                    }
                    current = current == null ? new String[] {"01", "01", "11", "", "", ""}
                            : new String[] {current[0], "01", "11", current[3], "", ""};
                    if (waitingSiren != null) {
                        current[4] = waitingSiren;
                        waitingSiren = null;
                    }
                    establishment = false;
                }
                if (line.block().equals("S21.G00.11")) {
                    if (waitingSiren != null && current != null) {
                        current[4] = waitingSiren;
                    }
                    waitingSiren = null;
                    establishment = true;
                }
                if (line.block().equals("S21.G00.06") && line.rubric() == 1 && line.value().isPresent()
                        && (current == null || establishment)) {
                    waitingSiren = line.value().get();
                    continue;
                }
                if (current == null) {
                    continue;
                }
                int slot = switch (line.block()) {
                    case "S20.G00.05" -> switch (line.rubric()) {
                        case 1 -> 0;
                        case 2 -> 1;
                        case 3 -> 2;
                        case 5 -> 3;
                        default -> -1;
                    };
                    case "S21.G00.06" -> line.rubric() == 1 ? 4 : -1;
                    case "S21.G00.11" -> line.rubric() == 1 ? 5 : -1;
                    default -> -1;
                };
                if (slot >= 0 && line.value().isPresent()) {
                    current[slot] = line.value().get();
                }
            }
        }
        if (current != null) {
            headers.add(header(file, headers.size() + 1, current));
        }
        return headers;
    }

    private static Declarations.Header header(String file, int ordinal, String[] v) {
        return new Declarations.Header(file, ordinal, v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** The headers, or the error that stopped the prescan. */
    private static Object outcome(IOCall call) {
        try {
            return call.call();
        } catch (IOException | RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private interface IOCall {
        Object call() throws IOException;
    }

    /**
     * The sample with two declarations, mutated (blocks moved, lines cut, white space before lines,
     * line ends, a line over the limit...), its declarations of random types, its header lines
     * sometimes doubled or followed by a blank or broken line.
     */
    @Provide
    Arbitrary<byte[]> files() {
        return Combinators.combine(new DsnParsingProperties().mutatedYearFile(), Arbitraries.of("01", "02", "03", "04", "05"),
                        Arbitraries.of("", "\n", "\n \n", "\nS2O.G00.05.004,'1'\n", "\nS20.G00.05.001,'01'\n", "\nS21.G00.06.001,'123'\n",
                                "\nS21.G00.11.001,'00099'\n",
                                // Another block between two rubrics of the declaration: the second opens a new declaration.
                                "\nS20.G00.07.001,'X'\nS20.G00.05.006,'1'\n"))
                .as((bytes, type, after) -> new String(bytes, StandardCharsets.ISO_8859_1)
                        .replace("S20.G00.05.002,'01'", "S20.G00.05.002,'" + type + "'")
                        .replaceFirst("(S20\\.G00\\.05\\.005,'[0-9]*')\\r?\\n", "$1" + after.replace("\\", "\\\\"))
                        .getBytes(StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 400)
    @Label("issue 20: the prescan that skips unwanted lines as bytes finds the headers (nature, type, fraction, month, SIREN, NIC) "
            + "that reading every line as a string found, or the same error")
    void headersAsWhenEveryLineWasAString(@ForAll("files") byte[] bytes) throws IOException {
        Path file = Files.createTempFile("mixite-declarations", ".dsn");
        try {
            Files.write(file, bytes);
            assertThat(outcome(() -> Declarations.headers(file.toString())))
                    .isEqualTo(outcome(() -> reference(file.toString())));
        } finally {
            Files.delete(file);
        }
    }
}

package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * issue 19, item 2: no input ends a command with an internal error. Every command runs in this
 * JVM (through picocli, as {@code main} does) on mutated employee files and Egapro forms
 * ({@link HostileInputs}); each run must end with exit 0, 1 (rows rejected, with reasons) or 2
 * (a clear input error), never with "internal error" and never with a stack trace (no
 * {@code --verbose} here). Tries and what they found before the fixes: docs/robustness.md.
 */
class HostileInputProperties {

    private static final String YEAR = "2025-01-01..2025-12-31";
    private static Path dir;
    private static byte[] egaproSmall;
    private static byte[] egaproLarge;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("mixite-fuzz");
        Path examples = Path.of("../diversity-json/src/test/resources/egapro-examples");
        egaproSmall = Files.readAllBytes(examples.resolve("01-official-lt250-ex1.json"));
        egaproLarge = Files.readAllBytes(examples.resolve("31-official-gt250-ex1.json"));
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The mutated employee file of a seed: CSV for most seeds, JSON for a third. */
    private static Path employees(long seed, String name) {
        boolean json = Math.floorMod(seed, 3) == 0;
        return write(name + (json ? ".json" : ".csv"), json ? HostileInputs.json(seed) : HostileInputs.csv(seed));
    }

    private static Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The property every run must satisfy. */
    private static void endsCleanly(String... args) {
        CliRun run = CliRun.of(args);
        // How the runs end, in the jqwik report: most inputs must reach the indicators, not stop at the parser.
        Statistics.label("exit " + args[0]).collect(run.exitCode());
        String shown = String.join(" ", args) + "\n" + run.err();
        assertThat(run.exitCode()).as(shown).isIn(ExitCodes.OK, ExitCodes.DATA_REJECTED, ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).as(shown).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception in thread")
                .as("no terminal escape from the data: " + shown).doesNotContain("\u001b");
        if (run.exitCode() == ExitCodes.USAGE_OR_IO) {
            String[] lines = run.err().strip().split("\\R");
            assertThat(lines[lines.length - 1]).as("an input error ends with one line saying what is wrong: " + shown)
                    .startsWith("mixite: ").hasSizeGreaterThan(20);
        }
    }

    private static String[] withPeriod(long seed, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (Math.floorMod(seed, 2) == 0) {
            all.add("--period");
            all.add(YEAR);
        }
        return all.toArray(String[]::new);
    }

    @Property(tries = 1000)
    @Label("validate --rejects: any employee file ends in exit 0, 1 or 2, never an internal error")
    void validate(@ForAll long seed) {
        endsCleanly("validate", "--input", employees(seed, "validate").toString(), "--rejects", dir.resolve("rejects.csv").toString());
    }

    @Property(tries = 500)
    @Label("records (and --spreadsheet-safe): any employee file ends cleanly")
    void records(@ForAll long seed) {
        endsCleanly(seed % 2 == 0 ? new String[] {"records", "--input", employees(seed, "records").toString()}
                : new String[] {"records", "--spreadsheet-safe", "--input", employees(seed, "records").toString()});
    }

    @Property(tries = 500)
    @Label("paygap: any employee file ends cleanly")
    void paygap(@ForAll long seed) {
        endsCleanly(withPeriod(seed, "paygap", "--input", employees(seed, "paygap").toString(), "--min-cell", "1"));
    }

    @Property(tries = 300)
    @Label("egapro on records: any employee file ends cleanly")
    void egaproRecords(@ForAll long seed) {
        endsCleanly(withPeriod(seed, "egapro", "--input", employees(seed, "egapro").toString()));
    }

    @Property(tries = 1000)
    @Label("egapro on the government form's aggregated JSON: any mutated form ends cleanly")
    void egaproForm(@ForAll long seed) {
        byte[] form = HostileInputs.egaproForm(seed % 2 == 0 ? egaproSmall : egaproLarge, seed);
        endsCleanly("egapro", "--input", write("form.json", form).toString(), "--format", seed % 3 == 0 ? "text" : "json");
    }

    @Property(tries = 300)
    @Label("composition: any employee file ends cleanly")
    void composition(@ForAll long seed) {
        endsCleanly(withPeriod(seed, "composition", "--input", employees(seed, "composition").toString(), "--min-cell", "1"));
    }

    @Property(tries = 200)
    @Label("analyze: any employee file ends cleanly")
    void analyze(@ForAll long seed) {
        endsCleanly(withPeriod(seed, "analyze", "--input", employees(seed, "analyze").toString(), "--min-cell", "1"));
    }

    @Property(tries = 200)
    @Label("trend: any two employee files end cleanly")
    void trend(@ForAll long seed) {
        endsCleanly("trend", "--input", employees(seed, "trend-a").toString(), employees(seed * 31 + 7, "trend-b").toString());
    }

    @Property(tries = 60)
    @Label("report (PDF and JSON): any employee file ends cleanly")
    void report(@ForAll long seed) {
        endsCleanly("report", "--input", employees(seed, "report").toString(), "--period", YEAR, "--out", dir.resolve("report").toString());
    }
}

package org.mixite.samples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.mixite.adapters.csv.CanonicalCsvWriter;
import org.mixite.samples.demo.DemoDataGenerator;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.load.ProgressListener;
import org.mixite.spi.model.EmployeeRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate",
        description = {"Write a deterministic synthetic workforce as canonical CSV.",
                "The demo company, a federation, or millions of rows for benchmarks; the same seed gives the same bytes."},
        footer = {"", "Examples:",
                "  mixite generate --employees 2000 --out demo.csv",
                "  mixite generate --employees 3000 --companies 3 --out federation.csv",
                "  mixite generate --employees 10000000 --seed 7 --out big.csv", "", ExitCodes.HELP})
final class GenerateCommand extends BaseCommand {

    @Option(names = "--employees", paramLabel = "N", defaultValue = "2000", description = "Number of employees. Default: ${DEFAULT-VALUE}.")
    int employees;

    @Option(names = "--companies", paramLabel = "C", defaultValue = "1", description = "Number of companies (1 to 5). Default: ${DEFAULT-VALUE}.")
    int companies;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2025", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--year", paramLabel = "Y", defaultValue = "2025", description = "Reference year. Default: ${DEFAULT-VALUE}.")
    int year;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Override
    protected int run(Terminal terminal) throws IOException {
        DemoDataGenerator generator;
        try {
            generator = new DemoDataGenerator(seed, employees, companies, year);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ProgressListener progress = Progress.forTerminal(terminal);
        long written = 0;
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CanonicalCsvWriter csv = new CanonicalCsvWriter(writer);
             AutoCloseable bars = progress instanceof Progress p ? p : () -> { }) {
            Iterator<EmployeeRecord> records = generator.records().iterator();
            while (records.hasNext()) {
                csv.write(records.next());
                if (++written % 100_000 == 0) {
                    progress.progress(out.getFileName().toString(), written);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        terminal.info("wrote " + written + " employees (" + companies + " compan" + (companies == 1 ? "y" : "ies")
                + ", seed " + seed + ", year " + year + ") to " + out);
        return ExitCodes.OK;
    }
}

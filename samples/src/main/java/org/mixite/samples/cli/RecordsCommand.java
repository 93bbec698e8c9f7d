package org.mixite.samples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mixite.adapters.csv.CanonicalCsvWriter;
import org.mixite.spi.model.EmployeeRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "records",
        description = {"Write the accepted records as canonical CSV on stdout, sorted by id.",
                "Values are exact, to be read back; --spreadsheet-safe writes a file to open in a spreadsheet."},
        footer = {"", "Examples:",
                "  mixite records --input payroll.json > employees.csv",
                "  mixite records --input example-2025-12.dsn --adapter dsn",
                "  mixite records --input payroll.json --spreadsheet-safe > to-open-in-excel.csv", "", ExitCodes.HELP})
final class RecordsCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--spreadsheet-safe", description = {"Prefix with ' every text cell a spreadsheet would run as a formula",
            "(starting with = + - @, a tab or a carriage return: OWASP CSV injection). The file then no",
            "longer reads back exactly; without it, values are written exactly."})
    boolean spreadsheetSafe;

    @Override
    protected int run(Terminal terminal) throws IOException {
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        List<EmployeeRecord> sorted = new ArrayList<>(loaded.records());
        sorted.sort(Comparator.comparing(EmployeeRecord::id));
        try (CanonicalCsvWriter writer = spreadsheetSafe ? CanonicalCsvWriter.spreadsheetSafe(terminal.out())
                : new CanonicalCsvWriter(terminal.out())) {
            for (EmployeeRecord record : sorted) {
                writer.write(record);
            }
        }
        terminal.out().flush();
        loaded.report(terminal);
        loaded.rejections().forEach(r -> r.violations().forEach(v -> terminal.info("  rejected: " + v)));
        return loaded.exitCode();
    }
}

package org.mixite.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate",
        description = "Check input files: print the load summary and every violation.",
        footer = {"", "Examples:",
                "  mixite validate --input employees.csv",
                "  mixite validate --input export.csv --mapping headers-fr.csv",
                "  mixite validate --input payroll.json --strict",
                "  mixite validate --input employees.csv --rejects rejects.csv", "", ExitCodes.HELP})
final class ValidateCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Also write every violation to this CSV file (source, line, column, adapter, id, field, message).")
    Path rejects;

    @Override
    protected int run(Terminal terminal) throws IOException {
        LoadedRecords loaded = LoadedRecords.load(input, terminal, false);
        if (rejects != null) {
            loaded.writeRejects(rejects);
            terminal.info("wrote " + rejects);
        }
        PrintWriter out = terminal.out();
        loaded.summaries().forEach(summary -> out.println(summary));
        for (Rejection rejection : loaded.rejections()) {
            out.println("rejected " + rejection.position() + " (" + rejection.adapter()
                    + rejection.id().map(id -> ", id " + id.replaceAll("\\p{Cntrl}", "?")).orElse("") + "):");
            for (Violation violation : rejection.violations()) {
                out.println("  " + violation);
            }
        }
        out.flush();
        return loaded.exitCode();
    }
}

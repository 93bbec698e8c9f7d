package org.mixite.samples.cli;

import java.io.PrintWriter;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate",
        description = "Check input files: print the load summary and every violation.",
        footer = {"", "Examples:",
                "  mixite validate --input employees.csv",
                "  mixite validate --input export.csv --mapping headers-fr.csv",
                "  mixite validate --input payroll.json --strict", "", ExitCodes.HELP})
final class ValidateCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    protected int run(Terminal terminal) {
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
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

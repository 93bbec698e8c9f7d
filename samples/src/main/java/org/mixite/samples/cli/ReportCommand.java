package org.mixite.samples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report",
        description = {"Compute every indicator and write report.pdf, report.json and rejects.csv.",
                "Several files, or a 'company' column, give the federation view."},
        footer = {"", "Examples:",
                "  mixite report --input employees.csv --out report",
                "  mixite report --input export.csv --mapping headers-fr.csv --out report --lang en",
                "  mixite report --input acme.csv globex.csv initech.csv --company \"Fédération\" --out federation",
                "", ExitCodes.HELP})
final class ReportCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--company", paramLabel = "NAME", description = "Name on the cover. Default: the input file name.")
    String company;

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5",
            description = "Suppress breakdown cells with fewer than K people (of either sex for pay). Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--job-mapping", paramLabel = "FILE", description = "Company job mapping (see 'mixite composition --help').")
    Path jobMapping;

    @Override
    protected int run(Terminal terminal) throws IOException {
        if (minCell < 1) {
            throw new ConfigurationException("--min-cell must be at least 1, was " + minCell);
        }
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        ReferencePeriod reference = Periods.resolve(period, loaded.records());
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(reference).withMinCell(minCell);
        if (jobMapping != null) {
            try (Reader reader = Files.newBufferedReader(jobMapping)) {
                settings = settings.withJobs(JobClassifier.defaults().withCompanyMapping(jobMapping.toString(), reader));
            }
        }
        IndicatorResults results = ReportFiles.compute(loaded.records(), settings);
        String name = company != null ? company : Path.of(input.inputs.get(0)).getFileName().toString();
        List<Path> files = ReportFiles.write(out, name, results, loaded, Optional.empty(), terminal.locale(), terminal);
        ReportFiles.summarise(terminal, results, files);
        return loaded.exitCode();
    }
}

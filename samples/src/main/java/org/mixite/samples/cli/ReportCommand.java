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
                "  mixite report --input export.xlsx --option sheet=Salariés --out report --xlsx",
                "  mixite report --input acme.csv globex.csv initech.csv --company \"Fédération\" --out federation",
                "  mixite report --input big.csv --period 2025-01-01..2025-12-31 --stream --out big-report",
                "", ExitCodes.HELP})
final class ReportCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    JobEvaluationOption evaluation = new JobEvaluationOption();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--company", paramLabel = "NAME", description = "Name on the cover. Default: the input file name.")
    String company;

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "Suppress breakdown cells with fewer than K people (of either sex for pay). Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--job-mapping", paramLabel = "FILE", description = "Company job mapping (see 'mixite composition --help').")
    Path jobMapping;

    @Option(names = "--stream", description = {"Stream the input through the indicators without holding the records, for very",
            "large files (millions of rows). Needs --period; leaves out the analytics, which need the records."})
    boolean stream;

    @Option(names = "--xlsx", description = "Also write report.xlsx: the report's tables, one sheet per section.")
    boolean xlsx;

    @Override
    protected int run(Terminal terminal) throws IOException {
        if (stream && period == null) {
            throw new ConfigurationException("--stream needs --period START..END: the period cannot be read from data not held");
        }
        String name = company != null ? company : Path.of(input.inputs.get(0)).getFileName().toString();
        if (stream) {
            return streamed(terminal, name, settings(ReferencePeriod.parse(period)));
        }
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        loaded = evaluation.apply(loaded, terminal);
        IndicatorSuite.ReportSettings settings = settings(Periods.resolve(period, loaded));
        IndicatorResults results = ReportFiles.compute(loaded, settings);
        List<Path> files = ReportFiles.write(out, name, results, loaded, Optional.empty(), terminal.locale(), terminal);
        if (xlsx) {
            files = new java.util.ArrayList<>(files);
            files.add(ReportFiles.writeWorkbook(out));
        }
        ReportFiles.summarise(terminal, results, files);
        return loaded.exitCode();
    }

    private IndicatorSuite.ReportSettings settings(ReferencePeriod reference) throws IOException {
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(reference).withMinCell(minCell);
        if (jobMapping != null) {
            try (Reader reader = Files.newBufferedReader(jobMapping)) {
                settings = settings.withJobs(JobClassifier.defaults().withCompanyMapping(jobMapping.toString(), reader));
            }
        }
        return settings;
    }

    /** Records flow from the adapter into the indicators and rejects into rejects.csv; nothing is held. */
    private int streamed(Terminal terminal, String name, IndicatorSuite.ReportSettings settings) throws IOException {
        Files.createDirectories(out);
        IndicatorSuite suite = new IndicatorSuite(settings);
        java.util.Optional<org.mixite.core.equalvalue.JobEvaluation> equalValue = evaluation.read();
        org.mixite.spi.load.ProgressListener progress = Progress.forTerminal(terminal);
        org.mixite.spi.load.DatasetLoader loader = input.loaderBuilder().progress(progress).build();
        List<org.mixite.spi.load.LoadSummary> summaries = new java.util.ArrayList<>();
        try (java.io.Writer writer = Files.newBufferedWriter(out.resolve("rejects.csv"));
             org.mixite.adapters.csv.RejectsCsvWriter rejects = new org.mixite.adapters.csv.RejectsCsvWriter(writer)) {
            for (org.mixite.spi.adapter.InputSource source : input.sources()) {
                summaries.add(loader.stream(source, new org.mixite.spi.load.RecordSink() {
                    @Override
                    public void accept(org.mixite.spi.model.EmployeeRecord record) {
                        suite.add(equalValue.isPresent() ? equalValue.get().assign(record) : record);
                    }

                    @Override
                    public void reject(org.mixite.spi.load.Rejection rejection) {
                        try {
                            rejects.write(rejection);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }));
            }
        } finally {
            if (progress instanceof Progress bars) {
                bars.close();
            }
        }
        org.mixite.spi.load.LoadSummary summary = org.mixite.spi.load.LoadSummary.combine(summaries);
        summaries.forEach(s -> terminal.info(s.toString()));
        IndicatorResults results = suite.results();
        List<Path> files = ReportFiles.writeStreamed(out, name, results, summary, terminal.locale(), terminal);
        if (xlsx) {
            files = new java.util.ArrayList<>(files);
            files.add(ReportFiles.writeWorkbook(out));
        }
        ReportFiles.summarise(terminal, results, files);
        return summary.rejected() > 0 ? ExitCodes.DATA_REJECTED : ExitCodes.OK;
    }
}

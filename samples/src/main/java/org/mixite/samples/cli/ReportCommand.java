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

    @Option(names = "--stream", description = {"Read the input twice without holding the records, for very large files (tens of",
            "millions of rows in a 1 GB heap): the indicators, then the analytics; the same report. Chosen by itself",
            "when a CSV input would not fit in the heap. Without --period, a first pass finds the period."})
    boolean stream;

    @Option(names = "--xlsx", description = "Also write report.xlsx: the report's tables, one sheet per section.")
    boolean xlsx;

    /**
     * Held, a canonical CSV takes a little over three times its size in heap (the table, the
     * analytics sample and the indicators' passes, side by side): 1M generated rows (138 MB) run
     * in 3.5 s in a 435 MB heap, but in a 425 MB heap the collector thrashed for 228 s. Four
     * bytes a byte keeps a margin; above it the report reads the input twice (as --stream does).
     */
    static final long HEAP_BYTES_PER_CSV_BYTE = 4;

    @Override
    protected int run(Terminal terminal) throws IOException {
        String name = company != null ? company : Path.of(input.inputs.get(0)).getFileName().toString();
        long csvBytes = csvBytes(input.inputs);
        boolean twoPasses = stream || csvBytes * HEAP_BYTES_PER_CSV_BYTE > Runtime.getRuntime().maxMemory();
        if (twoPasses) {
            if (!stream) {
                terminal.info(String.format("%d MB of CSV would not fit in this Java heap of %d MB once read: reading it"
                        + " twice without holding it (as --stream does)", csvBytes >> 20, Runtime.getRuntime().maxMemory() >> 20));
            }
            return streamed(terminal, name, settings(period != null ? Periods.parse(period) : scannedPeriod(terminal)));
        }
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        loaded = evaluation.apply(loaded, terminal);
        IndicatorSuite.ReportSettings settings = settings(Periods.resolve(period, loaded));
        ReportFiles.Figures figures = ReportFiles.figures(loaded, settings);
        IndicatorResults results = figures.results();
        List<Path> files = ReportFiles.write(out, name, results, ReportFiles.document(name, figures, loaded.summary(), Optional.empty()),
                loaded, terminal.locale(), terminal);
        if (xlsx) {
            files = new java.util.ArrayList<>(files);
            files.add(ReportFiles.writeWorkbook(out));
        }
        ReportFiles.summarise(terminal, results, files);
        return loaded.exitCode();
    }

    /** The total size of the inputs that are CSV files (by extension), 0 for the others. */
    private static long csvBytes(List<String> inputs) throws IOException {
        long total = 0;
        for (String in : inputs) {
            Path file = in.startsWith("jdbc:") ? null : Path.of(in);
            if (file != null && file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".csv") && Files.isRegularFile(file)) {
                total += Files.size(file);
            }
        }
        return total;
    }

    /** The default period of an input not held: a first pass finds the latest hire or exit date (--period skips it). */
    private ReferencePeriod scannedPeriod(Terminal terminal) throws IOException {
        terminal.info("no --period: a first pass finds the latest hire or exit date (give --period to skip it)");
        java.time.LocalDate[] latest = new java.time.LocalDate[1];
        pass(terminal, new org.mixite.spi.load.RecordSink() {
            @Override
            public void accept(org.mixite.spi.model.EmployeeRecord r) {
                r.hireDate().ifPresent(this::see);
                r.exitDate().ifPresent(this::see);
            }

            private void see(java.time.LocalDate date) {
                if (latest[0] == null || date.isAfter(latest[0])) {
                    latest[0] = date;
                }
            }

            @Override
            public void reject(org.mixite.spi.load.Rejection rejection) {
                // counted and written by the report's own first pass
            }
        });
        return Periods.defaultPeriod(java.util.Optional.ofNullable(latest[0]));
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

    /**
     * The report of an input read twice and never held (issue 20: ten million rows in a 1 GB heap):
     * the first pass streams the records through the indicators and the R130-1 workforce and writes
     * rejects.csv; the indicators' state is let go; the second pass fills the analytics sample
     * (about 25 bytes a person). The document, and so the PDF, are the ones of the held path.
     */
    private int streamed(Terminal terminal, String name, IndicatorSuite.ReportSettings settings) throws IOException {
        Files.createDirectories(out);
        java.util.Optional<org.mixite.core.equalvalue.JobEvaluation> equalValue = evaluation.read();
        java.util.function.UnaryOperator<org.mixite.spi.model.EmployeeRecord> assign =
                r -> equalValue.isPresent() ? equalValue.get().assign(r) : r;
        // A method of its own: the indicators' state (the pay series of millions of people) is unreachable once it returns.
        FirstPass first = indicatorsPass(terminal, settings, assign);
        LoadedRecords.report(terminal, first.summaries());
        org.mixite.spi.load.LoadSummary summary = first.summary();
        terminal.detail("first pass done (indicators); second pass: the analytics sample");
        org.mixite.analytics.AnalyticsSample.Builder sample = ReportFiles.sampleBuilder(settings.period(), summary.accepted());
        org.mixite.spi.load.LoadSummary again = org.mixite.spi.load.LoadSummary.combine(pass(terminal,
                new org.mixite.spi.load.RecordSink() {
                    @Override
                    public void accept(org.mixite.spi.model.EmployeeRecord record) {
                        sample.add(assign.apply(record));
                    }

                    @Override
                    public void reject(org.mixite.spi.load.Rejection rejection) {
                        // rejects.csv was written by the first pass
                    }
                }));
        if (again.accepted() != summary.accepted() || again.rejected() != summary.rejected()) {
            throw new org.mixite.spi.InputException(org.mixite.spi.validation.SourcePosition.of(input.inputs.get(0)),
                    "the input changed between the two passes of --stream (" + summary.accepted() + " then "
                            + again.accepted() + " records accepted): run again on input that is not being written");
        }
        IndicatorResults results = first.results();
        org.mixite.json.ReportDocument document = ReportFiles.document(name, results, summary, java.util.Optional.empty(),
                ReportFiles.analytics(sample.build(), settings.minCell()), first.workforce());
        List<Path> files = ReportFiles.writeStreamed(out, name, results, document, terminal.locale(), terminal);
        if (xlsx) {
            files = new java.util.ArrayList<>(files);
            files.add(ReportFiles.writeWorkbook(out));
        }
        ReportFiles.summarise(terminal, results, files);
        return summary.rejected() > 0 ? ExitCodes.DATA_REJECTED : ExitCodes.OK;
    }

    /** What the first pass of --stream keeps: the results, the load summaries and the R130-1 workforce. */
    private record FirstPass(IndicatorResults results, List<org.mixite.spi.load.LoadSummary> summaries,
                             org.mixite.core.indicators.france.Workforce workforce) {
        org.mixite.spi.load.LoadSummary summary() {
            return org.mixite.spi.load.LoadSummary.combine(summaries);
        }
    }

    /** The first pass: the records through the indicators and the R130-1 headcount; rejects.csv as they come. */
    private FirstPass indicatorsPass(Terminal terminal, IndicatorSuite.ReportSettings settings,
                                     java.util.function.UnaryOperator<org.mixite.spi.model.EmployeeRecord> assign) throws IOException {
        IndicatorSuite suite = new IndicatorSuite(settings);
        org.mixite.core.indicators.france.AnnualHeadcount headcount =
                new org.mixite.core.indicators.france.AnnualHeadcount(settings.period());
        List<org.mixite.spi.load.LoadSummary> summaries;
        try (java.io.Writer writer = Files.newBufferedWriter(out.resolve("rejects.csv"));
             org.mixite.adapters.csv.RejectsCsvWriter rejects = new org.mixite.adapters.csv.RejectsCsvWriter(writer)) {
            summaries = pass(terminal, new org.mixite.spi.load.RecordSink() {
                @Override
                public void accept(org.mixite.spi.model.EmployeeRecord record) {
                    org.mixite.spi.model.EmployeeRecord r = assign.apply(record);
                    suite.add(r);
                    headcount.add(r);
                }

                @Override
                public void reject(org.mixite.spi.load.Rejection rejection) {
                    try {
                        rejects.write(rejection);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        }
        return new FirstPass(suite.results(), summaries, headcount.result());
    }

    /** One pass over every input into {@code sink}, with progress bars; the load summary of each input. */
    private List<org.mixite.spi.load.LoadSummary> pass(Terminal terminal, org.mixite.spi.load.RecordSink sink) throws IOException {
        org.mixite.spi.load.ProgressListener progress = Progress.forTerminal(terminal);
        org.mixite.spi.load.DatasetLoader loader = input.loaderBuilder().progress(progress).build();
        List<org.mixite.spi.load.LoadSummary> summaries = new java.util.ArrayList<>();
        try {
            for (org.mixite.spi.adapter.InputSource source : input.sources()) {
                summaries.add(loader.stream(source, sink));
            }
        } finally {
            if (progress instanceof Progress bars) {
                bars.close();
            }
        }
        return summaries;
    }
}

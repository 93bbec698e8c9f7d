package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mixite.core.indicators.composition.BenchmarkComparison;
import org.mixite.core.indicators.composition.CompositionAccumulator;
import org.mixite.core.indicators.composition.CompositionResult;
import org.mixite.core.indicators.composition.Federation;
import org.mixite.core.indicators.composition.Flows;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.privacy.Cell;
import org.mixite.json.CompositionJson;
import org.mixite.json.MixiteJson;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "composition",
        description = {"Women and men by job family, level and site; hires, exits, promotions; benchmarks.",
                "Technical digital jobs first; the leaky pipeline; for several companies, the federation view."},
        footer = {"", "Examples:",
                "  mixite composition --input employees.csv",
                "  mixite composition --input acme.csv globex.csv initech.csv --min-cell 5",
                "  mixite composition --input federation.csv --job-mapping our-jobs.csv --format text",
                "", "Companies: the 'company' column, or one file per company when it is empty.",
                "Breakdown cells under K people, and federation cells and totals pooling fewer than 3 companies, show \"suppressed\".",
                "A federation lists each company's rank, quartile and percentile, never its own figures.",
                "", ExitCodes.HELP})
final class CompositionCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest hire or exit date in the data.")
    String period;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "Suppress breakdown cells with fewer than K people. Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--job-mapping", paramLabel = "FILE",
            description = "Company job mapping: 'key,family[,subfamily]' per line; key = job code or job_family label.")
    Path jobMapping;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    protected int run(Terminal terminal) throws IOException {
        JobClassifier classifier = classifier();
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        ReferencePeriod reference = period != null ? Periods.resolve(period, loaded)
                : loaded.latestDate().map(d -> ReferencePeriod.calendarYear(d.getYear())).orElseThrow(() -> new ConfigurationException(
                        "no hire or exit date in the data to set the period from: give --period START..END"));
        Map<String, CompositionAccumulator> companies = new TreeMap<>();
        List<String> fileCompanies = fileOfEachRecord(loaded);
        for (int i = 0; i < loaded.records().size(); i++) {
            EmployeeRecord record = loaded.records().get(i);
            String company = record.company().orElse(fileCompanies.get(i));
            companies.computeIfAbsent(company, c -> new CompositionAccumulator(reference, classifier)).add(record);
        }
        if (companies.isEmpty()) {
            companies.put(SINGLE, new CompositionAccumulator(reference, classifier));
        }
        ObjectNode document;
        CompositionResult result;
        Federation.Result federation = null;
        if (companies.size() > 1) {
            federation = Federation.of(companies, minCell);
            result = federation.totals();
            document = CompositionJson.write(federation);
        } else {
            result = companies.values().iterator().next().result(minCell);
            document = CompositionJson.write(result);
        }
        if (format == Format.json) {
            terminal.out().print(MixiteJson.toString(document));
        } else {
            text(result, companies.size(), terminal.out());
            if (federation != null) {
                positions(federation, terminal.out());
            }
        }
        terminal.out().flush();
        terminal.info("period " + reference + ": " + result.total().shown().map(t -> t.total() + " people, "
                + t.womenShare().map(s -> s + "% women").orElse("no women or men")).orElse("total withheld (fewer than "
                + Federation.MIN_COMPANIES + " companies)") + (companies.size() > 1 ? ", " + companies.size() + " companies" : ""));
        return loaded.exitCode();
    }

    private static final String SINGLE = "(company)";

    /**
     * The company of a record without a {@code company} field: its input file when there are
     * several inputs (one file per member company), else one company. Records come in input
     * order, each input's accepted count in its load summary.
     */
    private static List<String> fileOfEachRecord(LoadedRecords loaded) {
        List<String> out = new ArrayList<>(loaded.records().size());
        long accepted = loaded.summaries().stream().mapToLong(LoadSummary::accepted).sum();
        if (loaded.summaries().size() < 2 || accepted != loaded.records().size()) {
            loaded.records().forEach(r -> out.add(SINGLE));
            return out;
        }
        for (LoadSummary summary : loaded.summaries()) {
            String name = Path.of(summary.source()).getFileName().toString();
            for (long i = 0; i < summary.accepted(); i++) {
                out.add(name);
            }
        }
        return out;
    }

    private JobClassifier classifier() throws IOException {
        JobClassifier classifier = JobClassifier.defaults();
        if (jobMapping == null) {
            return classifier;
        }
        try (Reader reader = Files.newBufferedReader(jobMapping)) {
            return classifier.withCompanyMapping(jobMapping.toString(), reader);
        }
    }

    private static void text(CompositionResult r, int companies, PrintWriter out) {
        out.println("Composition " + r.period() + (companies > 1 ? " (" + companies + " companies)" : "") + ", job mapping " + r.jobMapping());
        out.println("  total: " + r.total().shown().map(t -> t.female() + " women, " + t.male() + " men, " + t.unknown()
                + " other/unknown; " + share(t)).orElse(WITHHELD));
        r.breakdowns().forEach((dimension, cells) -> {
            out.println("  by " + dimension.member() + ":");
            cells.forEach((key, cell) -> out.println("    " + key + ": " + cell.shown().map(t -> t.female() + " women, "
                    + t.male() + " men, " + share(t)).orElse("suppressed")));
        });
        Flows f = r.flows();
        out.println("  hires: " + flow(f.hires(), f.hireRateFemale(), f.hireRateMale()));
        out.println("  exits: " + flow(f.exits(), f.exitRateFemale(), f.exitRateMale()));
        out.println("  promotions: " + flow(f.promotions(), f.promotionRateFemale(), f.promotionRateMale()));
        out.println("  hires into technical digital jobs: " + f.technicalDigitalHires().shown().map(CompositionCommand::share).orElse("suppressed"));
        for (CompositionResult.PipelineStep step : r.pipeline()) {
            out.println("  pipeline " + step.level() + ": " + step.tally().shown().map(CompositionCommand::share).orElse("suppressed"));
        }
        for (BenchmarkComparison b : r.benchmarks()) {
            if (!b.figure().equals("context")) {
                out.println("  " + b.figure() + ": " + b.value().map(v -> v + "%").orElse("n/a") + " women vs "
                        + b.reference().womenShare() + "% " + b.reference().scope() + " (" + b.reference().source() + ", "
                        + b.reference().year() + ")");
            }
        }
    }

    private static void positions(Federation.Result federation, PrintWriter out) {
        for (Federation.Ranking ranking : federation.rankings()) {
            out.println("  positions on " + ranking.indicator().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + ranking.withheld().orElse(""));
            for (Federation.Position p : ranking.positions()) {
                out.println("    " + p.company() + ": rank " + p.rank() + " of "
                        + ranking.positions().size() + ", quartile " + p.quartile() + ", percentile " + p.percentile());
            }
        }
    }

    private static final String WITHHELD = "suppressed (fewer than " + Federation.MIN_COMPANIES + " companies)";

    private static String flow(Cell<SexTally> flow, java.util.Optional<java.math.BigDecimal> women,
                               java.util.Optional<java.math.BigDecimal> men) {
        return flow.shown().map(t -> t.female() + " women, " + t.male() + " men (rates " + pct(women) + " / " + pct(men) + ")")
                .orElse(WITHHELD);
    }

    private static String share(SexTally t) {
        return t.womenShare().map(s -> s + "% women" + t.wilson().map(w -> " (95% CI " + w.low() + "–" + w.high() + ")").orElse(""))
                .orElse("no women or men");
    }

    private static String pct(java.util.Optional<java.math.BigDecimal> value) {
        return value.map(v -> v + "%").orElse("n/a");
    }
}

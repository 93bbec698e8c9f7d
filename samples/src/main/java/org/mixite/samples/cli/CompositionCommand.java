package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.mixite.core.indicators.composition.BenchmarkComparison;
import org.mixite.core.indicators.composition.CompositionAccumulator;
import org.mixite.core.indicators.composition.CompositionPeriod;
import org.mixite.core.indicators.composition.CompositionResult;
import org.mixite.core.indicators.composition.Federation;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.json.CompositionJson;
import org.mixite.json.MixiteJson;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "composition",
        description = {"Women and men by job family (technical digital jobs first), category, level, age,",
                "management level, establishment and contract; hires, exits and promotions; the leaky",
                "pipeline; national benchmarks; and, for several companies, the federation view."},
        footer = {"", "Examples:",
                "  mixite composition --input employees.csv",
                "  mixite composition --input acme.csv globex.csv initech.csv --min-cell 5",
                "  mixite composition --input federation.csv --job-mapping our-jobs.csv --format text",
                "", "Companies: the 'company' column, or one file per company when it is empty.", "", ExitCodes.HELP})
final class CompositionCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest hire or exit date in the data.")
    String period;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5",
            description = "Suppress breakdown cells with fewer than K people. Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--job-mapping", paramLabel = "FILE",
            description = "Company job mapping: 'key,family[,subfamily]' per line; key = job code or job_family label.")
    Path jobMapping;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    protected int run(Terminal terminal) throws IOException {
        if (!format.equals("json") && !format.equals("text")) {
            throw new ConfigurationException("--format must be json or text, was '" + format + "'");
        }
        if (minCell < 1) {
            throw new ConfigurationException("--min-cell must be at least 1, was " + minCell);
        }
        JobClassifier classifier = classifier();
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        ReferencePeriod reference = period != null ? Periods.resolve(period, loaded.records())
                : CompositionPeriod.latestCalendarYear(loaded.records()).orElseThrow(() -> new ConfigurationException(
                        "no hire or exit date in the data to set the period from: give --period START..END"));
        Map<String, CompositionAccumulator> companies = new TreeMap<>();
        for (EmployeeRecord record : loaded.records()) {
            String company = record.company().orElse("(company)");
            companies.computeIfAbsent(company, c -> new CompositionAccumulator(reference, classifier)).add(record);
        }
        if (companies.isEmpty()) {
            companies.put("(company)", new CompositionAccumulator(reference, classifier));
        }
        ObjectNode document;
        CompositionResult result;
        if (companies.size() > 1) {
            Federation.Result federation = Federation.of(companies, minCell);
            result = federation.totals();
            document = CompositionJson.write(federation);
        } else {
            result = companies.values().iterator().next().result(minCell);
            document = CompositionJson.write(result);
        }
        if (format.equals("json")) {
            terminal.out().print(MixiteJson.toString(document));
        } else {
            text(result, companies.size(), terminal.out());
        }
        terminal.out().flush();
        terminal.info("period " + reference + ": " + result.total().total() + " people, "
                + result.total().womenShare().map(s -> s + "% women").orElse("no women or men") + (companies.size() > 1
                ? ", " + companies.size() + " companies" : ""));
        return loaded.exitCode();
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
        out.println("Composition " + r.period() + (companies > 1 ? " (" + companies + " companies)" : ""));
        out.println("  total: " + r.total().female() + " women, " + r.total().male() + " men, " + r.total().unknown()
                + " other/unknown; " + r.total().womenShare().map(s -> s + "% women").orElse("n/a"));
        r.breakdowns().get(org.mixite.core.indicators.composition.Dimension.JOB_FAMILY).forEach((family, cell) ->
                out.println("  " + family + ": " + cell.shown().map(t -> t.female() + " women, " + t.male() + " men, "
                        + t.womenShare().map(s -> s + "%").orElse("n/a")
                        + t.wilson().map(w -> " (95% CI " + w.low() + "–" + w.high() + ")").orElse("")).orElse("suppressed")));
        out.println("  hires: " + r.flows().hires().female() + " women, " + r.flows().hires().male() + " men; exits: "
                + r.flows().exits().female() + " / " + r.flows().exits().male() + "; promotions: "
                + r.flows().promotions().female() + " / " + r.flows().promotions().male());
        for (CompositionResult.PipelineStep step : r.pipeline()) {
            out.println("  pipeline " + step.level() + ": " + step.tally().shown()
                    .map(t -> t.womenShare().map(s -> s + "% women").orElse("nobody")).orElse("suppressed"));
        }
        for (BenchmarkComparison b : r.benchmarks()) {
            if (b.value().isPresent()) {
                out.println("  " + b.figure() + ": " + b.value().get() + "% women vs " + b.reference().womenShare() + "% ("
                        + b.reference().scope() + ", " + b.reference().source() + ", " + b.reference().year() + ")");
            }
        }
    }
}

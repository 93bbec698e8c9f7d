package org.mixite.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mixite.core.indicators.france.AnnualHeadcount;
import org.mixite.core.indicators.france.GipCalculator;
import org.mixite.core.indicators.france.GipFormat;
import org.mixite.core.indicators.france.Obligations;
import org.mixite.core.indicators.france.ObligationsText;
import org.mixite.core.indicators.france.PayBasis;
import org.mixite.core.indicators.paygap.PayGapAccumulator;
import org.mixite.core.indicators.paygap.PayGapOptions;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.json.MixiteJson;
import org.mixite.json.PayGapJson;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "paygap",
        description = {"Pay gaps: EU Directive Art. 9/10, France A-G, UK, ESRS S1 and GRI 405.",
                "All from one employee file; small cells suppressed (--min-cell)."},
        footer = {"", "Examples:",
                "  mixite paygap --input employees.csv",
                "  mixite paygap --input employees.csv --snapshot 2025-04-05 --min-cell 1",
                "  mixite paygap --input employees.csv --format text",
                "  mixite paygap --input employees.csv --year 2027 --format gip > prefill.csv", "", ExitCodes.HELP})
final class PaygapCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    JobEvaluationOption evaluation = new JobEvaluationOption();

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = "--snapshot", paramLabel = "DATE", description = "UK snapshot date. Default: the last day of the period.")
    LocalDate snapshot;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "Suppress breakdown cells with fewer than K women or K men (1: only empty cells). Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--format", paramLabel = "json|text|gip", defaultValue = "json",
            description = {"Output format. Default: ${DEFAULT-VALUE}.",
                    "gip: the GIP-MDS pre-fill file of France 2027 (A-F per SIREN, regulations.md §2)."})
    PaygapFormat format;

    /** The formats of this command: json and text, and the GIP-MDS file. */
    enum PaygapFormat { json, text, gip }

    @Option(names = "--year", paramLabel = "N",
            description = "France 2027: the declaration year of fr.obligations. Default: the year after the reference period ends.")
    Integer year;

    @Option(names = "--basis", paramLabel = "fte|actual", defaultValue = "fte",
            description = {"--format gip: annual pay as full-time equivalent (as the fr block) or as actually paid. Default: ${DEFAULT-VALUE}."})
    String basis;

    @Override
    protected int run(Terminal terminal) throws IOException {
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        loaded = evaluation.apply(loaded, terminal);
        ReferencePeriod reference = Periods.resolve(period, loaded);
        PayGapOptions options = PayGapOptions.of(reference).withMinCell(minCell)
                .withSnapshot(snapshot != null ? snapshot : reference.end());
        if (format == PaygapFormat.gip) {
            // the whole file is built before anything is printed: nothing half-written on error
            terminal.out().print(GipFormat.write(GipFormat.file(reference,
                    List.copyOf(GipCalculator.compute(loaded.records(), reference, basis()).values()))));
            terminal.out().flush();
            terminal.info("period " + reference + ": GIP-MDS pre-fill file written (" + basis().code() + " annual pay)");
            return loaded.exitCode();
        }
        PayGapAccumulator accumulator = new PayGapAccumulator(options);
        loaded.records().forEach(accumulator::add);
        PayGapReport report = accumulator.result();
        Obligations obligations = Obligations.of(year != null ? year : Obligations.defaultYear(reference),
                AnnualHeadcount.of(loaded.table(), reference), report.fr());
        if (format == PaygapFormat.json) {
            terminal.out().print(MixiteJson.toString(PayGapJson.write(report, obligations)));
        } else {
            text(report, terminal.out());
            ObligationsText.sentences(obligations, terminal.locale().getLanguage().equals("fr"))
                    .forEach(line -> terminal.out().println("  " + line));
        }
        terminal.out().flush();
        terminal.info("period " + reference + ", UK snapshot " + options.snapshot() + ": mean hourly gap "
                + show(report.eu().meanGap()) + ", joint pay assessment " + (report.eu().jointAssessmentRequired() ? "required" : "not required"));
        return loaded.exitCode();
    }

    private PayBasis basis() {
        return switch (basis) {
            case "fte" -> PayBasis.FULL_TIME_EQUIVALENT;
            case "actual" -> PayBasis.ACTUAL;
            default -> throw new org.mixite.spi.ConfigurationException("--basis: expected fte or actual, got '" + basis + "'");
        };
    }

    /** The named categories, and how many suppressed ones were flagged too (never their names). */
    private static String flagged(java.util.List<String> names, long suppressed) {
        java.util.List<String> parts = new java.util.ArrayList<>(names);
        if (suppressed > 0) {
            parts.add(suppressed + " suppressed");
        }
        return String.join(", ", parts);
    }

    private static String show(Optional<BigDecimal> value) {
        return value.map(v -> v.toPlainString() + "%").orElse("n/a");
    }

    private static void text(PayGapReport r, PrintWriter out) {
        out.println("EU Pay Transparency Directive (Art. 9, hourly pay)");
        out.println("  (a) mean gap " + show(r.eu().meanGap()) + "   (c) median gap " + show(r.eu().medianGap()));
        out.println("  (b) mean variable gap " + show(r.eu().meanVariableGap()) + "   (d) median variable gap " + show(r.eu().medianVariableGap()));
        out.println("  (e) receiving variable pay: women " + show(r.eu().variableProportionFemale()) + ", men " + show(r.eu().variableProportionMale()));
        for (int i = 0; i < 4; i++) {
            var band = r.eu().quartiles().get(i);
            out.println("  (f) band " + (i + 1) + ": women " + show(band.femalePercent()) + ", men " + show(band.malePercent()));
        }
        r.eu().categoryGaps().forEach((name, cell) -> out.println("  (g) " + name + ": "
                + cell.shown().map(g -> show(g.gap())).orElse("suppressed")));
        out.println("  Art. 10 joint pay assessment: " + (r.eu().jointAssessmentRequired()
                ? "required (" + flagged(r.eu().categoriesAtOrAboveThreshold(), r.eu().suppressedCategoriesAtOrAboveThreshold()) + ")"
                : "not required"));
        out.println("UK: mean " + show(r.uk().meanHourlyGap()) + ", median " + show(r.uk().medianHourlyGap())
                + ", bonus mean " + show(r.uk().meanBonusGap()) + ", bonus median " + show(r.uk().medianBonusGap()));
        out.println("France (Egapro V2): alert " + (r.fr().alert() ? "raised (" + flagged(r.fr().alertCategories(), r.fr().suppressedAlertCategories()) + ")" : "not raised"));
        out.println("ESRS S1-16: gender pay gap " + show(r.esrs().genderPayGap()) + ", total remuneration ratio "
                + r.esrs().annualTotalRemunerationRatio().map(BigDecimal::toPlainString).orElse("n/a"));
        out.println("Left out of gaps: " + r.unknownSex() + " of sex X or unknown, " + r.withoutPay() + " without pay");
    }
}

package org.mixite.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.Control;
import org.mixite.analytics.oaxaca.Decomposition;
import org.mixite.analytics.oaxaca.OaxacaBlinder;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.RemediationPlan;
import org.mixite.analytics.remediation.RemediationSimulator;
import org.mixite.analytics.remediation.Target;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.analytics.trend.PeriodFigures;
import org.mixite.analytics.trend.Trend;
import org.mixite.analytics.trend.Trends;
import org.mixite.analytics.json.AnalyticsJson;
import org.mixite.json.MixiteJson;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyze",
        description = {"Pay-equity analytics: the adjusted gap, its decomposition, a remediation plan.",
                "The adjusted pay gap with its 95%% interval, the Oaxaca-Blinder decomposition, raises reaching a target, the trend."},
        footer = {"", "Controls: category, level, jobFamily, ageBand, tenure, fte, establishment.",
                "Targets: art10 (every category gap under 5%%), adjusted (adjusted gap not significant),",
                "adjusted:X (adjusted gap under X%%), gap:X (raw gap under X%%),",
                "egapro1:X (Egapro indicator 1 scores at least X points out of 40).",
                "", "Examples:",
                "  mixite analyze --input employees.csv",
                "  mixite analyze --input employees.csv --controls category,level,fte --target gap:3",
                "  mixite analyze --input employees.csv --target egapro1:37",
                "  mixite analyze --input 2026.csv --previous 2024.csv --previous 2025.csv --format text", "", ExitCodes.HELP})
final class AnalyzeCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    JobEvaluationOption evaluation = new JobEvaluationOption();

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = "--controls", split = ",", paramLabel = "NAME",
            description = "Controls of the adjusted gap, comma-separated. Default: all.")
    List<String> controls = new ArrayList<>();

    @Option(names = "--target", paramLabel = "art10|adjusted|adjusted:X|gap:X|egapro1:X", defaultValue = "art10",
            description = "Remediation target. Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = "--modalite", paramLabel = "MODE", defaultValue = "csp",
            description = "How Egapro indicator 1 groups people: csp, niveau_branche or niveau_autre. Default: ${DEFAULT-VALUE}.")
    String modalite;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "An earlier period's file (same adapter and options), for the trend; repeat it for more periods, oldest first.")
    List<String> previous = new ArrayList<>();

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "Hide remediation categories with fewer than K people raised. Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    protected int run(Terminal terminal) throws IOException {
        Set<Control> chosen = new LinkedHashSet<>();
        Target goal;
        try {
            for (String c : controls) {
                chosen.add(Control.parse(c));
            }
            goal = Target.parse(target);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
        Modalite grouping = Modalite.ofCode(modalite).orElseThrow(() ->
                new ConfigurationException("--modalite must be csp, niveau_branche or niveau_autre, was '" + modalite + "'"));
        if (controls.isEmpty()) {
            chosen.addAll(List.of(Control.values()));
        }
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        loaded = evaluation.apply(loaded, terminal);
        ReferencePeriod reference = Periods.resolve(period, loaded);
        AnalyticsSample sample = sample(loaded.table(), reference, chosen, grouping);
        Fit fit = PayRegression.fit(sample);
        Decomposition oaxaca = OaxacaBlinder.decompose(fit);
        RemediationPlan plan = RemediationSimulator.plan(sample, goal, fit);
        Optional<Trend> trend = Optional.empty();
        if (!previous.isEmpty()) {
            List<PeriodFigures> periods = new ArrayList<>();
            for (String file : previous) {
                InputOptions before = new InputOptions();
                before.inputs = List.of(file);
                before.adapter = input.adapter;
                before.mapping = input.mapping;
                before.options = input.options;
                before.strict = input.strict;
                LoadedRecords old = LoadedRecords.load(before, terminal);
                old.report(terminal);
                old = evaluation.apply(old, terminal);
                ReferencePeriod oldPeriod = Periods.resolve(null, old);
                periods.add(PeriodFigures.of(oldPeriod.toString(), sample(old.table(), oldPeriod, chosen, grouping)));
            }
            periods.add(PeriodFigures.of(reference.toString(), sample));
            trend = Optional.of(Trends.of(periods));
        }
        if (format == Format.json) {
            terminal.out().print(MixiteJson.toString(AnalyticsJson.write(fit.gap(), oaxaca, Optional.of(plan), trend, minCell,
                    sample.leftOutOfRegression())));
        } else {
            text(fit.gap(), oaxaca, plan, trend, terminal.out());
        }
        terminal.out().flush();
        sample.excluded().forEach((reason, count) -> terminal.info("left out of the analytics: " + count + " (" + reason + ")"));
        sample.leftOutOfRegression().forEach((reason, count) -> terminal.info("left out of the regression only (still in the raw gaps, "
                + "Art. 10 and the Egapro target): " + count + " (" + reason + ")"));
        return loaded.exitCode();
    }

    private static AnalyticsSample sample(org.mixite.core.table.EmployeeTable table, ReferencePeriod period, Set<Control> controls,
                                          Modalite grouping) {
        return AnalyticsSample.builder(period, controls).modalite(grouping).add(table).build();
    }

    private static String f(double v, int decimals) {
        java.math.BigDecimal r = java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return (r.signum() == 0 ? r.abs() : r).toPlainString(); // no "-0.0000"
    }

    private static void text(AdjustedGap gap, Decomposition oaxaca, RemediationPlan plan, Optional<Trend> trend,
                             PrintWriter out) {
        if (gap instanceof AdjustedGap.Estimate e) {
            out.println("Adjusted pay gap: " + f(e.percent(), 2) + "% (95% CI " + f(e.ciLow(), 2) + "% to "
                    + f(e.ciHigh(), 2) + "%, p = " + f(e.pValue(), 4) + ", n = " + e.n() + ", R² = " + f(e.r2(), 3) + ")");
            out.println("  controls: " + String.join(", ", e.controls()));
        } else {
            out.println("Adjusted pay gap: not computable (" + ((AdjustedGap.NotComputable) gap).reason() + ")");
        }
        gap.dropped().forEach(d -> out.println("  dropped " + d.column() + ": " + d.reason()));
        if (oaxaca instanceof Decomposition.Computed c) {
            out.println("Oaxaca-Blinder (log points, " + c.reference() + "): total " + f(c.totalGap(), 4)
                    + " = explained " + f(c.explained(), 4) + " + unexplained " + f(c.unexplained(), 4));
            c.contributions().forEach((k, v) -> out.println("  " + k + ": " + f(v, 4)));
        }
        out.println("Remediation (" + plan.target().key() + "): " + plan.people() + " raises, budget "
                + plan.budget().toPlainString() + " EUR" + (plan.reached() ? "" : " (target NOT reached)")
                + plan.lowerBound().map(b -> ", lower bound " + b.toPlainString() + " EUR").orElse(""));
        out.println("  after: raw gap " + plan.after().rawGap().map(v -> f(v, 2) + "%").orElse("n/a")
                + ", categories at or over 5%: " + plan.after().flaggedCategories().size()
                + ", Egapro indicator 1: " + plan.before().egaproPay().map(p -> p.note() + "/40").orElse("n/a")
                + " -> " + plan.after().egaproPay().map(p -> p.note() + "/40").orElse("n/a"));
        trend.ifPresent(t -> t.changes().forEach(c -> out.println("Trend " + c.from() + " -> " + c.to()
                + ": adjusted gap " + c.adjustedGap().map(v -> f(v, 2) + " pts").orElse("n/a")
                + c.significant().map(s -> s ? " (significant)" : " (not significant)").orElse("")
                + ", Egapro indicator 1 " + c.egaproIndicator1Points().map(v -> (v > 0 ? "+" : "") + v + " points").orElse("n/a")
                + (c.newlyFlagged().isEmpty() ? "" : ", newly at or over 5%: " + String.join(", ", c.newlyFlagged()))
                + (c.noLongerFlagged().isEmpty() ? "" : ", no longer: " + String.join(", ", c.noLongerFlagged())))));
    }
}

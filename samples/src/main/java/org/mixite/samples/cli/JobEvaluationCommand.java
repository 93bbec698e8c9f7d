package org.mixite.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.mixite.analytics.equalvalue.NeutralityCheck;
import org.mixite.analytics.json.EqualValueJson;
import org.mixite.core.equalvalue.EqualValueCategory;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.json.MixiteJson;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.ReferencePeriod;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "job-evaluation",
        description = {"Categories of workers doing work of equal value (EU Directive Art. 4) from a job evaluation,",
                "and its gender-neutrality check: points to examine, never a verdict."},
        footer = {"", "The evaluation file: one row per job_code or job_title, a level 1..N for skills, effort,",
                "responsibility, working_conditions and any company factor; '# levels: N', '# weights: skills=30, …'",
                "and '# bands: 180, 260' lines are optional. See docs/equal-value.md.",
                "", "Examples:",
                "  mixite job-evaluation --input employees.csv --job-evaluation evaluation.csv",
                "  mixite job-evaluation --input employees.csv --job-evaluation evaluation.csv --format text --lang fr",
                "", ExitCodes.HELP})
final class JobEvaluationCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    JobEvaluationOption evaluation = new JobEvaluationOption();

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "Do not list jobs with fewer than K people. Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    protected int run(Terminal terminal) throws IOException {
        JobEvaluation e = evaluation.read().orElseThrow(() -> new ConfigurationException("--job-evaluation FILE is required"));
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        ReferencePeriod reference = Periods.resolve(period, loaded.records());
        NeutralityCheck check = NeutralityCheck.of(e, loaded.records(), reference, minCell);
        if (format == Format.json) {
            ObjectNode root = MixiteJson.object();
            root.put("period", reference.toString());
            root.set("evaluation", EqualValueJson.evaluation(e));
            root.set("neutrality", EqualValueJson.neutrality(check));
            terminal.out().print(MixiteJson.toString(root));
        } else {
            text(e, check, terminal.locale().getLanguage().equals("fr"), terminal.out());
        }
        terminal.out().flush();
        if (check.peopleNotEvaluated() > 0) {
            terminal.warn(check.peopleNotEvaluated() + " women and men with pay hold a job the evaluation does not score");
        }
        return loaded.exitCode();
    }

    private static String r(double v, int decimals) {
        java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
    }

    static void text(JobEvaluation e, NeutralityCheck check, boolean fr, PrintWriter out) {
        out.println(fr ? "Catégories de valeur égale (directive 2023/970, art. 4)" : "Categories of equal value (Directive 2023/970, Art. 4)");
        out.println("  " + (fr ? "barème" : "scale") + " 1-" + e.levels() + ", " + (fr ? "pondérations" : "weights") + " " + e.weights());
        out.println("  " + e.bands().rationale());
        for (EqualValueCategory c : e.categories()) {
            out.println("  " + c.name() + " (" + c.band(fr) + "): " + (c.jobs().isEmpty() ? "-" : String.join(", ", c.jobs())));
        }
        out.println(fr ? "Neutralité : points à examiner, pas un constat" : "Gender neutrality: points to examine, not a finding");
        for (NeutralityCheck.CriterionCorrelation c : check.correlations()) {
            out.println("  " + c.criterion() + ": r = " + c.r().map(v -> r(v, 2)).orElse("n/a")
                    + (fr ? " avec la part de femmes" : " with the share of women") + (c.toExamine() ? (fr ? "  <- à examiner" : "  <- to examine") : ""));
        }
        for (NeutralityCheck.JobPay j : check.jobs()) {
            if (j.toExamine()) {
                out.println("  " + j.job() + " (" + j.points().toPlainString() + " points, " + r(j.womenPercent(), 0) + (fr ? " % de femmes) : " : "% women): ")
                        + (fr ? "payé " : "paid ") + r(j.payVsLine().orElseThrow(), 1) + (fr ? " % par rapport à la droite rémunération-points" : "% against the pay-for-points line"));
            }
        }
        if (check.jobsNotListed() > 0) {
            out.println("  " + check.jobsNotListed() + (fr ? " emplois de moins de K personnes non listés" : " jobs of fewer than K people not listed"));
        }
    }
}

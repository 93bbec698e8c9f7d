package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mixite.analytics.assessment.JointAssessment;
import org.mixite.analytics.assessment.Justification;
import org.mixite.analytics.assessment.Justifications;
import org.mixite.analytics.json.JointAssessmentJson;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.json.MixiteJson;
import org.mixite.pdf.JointAssessmentRenderer;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "joint-assessment",
        description = {"The joint pay assessment (EU Directive Art. 10(2)): joint-assessment.pdf and joint-assessment.json,",
                "items (a) to (g) per category of workers."},
        footer = {"", "--justifications FILE: a CSV with category,justified,reason (yes/no), the reasons the employer and",
                "the workers' representatives established (Art. 10(2)(d)); justified categories get no measure.",
                "--previous FILE: the employee file of the previous assessment, for (g).",
                "", "Examples:",
                "  mixite joint-assessment --input 2025.csv --job-evaluation evaluation.csv --out assessment",
                "  mixite joint-assessment --input 2025.csv --previous 2024.csv --justifications reasons.csv --out assessment --lang fr",
                "", ExitCodes.HELP})
final class JointAssessmentCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    JobEvaluationOption evaluation = new JobEvaluationOption();

    @Option(names = "--previous", paramLabel = "FILE", description = "The previous assessment's employee file (same adapter and options).")
    String previous;

    @Option(names = "--justifications", paramLabel = "FILE", description = "Recorded justifications: category,justified,reason.")
    Path justifications;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--company", paramLabel = "NAME", description = "Name on the document. Default: the input file name.")
    String company;

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "Suppress categories with fewer than K women or K men, and any figure of fewer than K people. Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Override
    protected int run(Terminal terminal) throws IOException {
        Optional<JobEvaluation> equalValue = evaluation.read();
        Map<String, Justification> reasons = Map.of();
        if (justifications != null) {
            try (Reader reader = Files.newBufferedReader(justifications)) {
                reasons = Justifications.read(justifications.toString(), reader);
            }
        }
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        List<EmployeeRecord> records = assigned(equalValue, loaded, terminal);
        ReferencePeriod reference = Periods.resolve(period, loaded.records());
        Optional<JointAssessment> before = Optional.empty();
        if (previous != null) {
            LoadedRecords old = LoadedRecords.load(input.only(previous), terminal);
            old.report(terminal);
            ReferencePeriod oldPeriod = Periods.resolve(null, old.records());
            before = Optional.of(JointAssessment.of(assigned(equalValue, old, terminal), oldPeriod, minCell, equalValue, Map.of(),
                    Optional.empty()));
        }
        JointAssessment assessment = JointAssessment.of(records, reference, minCell, equalValue, reasons, before);
        String name = company != null ? company : Path.of(input.inputs.get(0)).getFileName().toString();
        List<Path> files = write(out, name, assessment, terminal.locale());
        terminal.info("joint pay assessment (Art. 10): " + (assessment.required() ? "required" : "not required")
                + ", measures: " + assessment.plan().people() + " raises, budget " + assessment.plan().budget().toPlainString() + " EUR");
        files.forEach(f -> terminal.info("wrote " + f));
        return loaded.exitCode();
    }

    private static List<EmployeeRecord> assigned(Optional<JobEvaluation> equalValue, LoadedRecords loaded, Terminal terminal) {
        return equalValue.isPresent() ? JobEvaluationOption.assign(equalValue.get(), loaded.records(), terminal)
                : new ArrayList<>(loaded.records());
    }

    /** joint-assessment.json and joint-assessment.pdf (the PDF renders the JSON). */
    static List<Path> write(Path dir, String company, JointAssessment assessment, Locale locale) throws IOException {
        Files.createDirectories(dir);
        ObjectNode json = JointAssessmentJson.write(assessment);
        Path jsonFile = dir.resolve("joint-assessment.json");
        try (OutputStream o = Files.newOutputStream(jsonFile)) {
            MixiteJson.write(json, o);
        }
        Path pdfFile = dir.resolve("joint-assessment.pdf");
        try (OutputStream o = Files.newOutputStream(pdfFile)) {
            JointAssessmentRenderer.render(json, company, locale, o);
        }
        return List.of(jsonFile, pdfFile);
    }
}

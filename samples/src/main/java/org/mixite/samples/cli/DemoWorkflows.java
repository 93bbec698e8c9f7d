package org.mixite.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixite.analytics.assessment.JointAssessment;
import org.mixite.analytics.assessment.Justification;
import org.mixite.analytics.assessment.Justifications;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.core.equalvalue.JobEvaluationReader;
import org.mixite.core.information.InformationLetter;
import org.mixite.core.information.InformationRequest;
import org.mixite.core.information.RightToInformation;
import org.mixite.samples.demo.DemoData;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The demo's EU workflows (issue 25) on the demo company and its job evaluation: the joint pay
 * assessment of 2025 against 2024 ({@code joint-assessment/}), and an Art. 7 answer to one worker
 * ({@code right-to-info-example.txt}, request dated 2 March 2026 so the demo stays deterministic).
 */
final class DemoWorkflows {

    /** The worker whose answer the demo writes (a fictitious id of the demo data). */
    static final String EXAMPLE_WORKER = "NUM-0000003";
    static final LocalDate EXAMPLE_REQUEST = LocalDate.of(2026, 3, 2);
    private static final String FOLDER = "/org/mixite/samples/demo/";

    private DemoWorkflows() {
    }

    static List<Path> write(Path out, String company, java.util.Locale locale, Terminal terminal) throws IOException {
        JobEvaluation evaluation = read("job-evaluation.csv", JobEvaluationReader::read);
        Map<String, Justification> reasons = read("justifications.csv", Justifications::read);
        DatasetLoader loader = DatasetLoader.builder().mode(LoadMode.LENIENT).build();
        List<EmployeeRecord> before = assigned(evaluation, loader, DemoData.YEAR_2024);
        List<EmployeeRecord> now = assigned(evaluation, loader, DemoData.YEAR_2025);
        ReferencePeriod y2024 = ReferencePeriod.calendarYear(2024);
        ReferencePeriod y2025 = ReferencePeriod.calendarYear(2025);
        JointAssessment previous = JointAssessment.of(before, y2024, 5, Optional.of(evaluation), Map.of(), Optional.empty());
        JointAssessment assessment = JointAssessment.of(now, y2025, 5, Optional.of(evaluation), reasons, Optional.of(previous));
        List<Path> files = new ArrayList<>(JointAssessmentCommand.write(out.resolve("joint-assessment"), company, assessment, locale));
        String letter = InformationLetter.text(RightToInformation.of(now, y2025, 5, Optional.of(evaluation))
                .answer(new InformationRequest(EXAMPLE_WORKER, EXAMPLE_REQUEST)), locale.getLanguage().equals("fr"));
        Path example = out.resolve("right-to-info-example.txt");
        Files.writeString(example, letter, StandardCharsets.UTF_8);
        files.add(example);
        terminal.info("joint pay assessment (Art. 10) on the demo's job evaluation: " + (assessment.required() ? "required" : "not required")
                + "; an Art. 7 answer for worker " + EXAMPLE_WORKER);
        return files;
    }

    private static List<EmployeeRecord> assigned(JobEvaluation evaluation, DatasetLoader loader, DemoData data) {
        List<EmployeeRecord> records = new ArrayList<>();
        loader.stream(data.source(), r -> records.add(evaluation.assign(r)));
        return records;
    }

    private interface Parser<T> {
        T parse(String name, Reader reader) throws IOException;
    }

    private static <T> T read(String file, Parser<T> parser) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing from the jar: " + file);
            }
            return parser.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}

package org.mixite.samples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.core.equalvalue.JobEvaluationReader;
import org.mixite.spi.model.EmployeeRecord;
import picocli.CommandLine.Option;

/**
 * {@code --job-evaluation FILE}: categories of workers doing work of equal value (Art. 4) from a
 * job evaluation, used in place of the {@code category} column for every figure by category.
 */
final class JobEvaluationOption {

    @Option(names = "--job-evaluation", paramLabel = "FILE",
            description = {"Job evaluation (skills, effort, responsibility, working conditions per job): its categories",
                    "of equal value replace the 'category' column (Art. 9(1)(g), G, Art. 10). See docs/equal-value.md."})
    Path file;

    /** The evaluation, when the option is given. */
    Optional<JobEvaluation> read() throws IOException {
        if (file == null) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            return Optional.of(JobEvaluationReader.read(file.toString(), reader));
        }
    }

    /** The records with their category of equal value; says on stderr which job codes the evaluation lacks. */
    LoadedRecords apply(LoadedRecords loaded, Terminal terminal) throws IOException {
        Optional<JobEvaluation> evaluation = read();
        if (evaluation.isEmpty()) {
            return loaded;
        }
        return LoadedRecords.of(assign(evaluation.get(), loaded.records(), terminal), loaded.rejections(), loaded.summaries());
    }

    static List<EmployeeRecord> assign(JobEvaluation evaluation, List<EmployeeRecord> records, Terminal terminal) {
        TreeSet<String> missing = new TreeSet<>();
        long unmatched = 0;
        java.util.ArrayList<EmployeeRecord> out = new java.util.ArrayList<>(records.size());
        for (EmployeeRecord r : records) {
            if (evaluation.jobOf(r).isEmpty()) {
                unmatched++;
                missing.add(r.jobCode().or(r::jobFamily).orElse("(no job)"));
            }
            out.add(evaluation.assign(r));
        }
        terminal.info("categories of equal value from " + evaluation.source() + ": " + evaluation.categories().size()
                + " bands over " + evaluation.jobs().size() + " jobs (" + (evaluation.bands().companySet() ? "company bands" : "default banding") + ")");
        if (unmatched > 0) {
            // Job codes are not personal data; the people are only counted.
            terminal.warn(unmatched + " records hold a job the evaluation does not score (" + String.join(", ", missing)
                    + "): they keep their category column or CSP");
        }
        return List.copyOf(out);
    }
}

package org.mixite.core.equalvalue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.reference.ReferenceTable;
import org.mixite.spi.ConfigurationException;

/**
 * Reads a job-evaluation file (docs/equal-value.md): a CSV with a header row, one row per job,
 * and optional {@code # key: value} lines before it.
 * <pre>
 * # levels: 5
 * # weights: skills=30, effort=20, responsibility=35, working_conditions=15, customer_contact=10
 * # bands: 180, 260, 340
 * job_code,job_title,skills,effort,responsibility,working_conditions,customer_contact
 * 388a,Software engineer,4,2,3,1,2
 * </pre>
 * {@code job_code} and/or {@code job_title} name the job; the four Art. 4(4) criteria are
 * required columns; every other column is a company factor. Scores are whole levels from 1 to
 * {@code levels} (default 5). Weights default to 1 each; bands to {@link ScoreBands#defaults}.
 * Every problem is a {@link ConfigurationException} naming the file, the line and the column.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JobEvaluationReader {

    /** The scale when the file does not say. */
    public static final int DEFAULT_LEVELS = 5;
    private static final String CODE = "job_code";
    private static final String TITLE = "job_title";

    private JobEvaluationReader() {
    }

    /** Reads an evaluation; {@code name} (the file name) prefixes every message. */
    public static JobEvaluation read(String name, Reader source) throws IOException {
        ReferenceTable table = ReferenceTable.read(name, source);
        List<String> header = table.header();
        if (!header.contains(CODE) && !header.contains(TITLE)) {
            throw new ConfigurationException(name + ": header: a job_code or job_title column is needed");
        }
        for (String criterion : JobEvaluation.ART_4_CRITERIA) {
            if (!header.contains(criterion)) {
                throw new ConfigurationException(name + ": header: the column '" + criterion
                        + "' is missing (Art. 4(4): skills, effort, responsibility and working_conditions are required)");
            }
        }
        List<String> criteria = new ArrayList<>(JobEvaluation.ART_4_CRITERIA);
        for (String column : header) {
            if (column.isEmpty()) {
                throw new ConfigurationException(name + ": header: a column has no name");
            }
            if (!column.equals(CODE) && !column.equals(TITLE) && !criteria.contains(column)) {
                criteria.add(column); // a company factor
            }
        }
        int levels = levels(name, table.metadata("levels"));
        Map<String, BigDecimal> weights = weights(name, table.metadata("weights"), criteria);
        List<EvaluatedJob> jobs = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Map<String, String> row : table.rows()) {
            String line = row.get("#line");
            Optional<String> code = text(row, CODE);
            Optional<String> title = text(row, TITLE);
            if (code.isEmpty() && title.isEmpty()) {
                throw new ConfigurationException(name + ":" + line + ": column 'job_code': a job needs a job_code or a job_title");
            }
            unique(name, line, CODE, code, codes);
            if (code.isEmpty()) {
                unique(name, line, TITLE, title, titles);
            }
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (String criterion : criteria) {
                scores.put(criterion, score(name, line, criterion, row.get(criterion), levels));
            }
            jobs.add(new EvaluatedJob(code, title, scores, Long.parseLong(line)));
        }
        if (jobs.isEmpty()) {
            throw new ConfigurationException(name + ": no job: one row per job is needed after the header");
        }
        ScoreBands bands = table.metadata("bands").map(b -> bands(name, b)).orElseGet(() -> ScoreBands.defaults(levels));
        return new JobEvaluation(name, levels, weights, jobs, bands);
    }

    private static Optional<String> text(Map<String, String> row, String column) {
        return Optional.ofNullable(row.get(column)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static void unique(String name, String line, String column, Optional<String> value, Map<String, String> seen) {
        if (value.isPresent()) {
            String before = seen.putIfAbsent(value.get().toLowerCase(Locale.ROOT), line);
            if (before != null) {
                throw new ConfigurationException(name + ":" + line + ": column '" + column + "': '" + value.get()
                        + "' is already evaluated on line " + before);
            }
        }
    }

    private static int score(String name, String line, String criterion, String value, int levels) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            throw new ConfigurationException(name + ":" + line + ": column '" + criterion + "': a score is required");
        }
        int score;
        try {
            score = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + ":" + line + ": column '" + criterion + "': '" + text
                    + "' is not a whole level from 1 to " + levels);
        }
        if (score < 1 || score > levels) {
            throw new ConfigurationException(name + ":" + line + ": column '" + criterion + "': " + score
                    + " is outside the scale, 1 to " + levels + (levels == DEFAULT_LEVELS ? " (set another with '# levels: N')" : ""));
        }
        return score;
    }

    private static int levels(String name, Optional<String> value) {
        if (value.isEmpty()) {
            return DEFAULT_LEVELS;
        }
        try {
            int levels = Integer.parseInt(value.get().trim());
            if (levels >= 2 && levels <= 100) {
                return levels;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(name + ": '# levels': '" + value.get() + "' is not a whole number from 2 to 100");
    }

    private static Map<String, BigDecimal> weights(String name, Optional<String> value, List<String> criteria) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        criteria.forEach(c -> weights.put(c, BigDecimal.ONE));
        if (value.isEmpty()) {
            return weights;
        }
        for (String part : value.get().split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String criterion = eq < 0 ? part.trim() : part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (eq < 0 || !weights.containsKey(criterion)) {
                throw new ConfigurationException(name + ": '# weights': '" + part.trim() + "' is not criterion=weight with one of "
                        + String.join(", ", criteria));
            }
            try {
                BigDecimal w = new BigDecimal(part.substring(eq + 1).trim());
                if (w.signum() < 0) {
                    throw new NumberFormatException();
                }
                weights.put(criterion, w);
            } catch (NumberFormatException e) {
                throw new ConfigurationException(name + ": '# weights': the weight of " + criterion + " is not a number of 0 or more");
            }
        }
        if (weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
            throw new ConfigurationException(name + ": '# weights': the weights add up to 0");
        }
        for (String art4 : JobEvaluation.ART_4_CRITERIA) {
            if (weights.get(art4).signum() == 0) {
                throw new ConfigurationException(name + ": '# weights': " + art4
                        + " has weight 0; Art. 4(4) makes skills, effort, responsibility and working conditions part of every evaluation");
            }
        }
        return weights;
    }

    private static ScoreBands bands(String name, String value) {
        List<BigDecimal> thresholds = new ArrayList<>();
        for (String part : value.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                thresholds.add(new BigDecimal(part.trim()));
            } catch (NumberFormatException e) {
                throw new ConfigurationException(name + ": '# bands': '" + part.trim() + "' is not a number of points");
            }
        }
        for (int i = 1; i < thresholds.size(); i++) {
            if (thresholds.get(i).compareTo(thresholds.get(i - 1)) <= 0) {
                throw new ConfigurationException(name + ": '# bands': the thresholds must be ascending ("
                        + thresholds.get(i).toPlainString() + " after " + thresholds.get(i - 1).toPlainString() + ")");
            }
        }
        if (thresholds.isEmpty()) {
            throw new ConfigurationException(name + ": '# bands': no threshold; remove the line for the default bands");
        }
        return ScoreBands.of(thresholds);
    }
}

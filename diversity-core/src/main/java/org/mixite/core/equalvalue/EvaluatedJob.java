package org.mixite.core.equalvalue;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One job of the evaluation: its code and/or title, and its level on each criterion.
 *
 * @param code   the PCS-ESE or company job code, matched to the records' {@code job_code}
 * @param title  the job title, matched to the records' {@code job_family} when no code matches
 * @param scores the level (1 to the scale's number of levels) per criterion, in the file's column order
 * @param line   the line of the evaluation file it was read from, for messages
 */
@API(status = API.Status.EXPERIMENTAL)
public record EvaluatedJob(Optional<String> code, Optional<String> title, Map<String, Integer> scores, long line) {

    public EvaluatedJob {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
        if (code.isEmpty() && title.isEmpty()) {
            throw new IllegalArgumentException("a job needs a code or a title");
        }
    }

    /** The code, else the title: how the job is named in reports (a job, never a person). */
    public String label() {
        return code.orElseGet(title::orElseThrow);
    }

    /** The code and title together when both are known, e.g. {@code 388a Software engineer}. */
    public String description() {
        return code.map(c -> title.map(t -> c + " " + t).orElse(c)).orElseGet(title::orElseThrow);
    }
}

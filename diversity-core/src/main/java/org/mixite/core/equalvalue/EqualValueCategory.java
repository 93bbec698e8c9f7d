package org.mixite.core.equalvalue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One category of workers doing work of equal value: a band of points and the jobs in it.
 *
 * @param name the category's name, {@code EV1}, {@code EV2}, … from the lowest points
 * @param from the lowest points of the band, when it has a lower bound
 * @param to   the points the band stays under, when it has an upper bound
 * @param jobs the jobs in the band ({@link EvaluatedJob#description()}), by points then label
 */
@API(status = API.Status.EXPERIMENTAL)
public record EqualValueCategory(String name, Optional<BigDecimal> from, Optional<BigDecimal> to, List<String> jobs) {

    public EqualValueCategory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        jobs = List.copyOf(jobs);
    }

    /** The band in words, e.g. {@code 250 to under 350 points}. */
    public String band(boolean french) {
        String f = from.map(BigDecimal::toPlainString).orElse(null);
        String t = to.map(BigDecimal::toPlainString).orElse(null);
        if (f != null && t != null) {
            return french ? "de " + f + " à moins de " + t + " points" : f + " to under " + t + " points";
        }
        if (f != null) {
            return french ? f + " points et plus" : f + " points or more";
        }
        return t != null ? (french ? "moins de " + t + " points" : "under " + t + " points") : (french ? "tous les points" : "all points");
    }

    /** The definition a worker is given (Art. 7): the band and its jobs. */
    public String definition(boolean french) {
        String list = jobs.isEmpty() ? (french ? "aucun emploi" : "no job") : String.join(", ", jobs);
        return french
                ? "emplois de valeur égale selon l'évaluation des emplois (compétences, efforts, responsabilités, conditions de travail) : "
                        + band(true) + " ; emplois : " + list
                : "jobs of equal value under the job evaluation (skills, effort, responsibility, working conditions): "
                        + band(false) + "; jobs: " + list;
    }
}

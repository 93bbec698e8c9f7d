package org.mixite.analytics.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;
import org.mixite.analytics.equalvalue.NeutralityCheck;
import org.mixite.core.equalvalue.EqualValueCategory;
import org.mixite.core.equalvalue.EvaluatedJob;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.json.MixiteJson;

/**
 * The {@code mixite job-evaluation} document: the evaluation's scale, weights and bands, every
 * job's points and category, the categories of equal value, and the gender-neutrality check
 * (statistics rounded for display: r to 2 decimals, % to 1).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EqualValueJson {

    private EqualValueJson() {
    }

    /** The evaluation and its categories. */
    public static ObjectNode evaluation(JobEvaluation e) {
        ObjectNode root = MixiteJson.object();
        root.put("source", java.nio.file.Path.of(e.source()).getFileName().toString());
        root.put("levels", e.levels());
        ObjectNode weights = root.putObject("weights");
        e.weights().forEach(weights::put);
        ObjectNode bands = root.putObject("bands");
        bands.put("companySet", e.bands().companySet());
        ArrayNode thresholds = bands.putArray("thresholds");
        e.bands().thresholds().forEach(thresholds::add);
        bands.put("rationale", e.bands().rationale());
        ArrayNode jobs = root.putArray("jobs");
        for (EvaluatedJob job : e.jobs()) {
            ObjectNode j = jobs.addObject();
            job.code().ifPresent(c -> j.put("code", c));
            job.title().ifPresent(t -> j.put("title", t));
            ObjectNode scores = j.putObject("scores");
            job.scores().forEach(scores::put);
            j.put("points", e.points(job));
            j.put("category", e.categoryName(job));
        }
        ArrayNode categories = root.putArray("categories");
        for (EqualValueCategory c : e.categories()) {
            ObjectNode n = categories.addObject();
            n.put("name", c.name());
            c.from().ifPresentOrElse(f -> n.put("fromPoints", f), () -> n.putNull("fromPoints"));
            c.to().ifPresentOrElse(t -> n.put("underPoints", t), () -> n.putNull("underPoints"));
            ArrayNode list = n.putArray("jobs");
            c.jobs().forEach(list::add);
        }
        return root;
    }

    /** The gender-neutrality check: points to examine, never a verdict. */
    public static ObjectNode neutrality(NeutralityCheck check) {
        ObjectNode root = MixiteJson.object();
        root.put("nature", "points to examine with the workers' representatives, not a finding of discrimination");
        ArrayNode correlations = root.putArray("criteria");
        for (NeutralityCheck.CriterionCorrelation c : check.correlations()) {
            ObjectNode n = correlations.addObject();
            n.put("criterion", c.criterion());
            n.put("jobs", c.jobs());
            c.r().ifPresentOrElse(r -> n.put("correlationWithWomenShare", round(r, 2)), () -> n.putNull("correlationWithWomenShare"));
            n.put("toExamine", c.toExamine());
        }
        check.slopePer100Points().ifPresentOrElse(s -> root.put("payPer100Points", round(s, 1)), () -> root.putNull("payPer100Points"));
        ArrayNode jobs = root.putArray("jobs");
        for (NeutralityCheck.JobPay j : check.jobs()) {
            ObjectNode n = jobs.addObject();
            n.put("job", j.job());
            n.put("points", j.points());
            n.put("category", j.category());
            n.put("people", j.people());
            n.put("womenPercent", round(j.womenPercent(), 1));
            j.payVsLine().ifPresentOrElse(d -> n.put("payVsPointsLine", round(d, 1)), () -> n.putNull("payVsPointsLine"));
            n.put("toExamine", j.toExamine());
        }
        root.put("jobsNotListed", check.jobsNotListed());
        root.put("jobsWithoutPeople", check.jobsWithoutPeople());
        root.put("peopleNotEvaluated", check.peopleNotEvaluated());
        root.put("thresholds", "|r| >= " + NeutralityCheck.CORRELATION_TO_EXAMINE + "; pay " + (int) NeutralityCheck.PAY_DISTANCE_TO_EXAMINE
                + "% or more from the pay-for-points line; jobs of fewer than the minimum cell size are not listed");
        return root;
    }

    static BigDecimal round(double v, int decimals) {
        BigDecimal r = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
        return r.signum() == 0 ? r.abs() : r;
    }
}

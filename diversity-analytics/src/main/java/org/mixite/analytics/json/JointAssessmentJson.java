package org.mixite.analytics.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.analytics.assessment.JointAssessment;
import org.mixite.analytics.remediation.RemediationPlan;
import org.mixite.core.indicators.paygap.CategoryPayLevels;
import org.mixite.core.indicators.paygap.PayLevel;
import org.mixite.core.privacy.Cell;
import org.mixite.json.MixiteJson;

/**
 * The joint pay assessment document (Art. 10(2)): per category, members {@code a} to {@code g}
 * named after the article's points. Exact figures as computed (gaps one decimal, pay to the
 * cent); the analysis of (d) is statistics, rounded for display as in {@link AnalyticsJson}.
 * Nothing below k is shown: a suppressed category is {@code "suppressed"} with its reason, a sex
 * of fewer than k people in (b) or (e) is {@code "withheld"}, a measure raising fewer than k people
 * is {@code "suppressed"} (with a complementary category, as in {@code analyze}). No person is named.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JointAssessmentJson {

    private static final String WITHHELD = "withheld";

    private JointAssessmentJson() {
    }

    public static ObjectNode write(JointAssessment a) {
        ObjectNode root = MixiteJson.object();
        root.put("article", "Directive (EU) 2023/970, Art. 10(2)");
        root.put("period", a.period().toString());
        root.put("minCell", a.minCell());
        root.put("threshold", a.threshold());
        root.put("required", a.required());
        root.put("flaggedSuppressed", a.flaggedSuppressed());
        a.previousPeriod().ifPresentOrElse(p -> root.put("previousPeriod", p.toString()), () -> root.putNull("previousPeriod"));
        // (f) per category: hidden as in analyze's plan (with a complement), so the total cannot give a small one away.
        java.util.Map<String, org.mixite.core.privacy.SexCounts> raised = new java.util.LinkedHashMap<>();
        a.plan().byCategory().forEach((k, v) -> raised.put(k, new org.mixite.core.privacy.SexCounts(v.people(), 0, 0)));
        java.util.Set<String> hiddenMeasures = org.mixite.core.privacy.SmallCellSuppression.total(a.minCell()).suppress(raised).keySet();
        ArrayNode categories = root.putArray("categories");
        for (JointAssessment.CategoryItems c : a.categories()) {
            ObjectNode n = categories.addObject();
            n.put("category", c.category());
            c.definition().ifPresentOrElse(d -> {
                ObjectNode def = n.putObject("definition");
                def.put("en", d.band(false));
                def.put("fr", d.band(true));
                ArrayNode jobs = def.putArray("jobs");
                d.jobs().forEach(jobs::add);
            }, () -> n.putNull("definition"));
            if (c.figures() instanceof Cell.Suppressed<JointAssessment.Figures> hidden) {
                n.put("suppressed", hidden.reason().name());
            } else {
                figures(n, c.figures().shown().orElseThrow(), a.minCell(), hiddenMeasures.contains(c.category()));
            }
            c.evolution().ifPresentOrElse(e -> {
                ObjectNode g = n.putObject("g");
                MixiteJson.putDecimal(g, "previousGap", e.previousGap());
                g.put("previouslyFlagged", e.previouslyFlagged());
                MixiteJson.putDecimal(g, "change", e.change());
                g.put("outcome", e.outcome());
            }, () -> n.putNull("g"));
        }
        RemediationPlan plan = a.plan();
        ObjectNode f = root.putObject("measures");
        f.put("target", plan.target().key());
        f.put("reached", plan.reached());
        f.put("people", plan.people());
        f.put("budget", plan.budget());
        f.put("method", plan.method());
        f.put("scope", "the categories at or over the threshold that the employer and the representatives did not justify");
        f.put("costAssumption", "hourly raise x hours paid in the period, rounded up to the cent per person; employer charges excluded");
        return root;
    }

    private static void figures(ObjectNode n, JointAssessment.Figures x, int k, boolean measureHidden) {
        ObjectNode a = n.putObject("a");
        a.put("women", x.women());
        a.put("men", x.men());
        MixiteJson.putDecimal(a, "womenPercent", x.womenPercent());
        MixiteJson.putDecimal(a, "menPercent", x.womenPercent().map(w -> BigDecimal.valueOf(100).subtract(w)));
        ObjectNode b = n.putObject("b");
        level(b, "women", x.levels().women(), k);
        level(b, "men", x.levels().men(), k);
        ObjectNode c = n.putObject("c");
        MixiteJson.putDecimal(c, "gap", x.gaps().gap());
        MixiteJson.putDecimal(c, "baseGap", x.gaps().baseGap());
        MixiteJson.putDecimal(c, "variableGap", x.gaps().variableGap());
        MixiteJson.putDecimal(c, "annualGap", x.gaps().annualGap());
        MixiteJson.putDecimal(c, "annualBaseGap", x.gaps().annualBaseGap());
        MixiteJson.putDecimal(c, "annualVariableGap", x.gaps().annualVariableGap());
        c.put("flagged", x.flagged());
        ObjectNode d = n.putObject("d");
        d.set("adjustedGap", AnalyticsJson.adjustedGap(x.adjusted()));
        d.set("oaxaca", AnalyticsJson.oaxaca(x.oaxaca()));
        x.justification().ifPresentOrElse(j -> {
            ObjectNode just = d.putObject("justification");
            just.put("justified", j.justified());
            just.put("reason", j.reason());
        }, () -> d.putNull("justification"));
        ObjectNode e = n.putObject("e");
        returns(e, "women", x.leave().womenReturned(), x.leave().womenRaised(), k);
        returns(e, "men", x.leave().menReturned(), x.leave().menRaised(), k);
        if (!x.flagged() || x.justification().map(j -> j.justified()).orElse(false)) {
            n.putNull("f");
        } else {
            Optional<RemediationPlan.CategoryCost> cost = x.measure();
            if (cost.isEmpty()) {
                ObjectNode none = n.putObject("f");
                none.put("people", 0);
                none.put("budget", BigDecimal.ZERO.setScale(2));
            } else if (measureHidden) {
                n.put("f", MixiteJson.SUPPRESSED);
            } else {
                ObjectNode measure = n.putObject("f");
                measure.put("people", cost.get().people());
                measure.put("budget", cost.get().budget());
            }
        }
    }

    private static void level(ObjectNode parent, String name, CategoryPayLevels.Group group, int k) {
        if (group.people() < k || group.average().isEmpty()) {
            parent.put(name, WITHHELD);
            return;
        }
        PayLevel p = group.average().get();
        ObjectNode n = parent.putObject(name);
        n.put("hourly", p.hourly());
        // The annual and component averages cover the people with a known annual pay: at least k, and
        // none or at least k without one, else the hourly average minus the components gives those few away.
        long withoutAnnual = group.people() - group.peopleWithAnnual();
        boolean annual = group.peopleWithAnnual() >= k && (withoutAnnual == 0 || withoutAnnual >= k);
        MixiteJson.putDecimal(n, "hourlyBase", annual ? p.hourlyBase() : Optional.empty());
        MixiteJson.putDecimal(n, "hourlyVariable", annual ? p.hourlyVariable() : Optional.empty());
        MixiteJson.putDecimal(n, "annual", annual ? p.annual() : Optional.empty());
        MixiteJson.putDecimal(n, "annualBase", annual ? p.annualBase() : Optional.empty());
        MixiteJson.putDecimal(n, "annualVariable", annual ? p.annualVariable() : Optional.empty());
    }

    private static void returns(ObjectNode parent, String name, long returned, long raised, int k) {
        if (returned < k) {
            parent.put(name, returned == 0 ? "none" : WITHHELD);
            return;
        }
        ObjectNode n = parent.putObject(name);
        n.put("returned", returned);
        n.put("raised", raised);
        n.put("percent", BigDecimal.valueOf(raised * 100).divide(BigDecimal.valueOf(returned), 1, java.math.RoundingMode.HALF_UP));
    }
}

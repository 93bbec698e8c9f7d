package org.mixite.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.BenchmarkComparison;
import org.mixite.core.indicators.composition.CompositionResult;
import org.mixite.core.indicators.composition.Dimension;
import org.mixite.core.indicators.composition.Federation;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.privacy.Cell;
import org.mixite.core.privacy.SuppressionReason;

/**
 * The {@code mixite composition} document (issue 5). The members {@code total}, {@code jobFamilies}
 * and {@code flows} have the exact shape reviewers diff; breakdowns, rates, Wilson intervals,
 * the pipeline, benchmarks and the federation view sit beside them. {@code womenShare} is
 * F / (F + M) × 100 to one decimal, half up, {@code null} when F + M = 0.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CompositionJson {

    private CompositionJson() {
    }

    public static ObjectNode write(CompositionResult r) {
        ObjectNode root = MixiteJson.object();
        if (r.total() instanceof Cell.Shown<SexTally> shown) {
            ObjectNode total = tally(shown.value());
            total.put("unknown", shown.value().unknown());
            root.set("total", total);
        } else {
            root.put("total", MixiteJson.SUPPRESSED); // a federation's total that fewer than 3 companies contribute to
        }
        ObjectNode families = root.putObject("jobFamilies");
        r.breakdowns().get(Dimension.JOB_FAMILY).forEach((k, cell) -> families.set(k, cell(cell)));
        ObjectNode flows = root.putObject("flows");
        flows.set("hires", sexes(r.flows().hires()));
        flows.set("exits", sexes(r.flows().exits()));
        flows.set("promotions", sexes(r.flows().promotions()));
        ObjectNode rates = flows.putObject("rates");
        boolean people = r.total() instanceof Cell.Shown;
        rate(rates, "hireRateFemale", people, r.flows().hires(), r.flows().hireRateFemale());
        rate(rates, "hireRateMale", people, r.flows().hires(), r.flows().hireRateMale());
        rate(rates, "exitRateFemale", people, r.flows().exits(), r.flows().exitRateFemale());
        rate(rates, "exitRateMale", people, r.flows().exits(), r.flows().exitRateMale());
        rate(rates, "promotionRateFemale", people, r.flows().promotions(), r.flows().promotionRateFemale());
        rate(rates, "promotionRateMale", people, r.flows().promotions(), r.flows().promotionRateMale());
        ObjectNode reasons = flows.putObject("exitsByReason");
        r.flows().exitsByReason().forEach((k, v) -> reasons.set(k, cell(v)));
        flows.set("technicalDigitalHires", cell(r.flows().technicalDigitalHires()));
        ObjectNode byFamily = flows.putObject("byFamily");
        for (String family : r.flows().hiresByFamily().keySet()) {
            ObjectNode node = byFamily.putObject(family);
            node.set("hires", cell(r.flows().hiresByFamily().get(family)));
            node.set("exits", cell(r.flows().exitsByFamily().get(family)));
            node.set("promotions", cell(r.flows().promotionsByFamily().get(family)));
        }

        ObjectNode breakdowns = root.putObject("breakdowns");
        r.breakdowns().forEach((dimension, cells) -> {
            if (dimension != Dimension.JOB_FAMILY) {
                ObjectNode node = breakdowns.putObject(dimension.member());
                cells.forEach((k, cell) -> node.set(k, cell(cell)));
            }
        });
        ArrayNode pipeline = root.putArray("pipeline");
        for (CompositionResult.PipelineStep step : r.pipeline()) {
            ObjectNode node = pipeline.addObject();
            node.put("level", step.level());
            if (step.tally() instanceof Cell.Shown<SexTally> shown) {
                node.put("female", shown.value().female());
                node.put("male", shown.value().male());
                MixiteJson.putDecimal(node, "womenShare", shown.value().womenShare());
            } else {
                node.put("womenShare", MixiteJson.SUPPRESSED);
            }
        }
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (BenchmarkComparison b : r.benchmarks()) {
            ObjectNode node = benchmarks.addObject();
            node.put("figure", b.figure());
            MixiteJson.putDecimal(node, "value", b.value());
            node.put("reference", b.reference().womenShare());
            node.put("scope", b.reference().scope());
            node.put("year", b.reference().year());
            node.put("source", b.reference().source());
            node.put("status", b.reference().status());
        }
        ObjectNode why = root.putObject("suppressedCells");
        reason(why, "total", r.total());
        reason(why, "flows.hires", r.flows().hires());
        reason(why, "flows.exits", r.flows().exits());
        reason(why, "flows.promotions", r.flows().promotions());
        rates.fields().forEachRemaining(rate -> {
            if (rate.getValue().isTextual()) { // made from a withheld total
                why.put("flows.rates." + rate.getKey(), SuppressionReason.FEW_CONTRIBUTORS.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        reasons(why, "jobFamilies", r.breakdowns().get(Dimension.JOB_FAMILY));
        r.breakdowns().forEach((dimension, cells) -> {
            if (dimension != Dimension.JOB_FAMILY) {
                reasons(why, "breakdowns." + dimension.member(), cells);
            }
        });
        reasons(why, "flows.exitsByReason", r.flows().exitsByReason());
        reasons(why, "flows.byFamily.hires", r.flows().hiresByFamily());
        reasons(why, "flows.byFamily.exits", r.flows().exitsByFamily());
        reasons(why, "flows.byFamily.promotions", r.flows().promotionsByFamily());
        ObjectNode meta = root.putObject("method");
        meta.put("period", r.period().toString());
        meta.put("jobMapping", r.jobMapping());
        meta.put("minCell", r.minCell());
        meta.put("suppression", "breakdown cells with fewer than " + r.minCell()
                + " people show \"suppressed\", and one more where a lone one could be derived from the totals (the whole"
                + " breakdown when no other non-empty cell is left); in a federation, cells pooling fewer than 3 companies too,"
                + " and the totals (total, flows.hires/exits/promotions, with their rates) that fewer than 3 companies contribute to;"
                + " a single company's totals are never suppressed");
        meta.put("womenShare", "F / (F + M) x 100, one decimal, rounded half up; null when F + M = 0; other/unknown sex left out");
        meta.put("womenShareCi95", "Wilson score interval, z = 1.959964, in percent, one decimal half up");
        meta.put("headcount", "people present at any time in the period (hired on or before its end, not gone before its start)");
        meta.put("flows", "hires and exits dated inside the period; promotions flagged for people present; rates per 100 people"
                + " of the same sex in the headcount");
        meta.put("pipeline", "women's share at each management level, from individual contributors (none) to manager,"
                + " executive (cadre dirigeant) and board (instance dirigeante); a leak is a fall of the share from one step to the next");
        return root;
    }

    /** The federation document: the federation's totals as a composition, plus each company's position. */
    public static ObjectNode write(Federation.Result federation) {
        ObjectNode root = write(federation.totals());
        ObjectNode view = root.putObject("federation");
        view.put("companies", federation.companies());
        view.put("minCompaniesPerCell", Federation.MIN_COMPANIES);
        ObjectNode rankings = view.putObject("positions");
        for (Federation.Ranking ranking : federation.rankings()) {
            ObjectNode node = rankings.putObject(ranking.indicator().name().toLowerCase(java.util.Locale.ROOT));
            node.put("companiesReporting", ranking.companiesReporting());
            ranking.withheld().ifPresent(reason -> node.put("withheld", reason));
            ArrayNode positions = node.putArray("companies");
            for (Federation.Position p : ranking.positions()) {
                ObjectNode position = positions.addObject();
                position.put("company", p.company()); // its position only: the share of a named company would be its own figure
                position.put("rank", p.rank());
                position.put("quartile", p.quartile());
                position.put("percentile", p.percentile());
            }
        }
        return root;
    }

    /** A rate, or "suppressed" when the flow or the headcount it is made of is withheld. */
    private static void rate(ObjectNode rates, String name, boolean people, Cell<SexTally> flow, java.util.Optional<java.math.BigDecimal> value) {
        if (people && flow instanceof Cell.Shown) {
            MixiteJson.putDecimal(rates, name, value);
        } else {
            rates.put(name, MixiteJson.SUPPRESSED);
        }
    }

    private static void reason(ObjectNode out, String key, Cell<SexTally> cell) {
        if (cell instanceof Cell.Suppressed<SexTally> hidden) {
            out.put(key, hidden.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Why each hidden cell is hidden, keyed by its place: below_minimum, complementary, few_contributors or whole_breakdown. */
    private static void reasons(ObjectNode out, String prefix, Map<String, Cell<SexTally>> cells) {
        cells.forEach((key, cell) -> {
            if (cell instanceof Cell.Suppressed<SexTally> hidden) {
                out.put(prefix + "." + key, hidden.reason().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
    }

    static com.fasterxml.jackson.databind.JsonNode cell(Cell<SexTally> cell) {
        if (cell instanceof Cell.Shown<SexTally> shown) {
            return tally(shown.value());
        }
        return MixiteJson.mapper().getNodeFactory().textNode(MixiteJson.SUPPRESSED);
    }

    static com.fasterxml.jackson.databind.JsonNode sexes(Cell<SexTally> cell) {
        if (cell instanceof Cell.Shown<SexTally> shown) {
            return sexes(shown.value());
        }
        return MixiteJson.mapper().getNodeFactory().textNode(MixiteJson.SUPPRESSED);
    }

    private static ObjectNode sexes(SexTally t) {
        ObjectNode node = MixiteJson.object();
        node.put("female", t.female());
        node.put("male", t.male());
        return node;
    }

    static ObjectNode tally(SexTally t) {
        ObjectNode node = sexes(t);
        MixiteJson.putDecimal(node, "womenShare", t.womenShare());
        t.wilson().ifPresent(w -> {
            ObjectNode ci = node.putObject("womenShareCi95");
            ci.put("low", w.low());
            ci.put("high", w.high());
        });
        node.put("fteFemale", t.fteFemale());
        node.put("fteMale", t.fteMale());
        if (t.unknown() > 0) {
            node.put("unknown", t.unknown());
        }
        return node;
    }
}

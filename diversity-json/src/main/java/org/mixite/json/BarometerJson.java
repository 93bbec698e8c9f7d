package org.mixite.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.barometer.BarometerResult;
import org.mixite.core.barometer.Disclosure;
import org.mixite.core.barometer.Indicator;
import org.mixite.core.barometer.ParityProjection;
import org.mixite.core.barometer.Placement;
import org.mixite.core.indicators.composition.Benchmark;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.jobs.JobFamily;
import org.mixite.core.privacy.Cell;
import org.mixite.core.region.Region;
import org.mixite.core.region.Regions;

/**
 * The {@code barometer.json} document (issue 18). Its {@code total}, {@code jobFamilies},
 * {@code flows} and {@code breakdowns} have the shapes of the composition document (each cell
 * with {@code female}, {@code male}, {@code womenShare}, or {@code "suppressed"}), so that a
 * reader of one reads the other; the distribution of members, the trend, the years to parity and
 * the contributions used sit beside them. {@code suppressedCells} gives each hidden cell's reason.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BarometerJson {

    private BarometerJson() {
    }

    /** A contribution the barometer was built without, and why. */
    public record LeftOut(String file, String reason) {
    }

    public static ObjectNode write(BarometerResult result, List<LeftOut> leftOut) {
        BarometerResult.PeriodFigures p = result.latest();
        ObjectNode root = MixiteJson.object();
        if (p.total() instanceof Cell.Shown<SexTally> shown) {
            ObjectNode total = CompositionJson.tally(shown.value());
            total.put("unknown", shown.value().unknown());
            root.set("total", total);
        } else {
            root.put("total", MixiteJson.SUPPRESSED);
        }
        root.set("jobFamilies", cells(p.stock().get("jobFamily")));
        ObjectNode flows = root.putObject("flows");
        flows.set("hires", CompositionJson.sexes(p.flows().hires()));
        flows.set("exits", CompositionJson.sexes(p.flows().exits()));
        flows.set("promotions", CompositionJson.sexes(p.flows().promotions()));
        flows.set("exitsByReason", cells(p.flows().exitsByReason()));
        flows.set("technicalDigitalHires", CompositionJson.cell(p.flows().hiresByFamily().get(JobFamily.TECHNICAL_DIGITAL.code())));
        ObjectNode byFamily = flows.putObject("byFamily");
        for (String family : p.flows().hiresByFamily().keySet()) {
            ObjectNode node = byFamily.putObject(family);
            node.set("hires", CompositionJson.cell(p.flows().hiresByFamily().get(family)));
            node.set("exits", CompositionJson.cell(p.flows().exitsByFamily().get(family)));
            node.set("promotions", CompositionJson.cell(p.flows().promotionsByFamily().get(family)));
        }
        ObjectNode breakdowns = root.putObject("breakdowns");
        p.stock().forEach((name, cells) -> {
            if (!name.equals("jobFamily")) {
                breakdowns.set(name, cells(cells));
            }
        });
        ArrayNode pipeline = root.putArray("pipeline");
        p.stock().get("managementLevel").forEach((level, cell) -> {
            ObjectNode node = pipeline.addObject();
            node.put("level", level);
            if (cell instanceof Cell.Shown<SexTally> shown) {
                node.put("female", shown.value().female());
                node.put("male", shown.value().male());
                MixiteJson.putDecimal(node, "womenShare", shown.value().womenShare());
            } else {
                node.put("womenShare", MixiteJson.SUPPRESSED);
            }
        });
        ArrayNode regions = root.putArray("regions");
        p.stock().get("region").forEach((code, cell) -> {
            ObjectNode node = regions.addObject();
            node.put("code", code);
            node.put("name", Regions.insee().byCode(code).map(Region::name).orElse(Regions.UNKNOWN));
            share(node, "womenShare", cell);
        });
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (Comparison c : comparisons(p)) {
            ObjectNode node = benchmarks.addObject();
            node.put("figure", c.figure());
            if (c.value() instanceof Cell.Shown<SexTally> shown) {
                MixiteJson.putDecimal(node, "value", shown.value().womenShare());
            } else {
                node.put("value", MixiteJson.SUPPRESSED);
            }
            node.put("reference", c.reference().womenShare());
            node.put("scope", c.reference().scope());
            node.put("year", c.reference().year());
            node.put("source", c.reference().source());
            node.put("status", c.reference().status());
        }
        ObjectNode distribution = root.putObject("distribution");
        for (BarometerResult.Distribution d : p.distributions()) {
            ObjectNode node = distribution.putObject(d.indicator().key());
            node.put("membersReporting", d.membersReporting());
            d.quartiles().ifPresent(q -> {
                ObjectNode quartiles = node.putObject("quartiles");
                quartiles.put("q1", q.get(0));
                quartiles.put("median", q.get(1));
                quartiles.put("q3", q.get(2));
            });
            d.deciles().ifPresent(ds -> ds.forEach(node.putArray("deciles")::add));
            d.withheld().ifPresent(w -> node.put("withheld", w));
        }
        root.set("trend", trend(result));
        root.set("yearsToParity", parity(p.parity()));
        ObjectNode why = root.putObject("suppressedCells");
        reason(why, "total", p.total());
        reason(why, "flows.hires", p.flows().hires());
        reason(why, "flows.exits", p.flows().exits());
        reason(why, "flows.promotions", p.flows().promotions());
        reasons(why, "jobFamilies", p.stock().get("jobFamily"));
        p.stock().forEach((name, cells) -> {
            if (!name.equals("jobFamily")) {
                reasons(why, "breakdowns." + name, cells);
            }
        });
        reasons(why, "flows.exitsByReason", p.flows().exitsByReason());
        reasons(why, "flows.byFamily.hires", p.flows().hiresByFamily());
        reasons(why, "flows.byFamily.exits", p.flows().exitsByFamily());
        reasons(why, "flows.byFamily.promotions", p.flows().promotionsByFamily());
        ObjectNode contributions = root.putObject("contributions");
        contributions.put("period", p.period().toString());
        contributions.put("members", p.members());
        ArrayNode left = contributions.putArray("leftOut");
        leftOut.forEach(l -> left.addObject().put("file", l.file()).put("reason", l.reason()));
        ObjectNode meta = root.putObject("method");
        meta.put("period", p.period().toString());
        meta.put("minCell", result.minCell());
        meta.put("minMembersPerCell", Disclosure.MIN_MEMBERS);
        meta.put("dominancePercent", Disclosure.DOMINANCE_PERCENT);
        meta.put("suppression", "a cell is published only if it holds at least " + result.minCell() + " people, at least "
                + Disclosure.MIN_MEMBERS + " contributing members, and no member contributes more than " + Disclosure.DOMINANCE_PERCENT
                + "% of its people ((1, 85%) dominance); then one more cell where a lone hidden one could be derived from the totals"
                + " (the whole breakdown when no other non-empty cell is left), and more while the hidden cells together fail the member"
                + " rules; totals follow the member rules");
        meta.put("headcount", "people present on the period's last day (hired on or before it, not gone before it)");
        meta.put("flows", "hires and exits dated inside the period; promotions flagged for people present in it");
        meta.put("womenShare", "F / (F + M) x 100, one decimal, rounded half up; null when F + M = 0; other/unknown sex left out");
        meta.put("distribution", "quantiles of the members' women's shares (members with at least " + result.minCell()
                + " women and men in the figure), linear interpolation between order statistics (type 7), exact, rounded once;"
                + " quartiles from " + BarometerResult.Distribution.MIN_FOR_QUARTILES + " members, deciles from "
                + BarometerResult.Distribution.MIN_FOR_DECILES + "; no member is named");
        meta.put("trend", "each change counts only the members present in both periods (like for like); withheld when a side"
                + " fails the publishing rules or either period hides the figure, or when the members present in only one period could"
                + " be told apart by difference");
        meta.put("region", "work_postal_code → département (Corsica 20xxx: below 20200 2A, else 2B; 97x three digits;"
                + " 97133 Saint-Barthélemy and 97150 Saint-Martin in no region) → INSEE region"
                + " (" + Regions.insee().version() + "); a postal code is a delivery area, a few cross a département border");
        return root;
    }

    /** The federation's figure beside a reference figure. */
    private record Comparison(String figure, Cell<SexTally> value, Benchmark reference) {
    }

    private static List<Comparison> comparisons(BarometerResult.PeriodFigures p) {
        List<Comparison> out = new java.util.ArrayList<>();
        Cell<SexTally> technical = p.stock().get("jobFamily").get(JobFamily.TECHNICAL_DIGITAL.code());
        Cell<SexTally> digitised = p.stock().get("jobFamily").get(JobFamily.DIGITISED.code());
        Cell<SexTally> digital = technical instanceof Cell.Shown<SexTally> t && digitised instanceof Cell.Shown<SexTally> d
                ? new Cell.Shown<>(t.value().plus(d.value())) : technical instanceof Cell.Suppressed<SexTally> ? technical : digitised;
        for (Benchmark b : Benchmark.national()) {
            switch (b.key()) {
                case "technical_digital_fr" -> out.add(new Comparison("technical_digital", technical, b));
                case "digital_occupations_fr", "digital_occupations_fr_2017" -> out.add(new Comparison("digital_jobs", digital, b));
                case "digital_sector_fr" -> out.add(new Comparison("total", p.total(), b));
                case "digital_workforce_occitanie" -> out.add(new Comparison("region_76", p.stock().get("region").get("76"), b));
                default -> { } // context figures (NSI pupils) are not comparisons
            }
        }
        return out;
    }

    private static ObjectNode trend(BarometerResult result) {
        ObjectNode trend = MixiteJson.object();
        ArrayNode periods = trend.putArray("periods");
        for (BarometerResult.PeriodFigures p : result.periods()) {
            ObjectNode node = periods.addObject();
            node.put("period", p.period().toString());
            node.put("members", p.members());
            ObjectNode shares = node.putObject("womenShare");
            p.indicators().forEach((indicator, cell) -> share(shares, indicator.key(), cell));
        }
        ArrayNode steps = trend.putArray("steps");
        for (BarometerResult.TrendStep step : result.trend()) {
            ObjectNode node = steps.addObject();
            node.put("from", step.from().toString());
            node.put("to", step.to().toString());
            node.put("likeForLikeMembers", step.likeForLike());
            ObjectNode values = node.putObject("likeForLike");
            for (BarometerResult.TrendValue v : step.values()) {
                ObjectNode value = values.putObject(v.indicator().key());
                if (v.withheld().isPresent()) {
                    value.put("withheld", v.withheld().get());
                } else {
                    MixiteJson.putDecimal(value, "before", v.before());
                    MixiteJson.putDecimal(value, "after", v.after());
                    MixiteJson.putDecimal(value, "changePoints", v.change());
                }
            }
        }
        return trend;
    }

    private static ObjectNode parity(ParityProjection p) {
        ObjectNode node = MixiteJson.object();
        node.put("figure", Indicator.TECHNICAL_DIGITAL.key());
        node.put("baseYear", p.baseYear());
        if (p.notComputable().isPresent()) {
            node.put("notComputable", p.notComputable().get());
            return node;
        }
        MixiteJson.putDecimal(node, "startShare", p.startShare());
        MixiteJson.putDecimal(node, "exitRateFemale", p.exitRateFemale());
        MixiteJson.putDecimal(node, "exitRateMale", p.exitRateMale());
        MixiteJson.putDecimal(node, "hireRate", p.hireRate());
        MixiteJson.putDecimal(node, "womenShareOfHires", p.womenShareOfHires());
        MixiteJson.putDecimal(node, "longRunShare", p.longRunShare());
        ObjectNode targets = node.putObject("targets");
        for (ParityProjection.Target t : p.targets()) {
            if (t.year().isPresent()) {
                targets.put(Integer.toString(t.percent()), t.year().get());
            } else {
                targets.put(Integer.toString(t.percent()), "never at current rates");
            }
        }
        node.put("method", "stock-flow projection at constant rates: start stock = end stock − hires + exits; exit rate per sex ="
                + " exits / start stock; hire rate = hires / start stock; each year women = women × (1 − exit rate) + women's share"
                + " of hires × hire rate × all, men alike; the first year at or above each target, within "
                + ParityProjection.HORIZON + " years");
        node.put("assumptions", "the period is a year; rates stay as in the period; moves between job families are not modelled;"
                + " the members stay the same");
        return node;
    }

    /** A member's placement document: its own, never published. */
    public static ObjectNode write(Placement placement) {
        ObjectNode root = MixiteJson.object();
        root.put("member", placement.member());
        root.put("period", placement.period().toString());
        root.put("members", placement.members());
        ObjectNode places = root.putObject("placement");
        for (Placement.Place place : placement.places()) {
            ObjectNode node = places.putObject(place.indicator().key());
            MixiteJson.putDecimal(node, "ownWomenShare", place.ownShare());
            node.put("membersPlaced", place.of());
            if (place.withheld().isPresent()) {
                node.put("withheld", place.withheld().get());
            } else {
                node.put("rank", place.rank());
                node.put("quartile", place.quartile());
                node.put("percentile", place.percentile());
            }
        }
        root.put("method", "rank = 1 + members with a strictly lower women's share (ties share a rank); quartile = 1 + ⌊4 (rank − 1) / n⌋,"
                + " 1 the lowest; percentile = 100 × (members below + ½ members equal, you included) / n; members whose own figure"
                + " holds fewer than the minimum of people are not placed");
        return root;
    }

    private static ObjectNode cells(Map<String, Cell<SexTally>> cells) {
        ObjectNode node = MixiteJson.object();
        cells.forEach((k, v) -> node.set(k, CompositionJson.cell(v)));
        return node;
    }

    private static void share(ObjectNode node, String name, Cell<SexTally> cell) {
        if (cell instanceof Cell.Shown<SexTally> shown) {
            MixiteJson.putDecimal(node, name, shown.value().womenShare());
        } else {
            node.put(name, MixiteJson.SUPPRESSED);
        }
    }

    private static void reason(ObjectNode out, String key, Cell<SexTally> cell) {
        if (cell instanceof Cell.Suppressed<SexTally> hidden) {
            out.put(key, hidden.reason().name().toLowerCase(Locale.ROOT));
        }
    }

    private static void reasons(ObjectNode out, String prefix, Map<String, Cell<SexTally>> cells) {
        cells.forEach((key, cell) -> reason(out, prefix + "." + key, cell));
    }

}

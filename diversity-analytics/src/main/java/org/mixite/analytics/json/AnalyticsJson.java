package org.mixite.analytics.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.json.MixiteJson;
import org.mixite.analytics.oaxaca.Decomposition;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.DroppedColumn;
import org.mixite.analytics.remediation.Indicators;
import org.mixite.analytics.remediation.RemediationPlan;
import org.mixite.analytics.trend.Change;
import org.mixite.analytics.trend.PeriodFigures;
import org.mixite.analytics.trend.Trend;
import org.mixite.core.indicators.egapro.PayGapScore;
import org.mixite.core.privacy.SexCounts;
import org.mixite.core.privacy.SmallCellSuppression;
import org.mixite.core.privacy.SuppressionReason;

/**
 * The {@code mixite analyze} document: {@code adjustedGap}, {@code oaxaca}, {@code remediation}
 * and {@code trend}. These are statistics computed in {@code double}, not regulated figures;
 * they are rounded here for display only: percentages and percentage points to 2 decimals,
 * log points, p-values, R² and z to 4, money to the cent. No person is named: the remediation
 * shows counts and costs per category, and a category with fewer than k people raised is
 * {@code "suppressed"} (k = the breakdown minimum, {@link SmallCellSuppression#total(int)}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AnalyticsJson {

    private AnalyticsJson() {
    }

    /**
     * The document.
     *
     * @param minCell k for the remediation's per-category breakdown
     */
    public static ObjectNode write(AdjustedGap gap, Decomposition oaxaca, Optional<RemediationPlan> remediation,
                                   Optional<Trend> trend, int minCell) {
        return write(gap, oaxaca, remediation, trend, minCell, Map.of());
    }

    /**
     * The document, saying who the regression left out.
     *
     * @param leftOutOfRegression people in the sample but not in the regression, by reason
     *                            ({@code AnalyticsSample.leftOutOfRegression()})
     */
    public static ObjectNode write(AdjustedGap gap, Decomposition oaxaca, Optional<RemediationPlan> remediation,
                                   Optional<Trend> trend, int minCell, Map<String, Long> leftOutOfRegression) {
        ObjectNode root = MixiteJson.object();
        ObjectNode adjusted = adjustedGap(gap);
        leftOut(adjusted, leftOutOfRegression);
        root.set("adjustedGap", adjusted);
        root.set("oaxaca", oaxaca(oaxaca));
        if (remediation.isPresent()) {
            root.set("remediation", remediation(remediation.get(), minCell));
        } else {
            root.putNull("remediation");
        }
        if (trend.isPresent()) {
            root.set("trend", trend(trend.get()));
        } else {
            root.putNull("trend");
        }
        return root;
    }

    /** Egapro indicator 1's gap, favoured sex and points; null when not calculable. */
    private static void egaproIndicator1(ObjectNode parent, Optional<PayGapScore> score) {
        if (score.isPresent()) {
            ObjectNode e = parent.putObject("egaproIndicator1");
            e.put("ecart", score.get().ecart());
            e.put("favorable", score.get().favorable().code());
            e.put("note", score.get().note());
        } else {
            parent.putNull("egaproIndicator1");
        }
    }

    /** Who the regression left out, by reason: always present, empty when nobody. */
    private static void leftOut(ObjectNode adjusted, Map<String, Long> reasons) {
        ObjectNode node = adjusted.putObject("leftOutOfRegression");
        new java.util.TreeMap<>(reasons).forEach(node::put);
    }

    static ObjectNode adjustedGap(AdjustedGap gap) {
        ObjectNode node = MixiteJson.object();
        if (gap instanceof AdjustedGap.Estimate e) {
            node.put("status", "computed");
            node.put("percent", round(e.percent(), 2));
            node.put("ciLow", round(e.ciLow(), 2));
            node.put("ciHigh", round(e.ciHigh(), 2));
            node.put("pValue", round(e.pValue(), 4));
            node.put("significant", e.significant());
            node.put("n", e.n());
            node.put("r2", round(e.r2(), 4));
            node.put("coefficient", round(e.coefficient(), 6));
            node.put("standardError", round(e.standardError(), 6));
            node.put("parameters", e.parameters());
            ArrayNode controls = node.putArray("controls");
            e.controls().forEach(controls::add);
        } else {
            AdjustedGap.NotComputable n = (AdjustedGap.NotComputable) gap;
            node.put("status", "notComputable");
            node.put("reason", n.reason());
            node.put("n", n.n());
        }
        ArrayNode dropped = node.putArray("dropped");
        for (DroppedColumn d : gap.dropped()) {
            ObjectNode item = dropped.addObject();
            item.put("control", d.control());
            item.put("column", d.column());
            item.put("reason", d.reason());
        }
        node.put("convention", "(1 - exp(beta_female)) x 100 on log hourly pay: positive when men are paid more; "
                + "95% CI from HC1 robust standard errors, Student t with n - k df");
        return node;
    }

    static ObjectNode oaxaca(Decomposition d) {
        ObjectNode node = MixiteJson.object();
        if (d instanceof Decomposition.Computed c) {
            node.put("status", "computed");
            node.put("totalGap", round(c.totalGap(), 4));
            node.put("explained", round(c.explained(), 4));
            node.put("unexplained", round(c.unexplained(), 4));
            node.put("reference", c.reference());
            node.put("unit", "log points of hourly pay, men minus women");
            ObjectNode contributions = node.putObject("contributions");
            c.contributions().forEach((k, v) -> contributions.put(k, round(v, 4)));
        } else {
            node.put("status", "notComputable");
            node.put("reason", ((Decomposition.NotComputable) d).reason());
        }
        return node;
    }

    static ObjectNode remediation(RemediationPlan plan, int minCell) {
        ObjectNode node = MixiteJson.object();
        node.put("target", plan.target().key());
        node.put("reached", plan.reached());
        node.put("budget", plan.budget());
        node.put("people", plan.people());
        Map<String, SexCounts> cells = new LinkedHashMap<>();
        plan.byCategory().forEach((k, v) -> cells.put(k, new SexCounts(v.people(), 0, 0)));
        Map<String, SuppressionReason> hidden = SmallCellSuppression.total(minCell).suppress(cells);
        ObjectNode byCategory = node.putObject("byCategory");
        plan.byCategory().forEach((k, v) -> {
            if (hidden.containsKey(k)) {
                byCategory.put(k, MixiteJson.SUPPRESSED);
            } else {
                ObjectNode cat = byCategory.putObject(k);
                cat.put("people", v.people());
                cat.put("budget", v.budget());
            }
        });
        node.set("before", indicators(plan.before()));
        node.set("after", indicators(plan.after()));
        node.put("method", plan.method());
        MixiteJson.putDecimal(node, "lowerBound", plan.lowerBound());
        MixiteJson.putDecimal(node, "optimalityGap", plan.optimalityGap());
        node.put("costAssumption", "hourly raise x hours paid in the period (weekly hours, or 35 x fte, x 52 x "
                + "presence), rounded up to the cent per person; employer charges excluded");
        return node;
    }

    static ObjectNode indicators(Indicators i) {
        ObjectNode node = MixiteJson.object();
        MixiteJson.putDecimal(node, "rawGap", i.rawGap().map(v -> round(v, 2)));
        ArrayNode flagged = node.putArray("flaggedCategories");
        i.flaggedCategories().forEach(flagged::add);
        if (i.adjusted() instanceof AdjustedGap.Estimate e) {
            ObjectNode a = node.putObject("adjustedGap");
            a.put("percent", round(e.percent(), 2));
            a.put("ciLow", round(e.ciLow(), 2));
            a.put("ciHigh", round(e.ciHigh(), 2));
            a.put("pValue", round(e.pValue(), 4));
        } else {
            node.putNull("adjustedGap");
        }
        egaproIndicator1(node, i.egaproPay());
        return node;
    }

    static ObjectNode trend(Trend t) {
        ObjectNode node = MixiteJson.object();
        ArrayNode periods = node.putArray("periods");
        for (PeriodFigures p : t.periods()) {
            ObjectNode period = periods.addObject();
            period.put("label", p.label());
            MixiteJson.putDecimal(period, "rawGap", p.rawGap().map(v -> round(v, 2)));
            ObjectNode adjusted = adjustedGap(p.adjusted());
            leftOut(adjusted, p.leftOutOfRegression());
            period.set("adjustedGap", adjusted);
            period.set("oaxaca", oaxaca(p.oaxaca()));
            p.flaggedCategories().forEach(period.putArray("flaggedCategories")::add);
            egaproIndicator1(period, p.egaproIndicator1());
        }
        ArrayNode changes = node.putArray("changes");
        for (Change c : t.changes()) {
            ObjectNode change = changes.addObject();
            change.put("from", c.from());
            change.put("to", c.to());
            MixiteJson.putDecimal(change, "rawGap", c.rawGap().map(v -> round(v, 2)));
            MixiteJson.putDecimal(change, "adjustedGap", c.adjustedGap().map(v -> round(v, 2)));
            MixiteJson.putDecimal(change, "explained", c.explained().map(v -> round(v, 4)));
            MixiteJson.putDecimal(change, "unexplained", c.unexplained().map(v -> round(v, 4)));
            MixiteJson.putDecimal(change, "z", c.z().map(v -> round(v, 4)));
            MixiteJson.putDecimal(change, "pValue", c.pValue().map(v -> round(v, 4)));
            if (c.significant().isPresent()) {
                change.put("significant", c.significant().get());
            } else {
                change.putNull("significant");
            }
            if (c.beyondInterval().isPresent()) {
                change.put("beyondInterval", c.beyondInterval().get());
            } else {
                change.putNull("beyondInterval");
            }
            if (c.egaproIndicator1Points().isPresent()) {
                change.put("egaproIndicator1Points", c.egaproIndicator1Points().get());
            } else {
                change.putNull("egaproIndicator1Points");
            }
            c.newlyFlagged().forEach(change.putArray("newlyFlagged")::add);
            c.noLongerFlagged().forEach(change.putArray("noLongerFlagged")::add);
        }
        node.put("method", "z-test on the change of the female coefficient, periods treated as independent "
                + "(conservative); beyondInterval: the later estimate outside the earlier 95% interval");
        return node;
    }

    /** Display rounding, half up; the inputs are finite by construction (no NaN is ever computed). */
    private static BigDecimal round(double value, int scale) {
        BigDecimal r = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        return r.signum() == 0 ? BigDecimal.ZERO.setScale(scale) : r;
    }
}

package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Pay-equity analytics (issue 10): the adjusted gap, the Oaxaca–Blinder explained/unexplained
 * bar and the remediation table. Every JSON path of the {@code analytics} member is here, so
 * that a renamed member is fixed in one place. These are statistics, not regulated figures.
 */
final class AnalyticsSection {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AnalyticsSection() {
    }

    static boolean present(JsonNode report) {
        return JsonView.at(report, "analytics", "adjustedGap").isPresent()
                || JsonView.at(report, "analytics", "oaxaca").isPresent()
                || JsonView.at(report, "analytics", "remediation").isPresent();
    }

    static void render(ReportContext c) {
        JsonNode analytics = c.report.get("analytics");
        c.heading(c.m("analytics"));
        c.paragraph(c.m("analytics.intro"));
        JsonView.at(analytics, "adjustedGap").ifPresent(gap -> adjustedGap(c, gap));
        JsonView.at(analytics, "oaxaca").ifPresent(oaxaca -> oaxaca(c, oaxaca));
        JsonView.at(analytics, "remediation").ifPresent(plan -> remediation(c, plan));
        c.newPage();
    }

    private static void adjustedGap(ReportContext c, JsonNode gap) {
        c.subheading(c.m("analytics.adjusted"));
        Optional<BigDecimal> percent = JsonView.decimal(gap, "percent");
        if (percent.isEmpty()) {
            c.paragraph(c.m("analytics.notcomputable", JsonView.text(gap, "reason").orElse(c.m("na"))));
            return;
        }
        PdfPTable table = c.table(new float[] {3f, 1.4f}, List.of(c.m("trend.figure"), c.m("egapro.value")));
        c.cell(table, c.m("analytics.adjusted.value"), false, false);
        c.cell(table, c.messages.percent(percent, 2), true, false, c.style.strong());
        c.cell(table, c.m("analytics.adjusted.ci"), false, true);
        c.cell(table, c.m("analytics.interval", c.messages.percent(JsonView.decimal(gap, "ciLow"), 2),
                c.messages.percent(JsonView.decimal(gap, "ciHigh"), 2)), true, true);
        c.cell(table, c.m("analytics.adjusted.p"), false, false);
        c.cell(table, JsonView.decimal(gap, "pValue").map(p -> pValue(c, p)).orElse(c.m("na")), true, false);
        c.cell(table, c.m("analytics.adjusted.n"), false, true);
        c.cell(table, JsonView.integer(gap, "n").map(c.messages::integer).orElse(c.m("na")), true, true);
        c.cell(table, c.m("analytics.adjusted.r2"), false, false);
        c.cell(table, JsonView.decimal(gap, "r2").map(r -> c.messages.number(r, 2)).orElse(c.m("na")), true, false);
        c.add(table);
        List<String> leftOut = new java.util.ArrayList<>();
        gap.path("leftOutOfRegression").fields().forEachRemaining(e -> leftOut.add(c.m("analytics.leftOut.item",
                c.messages.integer(e.getValue().asLong()), c.label("control.", e.getKey().replaceFirst("^missing ", "")))));
        if (!leftOut.isEmpty()) {
            c.note(c.m("analytics.leftOut", String.join(", ", leftOut)));
        }
        boolean significant = JsonView.bool(gap, "significant")
                .or(() -> JsonView.decimal(gap, "pValue").map(p -> p.compareTo(new BigDecimal("0.05")) < 0))
                .orElse(false);
        List<String> controls = new java.util.ArrayList<>();
        gap.path("controls").forEach(control -> controls.add(c.label("control.", control.asText())));
        c.note(c.m(significant ? "analytics.adjusted.meaning.significant" : "analytics.adjusted.meaning.not",
                c.messages.percent(percent, 2), controls.isEmpty() ? c.m("analytics.controls.none") : String.join(", ", controls)));
    }

    private static void oaxaca(ReportContext c, JsonNode oaxaca) {
        c.subheading(c.m("analytics.oaxaca"));
        Optional<BigDecimal> total = JsonView.decimal(oaxaca, "totalGap");
        Optional<BigDecimal> explained = JsonView.decimal(oaxaca, "explained");
        Optional<BigDecimal> unexplained = JsonView.decimal(oaxaca, "unexplained");
        if (total.isEmpty() || explained.isEmpty() || unexplained.isEmpty()) {
            c.paragraph(c.m("analytics.notcomputable", JsonView.text(oaxaca, "reason").orElse(c.m("na"))));
            return;
        }
        // Log points × 100 read as (approximately) percent: the scale people know.
        BigDecimal e = explained.get().multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        BigDecimal u = unexplained.get().multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        BigDecimal t = total.get().multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        c.chart(c.charts.explainedBar(e.doubleValue(), u.doubleValue()), 100);
        Optional<BigDecimal> share = total.get().signum() == 0 ? Optional.empty()
                : Optional.of(explained.get().multiply(HUNDRED).divide(total.get(), 1, RoundingMode.HALF_UP));
        c.note(c.m("analytics.oaxaca.meaning", c.messages.number(t), c.messages.number(e), c.messages.number(u),
                c.messages.percent(share)));
        JsonNode contributions = oaxaca.path("contributions");
        if (contributions.isObject() && contributions.size() > 0) {
            PdfPTable table = c.table(new float[] {3f, 1.4f}, List.of(c.m("analytics.oaxaca.factor"), c.m("analytics.oaxaca.contribution")));
            int row = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = contributions.fields(); it.hasNext(); row++) {
                Map.Entry<String, JsonNode> entry = it.next();
                c.cell(table, c.label("control.", entry.getKey()), false, row % 2 == 1);
                c.cell(table, entry.getValue().isNumber()
                        ? c.messages.number(entry.getValue().decimalValue().multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP))
                        : c.m("na"), true, row % 2 == 1);
            }
            c.add(table);
        }
    }

    private static void remediation(ReportContext c, JsonNode plan) {
        c.subheading(c.m("analytics.remediation"));
        String target = JsonView.text(plan, "target").map(t -> target(c, t)).orElse(c.m("na"));
        boolean nothingToDo = JsonView.integer(plan, "people").filter(p -> p == 0).isPresent()
                && JsonView.bool(plan, "reached").orElse(false);
        if (nothingToDo) {
            c.paragraph(c.m("analytics.remediation.nothing", target));
            return;
        }
        c.paragraph(c.m("analytics.remediation.meaning", money(c, JsonView.decimal(plan, "budget")),
                JsonView.integer(plan, "people").map(c.messages::integer).orElse(c.m("na")), target));
        if (JsonView.at(plan, "before").isPresent() && JsonView.at(plan, "after").isPresent()) {
            c.paragraph(c.m("analytics.remediation.effect", c.messages.percent(JsonView.decimal(plan, "before", "rawGap"), 2),
                    flagged(c, plan.path("before")), c.messages.percent(JsonView.decimal(plan, "after", "rawGap"), 2),
                    flagged(c, plan.path("after"))));
            Optional<Long> before = JsonView.integer(plan, "before", "egaproIndicator1", "note");
            Optional<Long> after = JsonView.integer(plan, "after", "egaproIndicator1", "note");
            if (before.isPresent() && after.isPresent()) {
                c.paragraph(c.m("analytics.remediation.egapro", before.get(), after.get()));
            }
        }
        if (JsonView.bool(plan, "reached").map(r -> !r).orElse(false)) {
            c.note(c.m("analytics.remediation.notreached"));
        }
        JsonNode categories = plan.path("byCategory");
        if (categories.isObject() && categories.size() > 0) {
            PdfPTable table = c.table(new float[] {2.5f, 1f, 1.5f},
                    List.of(c.m("paygap.category"), c.m("analytics.remediation.people"), c.m("analytics.remediation.budget")));
            int row = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = categories.fields(); it.hasNext(); row++) {
                Map.Entry<String, JsonNode> entry = it.next();
                boolean shaded = row % 2 == 1;
                c.cell(table, c.category(entry.getKey()), false, shaded);
                if (JsonView.suppressed(entry.getValue())) {
                    c.cell(table, c.m("suppressed"), true, shaded, c.style.small());
                    c.cell(table, c.m("suppressed"), true, shaded, c.style.small());
                } else {
                    c.cell(table, JsonView.integer(entry.getValue(), "people").map(c.messages::integer).orElse(c.m("na")), true, shaded);
                    c.cell(table, money(c, JsonView.decimal(entry.getValue(), "budget")), true, shaded);
                }
            }
            c.add(table);
            boolean hidden = false;
            for (JsonNode cell : categories) {
                hidden |= JsonView.suppressed(cell);
            }
            if (hidden) {
                c.note(c.m("analytics.remediation.privacy", c.options.minCell()));
            }
        }
    }

    /** The target in words: art10, adjusted, adjusted:X, gap:X, egapro1:X (the analyze command's keys); unknown keys as given. */
    private static String target(ReportContext c, String key) {
        if (key.matches("egapro1:[0-9]{1,2}")) {
            return c.m("analytics.target.egapro1.x", Integer.parseInt(key.substring(8)));
        }
        int colon = key.indexOf(':');
        if (colon > 0) {
            try {
                BigDecimal x = new BigDecimal(key.substring(colon + 1));
                return c.m("analytics.target." + key.substring(0, colon) + ".x", c.messages.percent(Optional.of(x)));
            } catch (NumberFormatException | java.util.MissingResourceException e) {
                return key;
            }
        }
        return c.label("analytics.target.", key);
    }

    /** The categories flagged under Art. 10 (gap of 5% or more), or "none". */
    private static String flagged(ReportContext c, JsonNode indicators) {
        List<String> names = new java.util.ArrayList<>();
        indicators.path("flaggedCategories").forEach(n -> names.add(c.category(n.asText())));
        return names.isEmpty() ? c.m("analytics.remediation.none") : String.join(", ", names);
    }

    /** A p-value to three decimals; below 0.001 it reads "< 0.001", never a misleading 0. */
    private static String pValue(ReportContext c, BigDecimal p) {
        BigDecimal floor = new BigDecimal("0.001");
        return p.compareTo(floor) < 0 ? "< " + c.messages.number(floor, 3) : c.messages.number(p, 3);
    }

    private static String money(ReportContext c, Optional<BigDecimal> amount) {
        return amount.map(a -> c.messages.number(a, 2) + " €").orElse(c.m("na"));
    }
}

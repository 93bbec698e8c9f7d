package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpdf.text.pdf.PdfPTable;

/** Beyond the regulations: the adjusted gap, the explained/unexplained bar, the remediation plan. */
final class AnalyticsSection {

    private AnalyticsSection() {
    }

    static boolean present(JsonNode report) {
        return JsonView.at(report, "analytics", "adjustedGap").isPresent();
    }

    static void render(ReportContext c) {
        JsonNode a = c.report.get("analytics");
        c.heading(c.m("analytics"));
        c.paragraph(c.m("analytics.intro"));
        JsonNode gap = a.path("adjustedGap");
        if ("computed".equals(gap.path("status").asText())) {
            c.paragraph(c.m("analytics.adjusted", pct(c, gap, "percent"), pct(c, gap, "ciLow"), pct(c, gap, "ciHigh"),
                    JsonView.decimal(gap, "pValue").map(c.messages::number).orElse(c.m("na")),
                    gap.path("significant").asBoolean() ? c.m("analytics.significant") : c.m("analytics.notsignificant"),
                    JsonView.integer(gap, "n").orElse(0L)));
        } else {
            c.paragraph(c.m("analytics.notcomputable", gap.path("reason").asText()));
        }
        JsonNode oaxaca = a.path("oaxaca");
        Optional<BigDecimal> explained = JsonView.decimal(oaxaca, "explained");
        Optional<BigDecimal> unexplained = JsonView.decimal(oaxaca, "unexplained");
        if (explained.isPresent() && unexplained.isPresent()) {
            c.subheading(c.m("analytics.oaxaca"));
            // Log points × 100 ≈ percent, for reading.
            double e = explained.get().doubleValue() * 100;
            double u = unexplained.get().doubleValue() * 100;
            c.chart(c.charts.decomposition(c.m("analytics.explained"), e, c.m("analytics.unexplained"), u), 120);
            c.note(c.m("analytics.oaxaca.meaning"));
        }
        JsonNode plan = a.path("remediation");
        if (plan.isObject()) {
            c.subheading(c.m("analytics.remediation"));
            c.paragraph(c.m("analytics.remediation.line", JsonView.integer(plan, "people").orElse(0L),
                    JsonView.decimal(plan, "budget").map(c.messages::number).orElse(c.m("na")),
                    plan.path("reached").asBoolean() ? c.m("yes") : c.m("no")));
            PdfPTable table = c.table(new float[] {2f, 1f, 1.4f}, List.of(c.m("paygap.category"), c.m("analytics.people"), c.m("analytics.budget")));
            int row = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = plan.path("byCategory").fields(); it.hasNext(); row++) {
                Map.Entry<String, JsonNode> e = it.next();
                boolean shaded = row % 2 == 1;
                c.cell(table, e.getKey(), false, shaded);
                if (JsonView.suppressed(e.getValue())) {
                    c.cell(table, c.m("suppressed"), true, shaded, c.style.small());
                    c.cell(table, "", true, shaded);
                } else {
                    c.cell(table, c.messages.integer(JsonView.integer(e.getValue(), "people").orElse(0L)), true, shaded);
                    c.cell(table, JsonView.decimal(e.getValue(), "budget").map(c.messages::number).orElse(""), true, shaded);
                }
            }
            c.add(table);
            JsonView.text(plan, "method").ifPresent(c::note);
        }
        c.newPage();
    }

    private static String pct(ReportContext c, JsonNode node, String member) {
        return c.messages.percent(JsonView.decimal(node, member));
    }
}

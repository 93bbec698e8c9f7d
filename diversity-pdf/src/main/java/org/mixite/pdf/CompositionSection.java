package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfPTable;

/** Composition and flows with the leaky-pipeline chart; the federation benchmark when present. */
final class CompositionSection {

    private CompositionSection() {
    }

    static boolean present(JsonNode report) {
        return JsonView.at(report, "composition", "total").isPresent();
    }

    static void render(ReportContext c) {
        JsonNode comp = c.report.get("composition");
        c.heading(c.m("composition"));
        c.paragraph(c.m("composition.intro"));
        c.subheading(c.m("composition.families"));
        PdfPTable table = c.table(new float[] {3f, 1f, 1f, 1.2f, 1.6f},
                List.of(c.m("composition.family"), c.m("composition.women"), c.m("composition.men"), c.m("composition.share"), c.m("composition.ci")));
        List<String> labels = new ArrayList<>();
        List<Long> women = new ArrayList<>();
        List<Long> men = new ArrayList<>();
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = comp.path("jobFamilies").fields(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            String label = familyLabel(c, e.getKey());
            boolean shaded = i % 2 == 1;
            c.cell(table, label, false, shaded);
            if (JsonView.suppressed(e.getValue())) {
                c.cell(table, c.m("suppressed"), true, shaded, c.style.small());
                c.cell(table, "", true, shaded);
                c.cell(table, "", true, shaded);
                c.cell(table, "", true, shaded);
                continue;
            }
            long f = JsonView.integer(e.getValue(), "female").orElse(0L);
            long m = JsonView.integer(e.getValue(), "male").orElse(0L);
            c.cell(table, c.count(e.getValue(), "female"), true, shaded);
            c.cell(table, c.count(e.getValue(), "male"), true, shaded);
            c.cell(table, c.messages.percent(JsonView.decimal(e.getValue(), "womenShare")), true, shaded, c.style.strong());
            String ci = JsonView.decimal(e.getValue(), "womenShareCi95", "low").flatMap(low -> JsonView.decimal(e.getValue(),
                    "womenShareCi95", "high").map(high -> c.messages.number(low) + " – " + c.messages.number(high))).orElse("");
            c.cell(table, ci, true, shaded, c.style.small());
            // The chart shows only counts that are there: a suppressed or absent count is not drawn as 0.
            if (f + m > 0 && JsonView.integer(e.getValue(), "female").isPresent() && JsonView.integer(e.getValue(), "male").isPresent()) {
                labels.add(label);
                women.add(f);
                men.add(m);
            }
        }
        c.add(table);
        if (!labels.isEmpty()) {
            c.chart(c.charts.sexBars(labels, women, men), 125);
        }

        c.subheading(c.m("composition.flows"));
        PdfPTable flows = c.table(new float[] {2f, 1f, 1f}, List.of(" ", c.m("composition.women"), c.m("composition.men")));
        int row = 0;
        for (String[] flow : List.of(new String[] {"hires", "composition.hires"}, new String[] {"exits", "composition.exits"},
                new String[] {"promotions", "composition.promotions"})) {
            boolean shaded = row++ % 2 == 1;
            c.cell(flows, c.m(flow[1]), false, shaded);
            c.cell(flows, c.count(comp, "flows", flow[0], "female"), true, shaded);
            c.cell(flows, c.count(comp, "flows", flow[0], "male"), true, shaded);
        }
        c.add(flows);

        JsonNode pipeline = comp.path("pipeline");
        List<String> steps = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (JsonNode step : pipeline) {
            JsonView.decimal(step, "womenShare").ifPresent(share -> {
                steps.add(c.label("chart.level.", step.path("level").asText()));
                shares.add(share.doubleValue());
            });
        }
        if (steps.size() >= 2) {
            c.subheading(c.m("composition.pipeline"));
            c.chart(c.charts.line(c.m("chart.women"), steps, shares), 140);
            c.note(c.m("composition.pipeline.meaning"));
        }

        JsonNode benchmarks = comp.path("benchmarks");
        if (benchmarks.isArray() && benchmarks.size() > 0) {
            c.subheading(c.m("composition.benchmark"));
            for (JsonNode b : benchmarks) {
                if (b.path("value").isNumber()) {
                    c.paragraph(c.m("composition.benchmark.line", familyLabel(c, b.path("figure").asText()),
                            c.messages.percent(JsonView.decimal(b, "value")), c.messages.percent(JsonView.decimal(b, "reference")),
                            JsonView.text(b, "scope").orElse(""), JsonView.text(b, "source").orElse(""),
                            JsonView.integer(b, "year").map(String::valueOf).orElse("")));
                }
            }
        }
        c.newPage();
    }

    static boolean federationPresent(JsonNode report) {
        return JsonView.at(report, "composition", "federation").isPresent();
    }

    static void federation(ReportContext c) {
        JsonNode fed = c.report.path("composition").path("federation");
        c.heading(c.m("federation"));
        c.paragraph(c.m("federation.intro", JsonView.integer(fed, "companies").orElse(0L)));
        for (Iterator<Map.Entry<String, JsonNode>> it = fed.path("positions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            c.subheading(c.label("federation.figure.", e.getKey()));
            if (e.getValue().has("withheld")) {
                c.note(c.m("federation.withheld", e.getValue().path("withheld").asText()));
                continue;
            }
            // Each company's position, never its own figure (issue 5).
            PdfPTable table = c.table(new float[] {2f, 0.8f, 0.8f, 1f},
                    List.of("", c.m("federation.rank"), c.m("federation.quartile"), c.m("federation.percentile")));
            int row = 0;
            for (JsonNode p : e.getValue().path("companies")) {
                boolean shaded = row++ % 2 == 1;
                c.cell(table, p.path("company").asText(), false, shaded);
                c.cell(table, JsonView.integer(p, "rank").map(String::valueOf).orElse(c.m("na")), true, shaded);
                c.cell(table, JsonView.integer(p, "quartile").map(q -> "Q" + q).orElse(c.m("na")), true, shaded);
                c.cell(table, JsonView.decimal(p, "percentile").map(c.messages::number).orElse(c.m("na")), true, shaded);
            }
            c.add(table);
        }
        c.newPage();
    }

    static String familyLabel(ReportContext c, String key) {
        return c.label("family.", key);
    }
}

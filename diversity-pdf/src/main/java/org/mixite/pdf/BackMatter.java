package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpdf.text.pdf.PdfPTable;

/** The year-over-year trend and the methodology annex. */
final class BackMatter {

    private BackMatter() {
    }

    static boolean trendPresent(JsonNode report) {
        return JsonView.at(report, "trend", "series").isPresent();
    }

    static void trend(ReportContext c) {
        JsonNode trend = c.report.get("trend");
        c.heading(c.m("trend"));
        List<String> header = new ArrayList<>();
        header.add(c.m("trend.figure"));
        trend.path("periods").forEach(p -> header.add(p.asText()));
        header.add("Δ");
        float[] widths = new float[header.size()];
        widths[0] = 3;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        PdfPTable table = c.table(widths, header);
        int row = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = trend.path("series").fields(); it.hasNext(); row++) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean shaded = row % 2 == 1;
            boolean index = e.getKey().equals("egaproIndex"); // points out of 100; every other series is a percentage
            c.cell(table, label(c, e.getKey()), false, shaded);
            for (JsonNode v : e.getValue().path("values")) {
                c.cell(table, !v.isNumber() ? c.m("na") : index ? c.m("trend.index", c.messages.number(v.decimalValue()))
                        : c.messages.percent(Optional.of(v.decimalValue())), true, shaded);
            }
            JsonNode changes = e.getValue().path("changes");
            JsonNode last = changes.size() > 0 ? changes.get(changes.size() - 1) : null;
            String change = last == null || !last.isNumber() ? c.m("na")
                    : c.m(index ? "trend.delta.points" : "trend.delta.pp",
                            (last.decimalValue().signum() > 0 ? "+" : "") + c.messages.number(last.decimalValue()));
            c.cell(table, change, true, shaded, c.style.strong());
        }
        c.add(table);
        c.note(c.m("trend.units"));
        c.newPage();
    }

    private static String label(ReportContext c, String figure) {
        return switch (figure) {
            case "egaproIndex" -> c.m("summary.egapro");
            case "meanHourlyGap" -> c.m("summary.gap");
            case "womenShare" -> c.m("summary.women");
            case "technicalDigitalWomenShare" -> c.m("summary.technical");
            case "executivesWomenShare" -> c.m("summary.rixain");
            case "womenShareOfHires" -> c.m("composition.hires") + " — " + c.m("composition.share").toLowerCase(c.messages.locale());
            default -> figure;
        };
    }

    static void methodology(ReportContext c) {
        c.heading(c.m("methodology"));
        Optional<String> mapping = JsonView.text(c.report, "composition", "method", "jobMapping");
        c.paragraph(c.m("methodology.text", c.options.minCell(), mapping.orElse("2026.1")));
        if (AnalyticsSection.present(c.report)) {
            c.paragraph(c.m("methodology.analytics"));
        }
        inputNotes(c);
    }

    /** The most load notes the annex lists; report.json keeps them all. */
    private static final int MAX_INPUT_NOTES = 20;

    /**
     * How the inputs were read: the load's notes (report.json, load.warnings), e.g. a DSN whose
     * gross pay came from its base brute Sécurité sociale, or whose pay was not declared.
     */
    private static void inputNotes(ReportContext c) {
        JsonNode notes = c.report.path("load").path("warnings");
        if (!notes.isArray() || notes.isEmpty()) {
            return;
        }
        c.paragraph(c.m("methodology.inputs"));
        for (int i = 0; i < Math.min(notes.size(), MAX_INPUT_NOTES); i++) {
            c.note("– " + notes.get(i).asText());
        }
        if (notes.size() > MAX_INPUT_NOTES) {
            c.note(c.m("methodology.inputs.more", notes.size() - MAX_INPUT_NOTES));
        }
    }
}

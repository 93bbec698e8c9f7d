package org.mixite.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.mixite.samples.cli.ReportService;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.validation.Violation;

/**
 * What the dashboard template shows, read from the report JSON (the document the PDF renders,
 * so the page and the PDF give the same figures): the load, the rejections, the headline cards
 * and one section per part of the report, each a few tables whose percentages carry a bar.
 */
final class Dashboard {

    /** Rejections listed on the page; the rest are in rejects.csv. */
    static final int MAX_REJECTION_ROWS = 500;

    private final ObjectNode json;
    private final Map<String, String> t;
    private final boolean french;
    private final Map<String, Object> scope = new HashMap<>();

    private Dashboard(ReportService.Report report, String company, Map<String, String> texts) {
        this.json = report.json();
        this.t = texts;
        this.french = "fr".equals(texts.get("lang"));
        scope.put("company", company);
        scope.put("period", json.path("meta").path("period").path("start").asText() + " – " + json.path("meta").path("period").path("end").asText());
        scope.put("minCellUsed", json.path("meta").path("minCell").asText());
        load(report);
        cards();
        List<Map<String, Object>> sections = new ArrayList<>();
        sections.add(egapro());
        sections.add(payGaps());
        sections.add(france());
        sections.add(uk());
        sections.add(composition());
        sections.add(flows());
        if (json.path("analytics").isObject()) {
            sections.add(analytics());
        }
        sections.add(suppressed());
        scope.put("sections", sections);
    }

    static Dashboard of(ReportService.Report report, String company, Map<String, String> texts) {
        return new Dashboard(report, company, texts);
    }

    Map<String, Object> scope() {
        return scope;
    }

    // ------------------------------------------------------------------ load and rejections

    private void load(ReportService.Report report) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (LoadSummary summary : report.summaries()) {
            inputs.add(Map.of("source", shownName(summary.source()), "read", summary.read(),
                    "accepted", summary.accepted(), "rejected", summary.rejected()));
        }
        LoadSummary total = report.summary();
        scope.put("inputs", inputs);
        scope.put("read", total.read());
        scope.put("accepted", total.accepted());
        scope.put("rejected", total.rejected());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Rejection rejection : report.rejections()) {
            for (Violation v : rejection.violations()) {
                if (rows.size() == MAX_REJECTION_ROWS) {
                    break;
                }
                rows.add(Map.of("file", shownName(v.position().source()),
                        "line", v.position().line().isPresent() ? Long.toString(v.position().line().getAsLong()) : "",
                        "field", v.field(), "message", v.message()));
            }
        }
        scope.put("rejections", rows);
        scope.put("hasRejections", !rows.isEmpty());
        scope.put("moreRejections", report.rejections().stream().mapToLong(r -> r.violations().size()).sum() > rows.size());
    }

    // ------------------------------------------------------------------ headline cards

    private void cards() {
        JsonNode h = json.path("headlines");
        List<Map<String, Object>> cards = new ArrayList<>();
        JsonNode index = h.path("egaproIndex");
        String indexStatus = !index.isNumber() ? "none" : index.asInt() >= 85 ? "ok" : index.asInt() >= 75 ? "warn" : "alert";
        cards.add(card("egapro-index", t.get("card.egapro"), index.isNumber() ? index.asText() : t.get("notCalculable"),
                index.isNumber() ? "/100" : "", indexStatus, t.get("status.egapro." + indexStatus)));
        JsonNode gap = h.path("meanHourlyGap");
        String gapStatus = !gap.isNumber() ? "none" : Math.abs(gap.asDouble()) >= 5 ? "warn" : "ok";
        cards.add(card("mean-gap", t.get("card.meanGap"), percent(gap), "", gapStatus, t.get("status.gap." + gapStatus)));
        cards.add(card("women-share", t.get("card.womenShare"), percent(h.path("womenShare")), "", "none", ""));
        cards.add(card("digital-share", t.get("card.digitalShare"), percent(h.path("technicalDigitalWomenShare")), "", "none", ""));
        cards.add(card("hires-share", t.get("card.hiresShare"), percent(h.path("womenShareOfHires")), "", "none", ""));
        String rixain = json.path("rixain").path("conformite").asText("");
        String execStatus = rixain.equals("conforme") ? "ok" : rixain.equals("non_conforme") ? "alert" : "none";
        cards.add(card("executives-share", t.get("card.executivesShare"), percent(h.path("executivesWomenShare")), "", execStatus,
                t.get("status.rixain." + execStatus)));
        boolean joint = h.path("jointAssessmentRequired").asBoolean(false);
        cards.add(card("joint-assessment", t.get("card.joint"), joint ? t.get("yes") : t.get("no"), "", joint ? "alert" : "ok",
                t.get(joint ? "status.joint.alert" : "status.joint.ok")));
        scope.put("cards", cards);
        scope.put("egaproIndex", index.isNumber() ? index.asText() : t.get("notCalculable"));
    }

    private static Map<String, Object> card(String id, String label, String value, String unit, String status, String note) {
        Map<String, Object> card = new HashMap<>();
        card.put("id", id);
        card.put("label", label);
        card.put("value", value);
        card.put("unit", unit);
        card.put("status", status);
        card.put("note", note == null ? "" : note);
        return card;
    }

    // ------------------------------------------------------------------ sections

    private Map<String, Object> egapro() {
        JsonNode e = json.path("egapro");
        Table table = new Table(t.get("egapro.caption"), t.get("egapro.indicator"), t.get("egapro.result"), t.get("egapro.points"));
        for (String name : new String[] {"remunerations", "augmentations", "promotions", "congesMaternite", "hautesRemunerations"}) {
            JsonNode i = e.path("indicateurs").path(name);
            JsonNode result = i.has("ecart") ? i.path("ecart") : i.path("resultat");
            String points = i.path("calculable").asBoolean(false) ? i.path("note").asText() + " / " + i.path("noteMax").asText() : t.get("notCalculable");
            table.row(t.get("egapro." + name), List.of(cell(number(result)),
                    i.path("calculable").asBoolean(false) ? bar(points, i.path("note").asDouble() / Math.max(1, i.path("noteMax").asDouble()) * 100)
                            : cell(points)));
        }
        table.row(t.get("egapro.index"), List.of(cell(""), cell(e.path("calculable").asBoolean(false)
                ? e.path("index").asText() + " / 100" : t.get("notCalculable"))));
        return section("egapro", t.get("section.egapro"), List.of(table));
    }

    private Map<String, Object> payGaps() {
        JsonNode eu = json.path("paygap").path("eu");
        Table gaps = new Table(t.get("eu.caption"), t.get("measure"), t.get("value"));
        for (String m : new String[] {"meanGap", "medianGap", "meanVariableGap", "medianVariableGap"}) {
            gaps.row(t.get("eu." + m), List.of(percentBar(eu.path(m))));
        }
        Table categories = new Table(t.get("eu.categories"), t.get("category"), t.get("eu.meanGap"), t.get("women"), t.get("men"));
        for (Iterator<Map.Entry<String, JsonNode>> it = eu.path("categoryDetails").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            JsonNode d = c.getValue();
            categories.row(c.getKey(), d.isObject() ? List.of(percentBar(d.path("gap")), cell(d.path("female").asText()), cell(d.path("male").asText()))
                    : List.of(cell(d.asText()), cell(""), cell("")));
        }
        Table quartiles = quartiles(t.get("eu.quartiles"), eu.path("quartiles"));
        return section("paygap", t.get("section.paygap"), List.of(gaps, categories, quartiles));
    }

    private Map<String, Object> france() {
        JsonNode fr = json.path("paygap").path("fr");
        Table ae = new Table(t.get("fr.caption"), t.get("fr.indicator"), t.get("fr.annual"), t.get("fr.hourly"));
        for (String letter : new String[] {"A", "B", "C", "D"}) {
            ae.row(letter + " — " + t.get("fr." + letter), List.of(percentBar(fr.path(letter).path("annual")), percentBar(fr.path(letter).path("hourly"))));
        }
        ae.row("E — " + t.get("fr.E"), List.of(cell(t.get("women") + " " + percent(fr.path("E").path("female"))),
                cell(t.get("men") + " " + percent(fr.path("E").path("male")))));
        Table f = quartiles("F — " + t.get("fr.F"), fr.path("F").path("annual"));
        Table g = new Table("G — " + t.get("fr.G"), t.get("category"), t.get("fr.baseAnnual"), t.get("fr.variableAnnual"));
        for (Iterator<Map.Entry<String, JsonNode>> it = fr.path("G").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            JsonNode d = c.getValue();
            g.row(c.getKey(), d.isObject() ? List.of(percentBar(d.path("baseAnnual")), percentBar(d.path("variableAnnual")))
                    : List.of(cell(d.asText()), cell("")));
        }
        Map<String, Object> section = section("france", t.get("section.france"), List.of(ae, f, g));
        section.put("note", fr.path("alert").asBoolean(false) ? t.get("fr.alert") + " " + join(fr.path("alertCategories")) : t.get("fr.noAlert"));
        return section;
    }

    private Map<String, Object> uk() {
        JsonNode uk = json.path("paygap").path("uk");
        Table gaps = new Table(t.get("uk.caption"), t.get("measure"), t.get("value"));
        for (String m : new String[] {"meanHourlyGap", "medianHourlyGap", "meanBonusGap", "medianBonusGap", "bonusProportionFemale", "bonusProportionMale"}) {
            gaps.row(t.get("uk." + m), List.of(percentBar(uk.path(m))));
        }
        return section("uk", t.get("section.uk"), List.of(gaps, quartiles(t.get("uk.quartiles"), uk.path("quartiles"))));
    }

    private Map<String, Object> composition() {
        JsonNode c = json.path("composition");
        Table total = new Table(t.get("composition.caption"), t.get("group"), t.get("women"), t.get("men"), t.get("womenShare"));
        total.row(t.get("composition.total"), shareCells(c.path("total")));
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("jobFamilies").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            total.row(t.getOrDefault("family." + f.getKey(), f.getKey()), shareCells(f.getValue()));
        }
        Table category = new Table(t.get("composition.byCategory"), t.get("category"), t.get("women"), t.get("men"), t.get("womenShare"));
        c.path("breakdowns").path("category").fields().forEachRemaining(e -> category.row(e.getKey(), shareCells(e.getValue())));
        Table pipeline = new Table(t.get("composition.pipeline"), t.get("level"), t.get("women"), t.get("men"), t.get("womenShare"));
        for (JsonNode level : c.path("pipeline")) {
            pipeline.row(level.path("level").asText(), shareCells(level));
        }
        return section("composition", t.get("section.composition"), List.of(total, category, pipeline));
    }

    private Map<String, Object> flows() {
        JsonNode f = json.path("composition").path("flows");
        Table counts = new Table(t.get("flows.caption"), t.get("flow"), t.get("women"), t.get("men"), t.get("flows.rateWomen"), t.get("flows.rateMen"));
        String[][] flows = {{"hires", "hireRate"}, {"exits", "exitRate"}, {"promotions", "promotionRate"}};
        for (String[] flow : flows) {
            JsonNode n = f.path(flow[0]);
            counts.row(t.get("flows." + flow[0]), List.of(cell(n.path("female").asText()), cell(n.path("male").asText()),
                    percentBar(f.path("rates").path(flow[1] + "Female")), percentBar(f.path("rates").path(flow[1] + "Male"))));
        }
        Table reasons = new Table(t.get("flows.exitsByReason"), t.get("reason"), t.get("women"), t.get("men"), t.get("womenShare"));
        f.path("exitsByReason").fields().forEachRemaining(e -> reasons.row(e.getKey(), shareCells(e.getValue())));
        return section("flows", t.get("section.flows"), List.of(counts, reasons));
    }

    private Map<String, Object> analytics() {
        JsonNode a = json.path("analytics");
        JsonNode adjusted = a.path("adjustedGap");
        Table table = new Table(t.get("analytics.caption"), t.get("measure"), t.get("value"));
        table.row(t.get("analytics.rawGap"), List.of(percentBar(a.path("remediation").path("before").path("rawGap"))));
        table.row(t.get("analytics.adjustedGap"), List.of(percentBar(adjusted.path("percent"))));
        table.row(t.get("analytics.ci"), List.of(cell(percent(adjusted.path("ciLow")) + " … " + percent(adjusted.path("ciHigh")))));
        table.row(t.get("analytics.pValue"), List.of(cell(number(adjusted.path("pValue")))));
        table.row(t.get("analytics.explained"), List.of(cell(number(a.path("oaxaca").path("explained")))));
        table.row(t.get("analytics.unexplained"), List.of(cell(number(a.path("oaxaca").path("unexplained")))));
        table.row(t.get("analytics.budget"), List.of(cell(number(a.path("remediation").path("budget")) + " €")));
        table.row(t.get("analytics.people"), List.of(cell(a.path("remediation").path("people").asText(""))));
        return section("analytics", t.get("section.analytics"), List.of(table));
    }

    private Map<String, Object> suppressed() {
        Table table = new Table(t.get("suppressed.caption"), t.get("suppressed.cell"), t.get("suppressed.reason"));
        json.path("composition").path("suppressedCells").fields().forEachRemaining(e -> table.row(e.getKey(), List.of(cell(e.getValue().asText()))));
        for (JsonNode cell : json.path("paygap").path("suppression").path("suppressed")) {
            table.row(cell.isTextual() ? cell.asText() : cell.toString(), List.of(cell(t.get("suppressed.pay"))));
        }
        Map<String, Object> section = section("suppressed", t.get("section.suppressed"), table.rows.isEmpty() ? List.of() : List.of(table));
        section.put("note", table.rows.isEmpty() ? t.get("suppressed.none") : String.format(t.get("suppressed.rule"), json.path("meta").path("minCell").asText()));
        return section;
    }

    // ------------------------------------------------------------------ helpers

    private Table quartiles(String caption, JsonNode quartiles) {
        Table table = new Table(caption, t.get("quartile"), t.get("women"), t.get("men"));
        int q = 1;
        for (JsonNode quartile : quartiles) {
            table.row("Q" + q++, List.of(percentBar(quartile.path("female")), percentBar(quartile.path("male"))));
        }
        return table;
    }

    private List<Map<String, Object>> shareCells(JsonNode group) {
        if (!group.isObject()) {
            return List.of(cell(group.asText()), cell(""), cell("")); // "suppressed"
        }
        return List.of(cell(group.path("female").asText()), cell(group.path("male").asText()), percentBar(group.path("womenShare")));
    }

    private static Map<String, Object> section(String id, String title, List<Table> tables) {
        Map<String, Object> section = new HashMap<>();
        section.put("id", id);
        section.put("title", title);
        section.put("tables", tables.stream().map(Table::scope).toList());
        return section;
    }

    private static Map<String, Object> cell(String text) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("text", text);
        return cell;
    }

    /** A cell with a bar whose length is the value in percent (0–100), drawn in the page's SVG-free CSS. */
    private static Map<String, Object> bar(String text, double percent) {
        Map<String, Object> cell = cell(text);
        long width = Math.round(Math.max(0, Math.min(100, Math.abs(percent))));
        cell.put("bar", width);
        cell.put("barClass", "w" + width);
        cell.put("negative", percent < 0);
        return cell;
    }

    private Map<String, Object> percentBar(JsonNode value) {
        if (!value.isNumber()) {
            return cell(value.isTextual() ? value.asText() : t.get("notCalculable"));
        }
        return bar(percent(value), value.asDouble());
    }

    private String percent(JsonNode value) {
        if (!value.isNumber()) {
            return value.isTextual() ? value.asText() : t.get("notCalculable");
        }
        return number(value) + (french ? " %" : "%");
    }

    private String number(JsonNode value) {
        if (!value.isNumber()) {
            return value.isTextual() ? value.asText() : "—";
        }
        BigDecimal number = value.decimalValue();
        if (number.scale() > 4) {
            number = number.setScale(4, RoundingMode.HALF_UP);
        }
        String text = number.toPlainString();
        return french ? text.replace('.', ',') : text;
    }

    /** A source as the analyst knows it: the file's own name, without the server's folders. */
    private static String shownName(String source) {
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(", ", values);
    }

    /** A table of the page: a caption, column headers, rows of a label and cells. */
    private static final class Table {
        final String caption;
        final List<String> headers;
        final List<Map<String, Object>> rows = new ArrayList<>();

        Table(String caption, String... headers) {
            this.caption = caption;
            this.headers = List.of(headers);
        }

        void row(String label, List<Map<String, Object>> cells) {
            rows.add(Map.of("label", label, "cells", cells));
        }

        Map<String, Object> scope() {
            return Map.of("caption", caption, "labelHeader", headers.get(0), "headers", headers.subList(1, headers.size()), "rows", rows);
        }
    }
}

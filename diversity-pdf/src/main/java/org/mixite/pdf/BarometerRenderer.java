package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apiguardian.api.API;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a federation's {@code barometer.json} (issue 18) to PDF, in French or English: the key
 * figures beside the national and regional references, the pipeline, the regions, the flows, the
 * distribution of members, the trend, the years to parity and the publishing rules; and a
 * member's one-page placement. Every figure is read from the JSON, so both always agree; a hidden
 * cell prints as hidden. Deterministic, like the report.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BarometerRenderer {

    private static final String[] INDICATORS = {"women_share", "technical_digital", "digitised", "management", "technical_digital_hires"};

    private final ReportContext c;
    private final ResourceBundle words;
    private final JsonNode b;

    private BarometerRenderer(ReportContext context, JsonNode barometer) {
        this.c = context;
        this.b = barometer;
        this.words = ResourceBundle.getBundle("org.mixite.pdf.barometer", context.messages.locale());
    }

    /**
     * Renders the barometer.
     *
     * @param barometer  the {@code barometer.json} document
     * @param federation the federation's name, for the cover and the footer
     */
    public static void render(JsonNode barometer, String federation, Locale locale, OutputStream out) throws IOException {
        document(barometer, federation, locale, out, true, r -> {
            r.cover(federation);
            r.keyFigures();
            r.pipeline();
            r.regions();
            r.flows();
            r.distribution();
            r.trend();
            r.parity();
            r.method();
        });
    }

    /** Renders a member's placement ({@code BarometerJson.write(Placement)}) on one page. */
    public static void renderPlacement(JsonNode placement, String federation, Locale locale, OutputStream out) throws IOException {
        document(placement, federation, locale, out, false, BarometerRenderer::placement);
    }

    private static void document(JsonNode json, String federation, Locale locale, OutputStream out, boolean cover,
                                 java.util.function.Consumer<BarometerRenderer> body) throws IOException {
        Objects.requireNonNull(json, "json");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        Document document = new Document(PageSize.A4, 56, 56, 60, 56);
        PdfWriter writer = PdfWriter.getInstance(document, buffer);
        Messages messages = new Messages(locale);
        ResourceBundle words = ResourceBundle.getBundle("org.mixite.pdf.barometer", messages.locale());
        document.addTitle(words.getString("title") + " — " + federation);
        document.addCreator("Mixité");
        PdfStyle style = new PdfStyle();
        writer.setPageEvent(new PageFooter(style, federation, messages, cover));
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new org.openpdf.text.pdf.PdfString(messages.locale().getLanguage()));
        ReportOptions options = ReportOptions.of(federation, "").withLocale(messages.locale());
        body.accept(new BarometerRenderer(new ReportContext(document, writer, style, messages, json, options), json));
        writer.getInfo().remove(PdfName.CREATIONDATE);
        writer.getInfo().remove(PdfName.MODDATE);
        document.close();
        out.write(ReportRenderer.deterministic(buffer.toByteArray()));
        out.flush();
    }

    private String w(String key, Object... args) {
        String text = words.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, c.messages.locale()).format(args);
    }

    /** A head count of a cell; "suppressed" when the cell, or its share, is. */
    private String count(JsonNode cell, String field) {
        return JsonView.suppressed(cell) || JsonView.suppressed(cell.path("womenShare")) ? c.m("suppressed") : c.count(cell, field);
    }

    private String pct(JsonNode node, String... path) {
        if (JsonView.suppressed(node) || JsonView.at(node, path).filter(JsonView::suppressed).isPresent()) {
            return c.m("suppressed");
        }
        return c.messages.percent(JsonView.decimal(node, path));
    }

    private String pct(BigDecimal value) {
        return c.messages.percent(Optional.of(value));
    }

    private String period(String text) {
        String[] parts = text.split("\\.\\.");
        if (parts.length != 2) {
            return text;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(c.messages.locale());
        return w("period", format.format(LocalDate.parse(parts[0])), format.format(LocalDate.parse(parts[1])));
    }

    private String year(String text) {
        String[] parts = text.split("\\.\\.");
        return parts.length == 2 ? parts[1].substring(0, 4) : text;
    }

    private String indicator(String key) {
        return w("figure." + key);
    }

    private void cover(String federation) {
        Paragraph space = new Paragraph(" ", c.style.body());
        space.setSpacingBefore(150);
        c.add(space);
        Paragraph title = new Paragraph(w("title"), c.style.title());
        title.setSpacingAfter(8);
        c.add(title);
        c.add(new Paragraph(federation, c.style.heading()));
        c.add(new Paragraph(w("subtitle"), c.style.subheading()));
        Paragraph line = new Paragraph(w("cover.members", b.path("contributions").path("members").asInt(),
                period(b.path("contributions").path("period").asText())), c.style.body());
        line.setSpacingBefore(12);
        c.add(line);
        ColumnText footer = new ColumnText(c.writer.getDirectContent());
        footer.setSimpleColumn(c.document.left(), c.document.bottom(), c.document.right(), c.document.bottom() + 60);
        footer.addElement(new Paragraph(w("cover.footer", b.path("method").path("minCell").asInt()), c.style.small()));
        footer.go();
        c.newPage();
    }

    private void keyFigures() {
        c.heading(w("key"));
        c.paragraph(w("key.intro"));
        PdfPTable table = c.table(new float[] {2.6f, 1.1f, 1.1f, 3.2f},
                List.of(w("key.figure"), w("key.here"), w("key.reference"), w("key.source")));
        int row = 0;
        for (JsonNode bench : b.path("benchmarks")) {
            boolean shaded = row++ % 2 == 1;
            c.cell(table, w("figure." + bench.path("figure").asText()), false, shaded);
            c.cell(table, pct(bench, "value"), true, shaded, c.style.strong());
            c.cell(table, pct(bench.path("reference").decimalValue()), true, shaded);
            String status = words.containsKey("status." + bench.path("status").asText())
                    ? w("status." + bench.path("status").asText()) : bench.path("status").asText();
            c.cell(table, bench.path("scope").asText() + " (" + bench.path("year").asInt() + ") — " + bench.path("source").asText()
                    + " — " + status, false, shaded, c.style.small());
        }
        c.add(table);
        c.note(w("key.digitised", pct(b, "jobFamilies", "digitised", "womenShare")));
    }

    private void pipeline() {
        c.subheading(w("pipeline"));
        c.paragraph(w("pipeline.intro"));
        PdfPTable table = c.table(new float[] {2.5f, 1f, 1f, 1.2f}, List.of(w("level"), w("women"), w("men"), w("share")));
        List<String> steps = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        int row = 0;
        for (JsonNode step : b.path("pipeline")) {
            boolean shaded = row++ % 2 == 1;
            String label = c.label("chart.level.", step.path("level").asText());
            c.cell(table, label, false, shaded);
            c.cell(table, count(step, "female"), true, shaded);
            c.cell(table, count(step, "male"), true, shaded);
            c.cell(table, pct(step, "womenShare"), true, shaded, c.style.strong());
            JsonView.decimal(step, "womenShare").ifPresent(s -> {
                steps.add(label);
                shares.add(s.doubleValue());
            });
        }
        c.add(table);
        if (steps.size() > 1) {
            c.chart(c.charts.line(w("share"), steps, shares), 150);
        }
    }

    private void regions() {
        c.newPage();
        c.heading(w("regions"));
        c.paragraph(w("regions.intro"));
        PdfPTable table = c.table(new float[] {3f, 1f, 1f, 1.2f}, List.of(w("region"), w("women"), w("men"), w("share")));
        JsonNode cells = b.path("breakdowns").path("region");
        int row = 0;
        for (JsonNode region : b.path("regions")) {
            String code = region.path("code").asText();
            JsonNode cell = cells.path(code);
            boolean empty = !JsonView.suppressed(cell) && cell.path("female").asLong() + cell.path("male").asLong()
                    + cell.path("unknown").asLong() == 0;
            if (empty) {
                continue;
            }
            boolean shaded = row++ % 2 == 1;
            c.cell(table, code.equals("unknown") ? w("region.unknown") : region.path("name").asText(), false, shaded);
            c.cell(table, count(cell, "female"), true, shaded);
            c.cell(table, count(cell, "male"), true, shaded);
            c.cell(table, pct(cell, "womenShare"), true, shaded, c.style.strong());
        }
        c.add(table);
        for (JsonNode bench : b.path("benchmarks")) {
            if (bench.path("figure").asText().equals("region_76")) {
                c.note(w("regions.reference", pct(bench, "value"), pct(bench.path("reference").decimalValue())));
            }
        }
    }

    private void flows() {
        c.subheading(w("flows"));
        c.paragraph(w("flows.intro"));
        PdfPTable table = c.table(new float[] {2f, 1f, 1f}, List.of(" ", w("women"), w("men")));
        int row = 0;
        for (String flow : List.of("hires", "exits", "promotions")) {
            boolean shaded = row++ % 2 == 1;
            c.cell(table, w(flow), false, shaded);
            c.cell(table, c.count(b, "flows", flow, "female"), true, shaded);
            c.cell(table, c.count(b, "flows", flow, "male"), true, shaded);
        }
        c.add(table);
        c.paragraph(w("flows.technical_hires", pct(b, "flows", "technicalDigitalHires", "womenShare")));
        c.subheading(w("flows.reasons"));
        PdfPTable reasons = c.table(new float[] {2f, 1f, 1f}, List.of(w("reason"), w("women"), w("men")));
        row = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = b.path("flows").path("exitsByReason").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean shaded = row++ % 2 == 1;
            c.cell(reasons, words.containsKey("exit." + e.getKey()) ? w("exit." + e.getKey()) : e.getKey(), false, shaded);
            c.cell(reasons, count(e.getValue(), "female"), true, shaded);
            c.cell(reasons, count(e.getValue(), "male"), true, shaded);
        }
        c.add(reasons);
    }

    private void distribution() {
        c.newPage();
        c.heading(w("distribution"));
        c.paragraph(w("distribution.intro", b.path("method").path("minCell").asInt()));
        PdfPTable table = c.table(new float[] {2.8f, 0.9f, 1f, 1f, 1f, 1f, 1f},
                List.of(w("indicator"), w("members.reporting"), w("d1"), w("q1"), w("median"), w("q3"), w("d9")));
        int row = 0;
        for (String key : INDICATORS) {
            JsonNode d = b.path("distribution").path(key);
            boolean shaded = row++ % 2 == 1;
            c.cell(table, indicator(key), false, shaded);
            c.cell(table, c.messages.integer(d.path("membersReporting").asLong()), true, shaded);
            JsonNode deciles = d.path("deciles");
            c.cell(table, deciles.size() == 9 ? pct(deciles.get(0).decimalValue()) : "—", true, shaded);
            c.cell(table, d.has("quartiles") ? pct(d.path("quartiles").path("q1").decimalValue()) : "—", true, shaded);
            c.cell(table, d.has("quartiles") ? pct(d.path("quartiles").path("median").decimalValue()) : "—", true, shaded, c.style.strong());
            c.cell(table, d.has("quartiles") ? pct(d.path("quartiles").path("q3").decimalValue()) : "—", true, shaded);
            c.cell(table, deciles.size() == 9 ? pct(deciles.get(8).decimalValue()) : "—", true, shaded);
        }
        c.add(table);
    }

    private void trend() {
        c.subheading(w("trend"));
        c.paragraph(w("trend.intro"));
        JsonNode periods = b.path("trend").path("periods");
        float[] widths = new float[1 + periods.size()];
        widths[0] = 2.8f;
        List<String> header = new ArrayList<>(List.of(w("indicator")));
        for (int i = 0; i < periods.size(); i++) {
            widths[i + 1] = 1f;
            header.add(year(periods.get(i).path("period").asText()));
        }
        PdfPTable table = c.table(widths, header);
        int row = 0;
        for (String key : INDICATORS) {
            boolean shaded = row++ % 2 == 1;
            c.cell(table, indicator(key), false, shaded);
            for (JsonNode p : periods) {
                c.cell(table, pct(p, "womenShare", key), true, shaded);
            }
        }
        c.add(table);
        JsonNode steps = b.path("trend").path("steps");
        if (steps.isEmpty()) {
            c.note(w("trend.single"));
        }
        for (JsonNode step : steps) {
            c.paragraph(w("trend.like", year(step.path("from").asText()), year(step.path("to").asText()),
                    step.path("likeForLikeMembers").asInt()));
            PdfPTable like = c.table(new float[] {2.8f, 1f, 1f, 1.2f}, List.of(w("indicator"), w("trend.before"), w("trend.after"),
                    w("trend.change")));
            row = 0;
            for (String key : INDICATORS) {
                JsonNode v = step.path("likeForLike").path(key);
                boolean shaded = row++ % 2 == 1;
                c.cell(like, indicator(key), false, shaded);
                if (v.has("withheld")) {
                    c.cell(like, c.m("suppressed"), true, shaded, c.style.small());
                    c.cell(like, "", true, shaded);
                    c.cell(like, "", true, shaded);
                    continue;
                }
                c.cell(like, c.messages.percent(JsonView.decimal(v, "before")), true, shaded);
                c.cell(like, c.messages.percent(JsonView.decimal(v, "after")), true, shaded);
                c.cell(like, JsonView.decimal(v, "changePoints").map(d -> (d.signum() > 0 ? "+" : "") + c.messages.number(d))
                        .orElse(c.m("na")), true, shaded, c.style.strong());
            }
            c.add(like);
        }
    }

    private void parity() {
        c.subheading(w("parity"));
        JsonNode p = b.path("yearsToParity");
        String base = p.path("baseYear").asText();
        c.paragraph(w("parity.intro", base));
        if (p.has("notComputable")) {
            c.paragraph(w("parity.not", p.path("notComputable").asText()));
        } else {
            c.paragraph(w("parity.start", base, pct(p, "startShare"), pct(p, "exitRateFemale"), pct(p, "exitRateMale"),
                    pct(p, "hireRate"), pct(p, "womenShareOfHires")));
            for (Iterator<Map.Entry<String, JsonNode>> it = p.path("targets").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> t = it.next();
                if (t.getValue().isInt()) {
                    String key = t.getValue().asText().equals(base) ? "parity.already" : "parity.reached";
                    c.paragraph(w(key, t.getKey(), t.getValue().asText()));
                } else if (JsonView.decimal(p, "longRunShare").map(s -> s.compareTo(new BigDecimal(t.getKey())) < 0).orElse(true)) {
                    c.paragraph(w("parity.never", t.getKey(), pct(p, "longRunShare")));
                } else {
                    c.paragraph(w("parity.beyond", t.getKey(), 200));
                }
            }
        }
        c.note(w("parity.method"));
    }

    private void method() {
        c.subheading(w("method"));
        JsonNode m = b.path("method");
        c.paragraph(w("method.rules", m.path("minCell").asInt(), m.path("minMembersPerCell").asInt(), m.path("dominancePercent").asInt(),
                b.path("suppressedCells").size()));
        c.paragraph(w("method.stock"));
        JsonNode left = b.path("contributions").path("leftOut");
        if (left.isEmpty()) {
            c.note(w("method.none.left"));
        } else {
            List<String> files = new ArrayList<>();
            left.forEach(l -> files.add(l.path("file").asText() + " (" + l.path("reason").asText() + ")"));
            c.note(w("method.left", String.join("; ", files)));
        }
    }

    private void placement() {
        c.heading(w("placement.title"));
        c.paragraph(w("placement.intro", b.path("member").asText(), b.path("members").asInt(), period(b.path("period").asText())));
        PdfPTable table = c.table(new float[] {2.8f, 1f, 1f, 1f, 1f},
                List.of(w("indicator"), w("placement.own"), w("placement.rank"), w("placement.quartile"), w("placement.percentile")));
        int row = 0;
        for (String key : INDICATORS) {
            JsonNode p = b.path("placement").path(key);
            boolean shaded = row++ % 2 == 1;
            c.cell(table, indicator(key), false, shaded);
            c.cell(table, c.messages.percent(JsonView.decimal(p, "ownWomenShare")), true, shaded);
            if (p.has("withheld")) {
                c.cell(table, w("placement.withheld", p.path("withheld").asText()), false, shaded, c.style.small());
                c.cell(table, "", true, shaded);
                c.cell(table, "", true, shaded);
                continue;
            }
            c.cell(table, w("placement.of", p.path("rank").asInt(), p.path("membersPlaced").asInt()), true, shaded);
            c.cell(table, Integer.toString(p.path("quartile").asInt()), true, shaded);
            c.cell(table, c.messages.number(p.path("percentile").decimalValue()), true, shaded);
        }
        c.add(table);
        c.note(w("placement.method"));
    }
}

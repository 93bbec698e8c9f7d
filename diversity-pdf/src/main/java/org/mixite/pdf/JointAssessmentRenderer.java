package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apiguardian.api.API;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders the joint pay assessment document (the JSON of {@code JointAssessmentJson}, Directive
 * 2023/970 Art. 10(2)) to PDF, in French or English: one section per point (a) to (g), a table per
 * point with one row per category. Suppressed and withheld figures stay so. Deterministic, as
 * {@link ReportRenderer}: the same document gives the same bytes.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JointAssessmentRenderer {

    private JointAssessmentRenderer() {
    }

    /**
     * Renders the assessment.
     *
     * @param assessment the assessment document
     * @param company    the name on the title
     * @param locale     French or English
     * @param out        receives the PDF; not closed
     */
    public static void render(JsonNode assessment, String company, Locale locale, OutputStream out) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 15);
        Document document = new Document(PageSize.A4, 56, 56, 60, 56);
        PdfWriter writer = PdfWriter.getInstance(document, buffer);
        Messages messages = new Messages(locale);
        ResourceBundle texts = ResourceBundle.getBundle("org.mixite.pdf.assessment", messages.locale());
        Text t = new Text(texts, messages.locale());
        document.addTitle(t.get("title") + " — " + company);
        document.addCreator("Mixité");
        PdfStyle style = new PdfStyle();
        writer.setPageEvent(new PageFooter(style, company, messages, false));
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new org.openpdf.text.pdf.PdfString(messages.locale().getLanguage()));
        ReportOptions options = ReportOptions.of(company, assessment.path("period").asText())
                .withLocale(locale).withMinCell(assessment.path("minCell").asInt(5));
        ReportContext c = new ReportContext(document, writer, style, messages, assessment, options);
        body(c, t, assessment, company);
        writer.getInfo().remove(PdfName.CREATIONDATE);
        writer.getInfo().remove(PdfName.MODDATE);
        document.close();
        out.write(ReportRenderer.deterministic(buffer.toByteArray()));
        out.flush();
    }

    /** The texts of the assessment, from {@code assessment_*.properties}. */
    private record Text(ResourceBundle bundle, Locale locale) {
        String get(String key, Object... args) {
            String pattern = bundle.getString(key);
            return new MessageFormat(pattern, locale).format(args); // always: '' in the files is one apostrophe
        }
    }

    private static void body(ReportContext c, Text t, JsonNode a, String company) {
        c.heading(t.get("title") + " — " + company);
        c.paragraph(t.get("intro", a.path("period").asText()));
        boolean required = a.path("required").asBoolean();
        c.paragraph(t.get(required ? "required" : "notRequired"));
        if (a.path("flaggedSuppressed").asLong() > 0) {
            c.note(t.get("flaggedSuppressed", a.path("flaggedSuppressed").asLong()));
        }
        List<JsonNode> categories = new ArrayList<>();
        a.path("categories").forEach(categories::add);
        String suppressed = c.m("suppressed");

        c.subheading(t.get("a"));
        PdfPTable ta = c.table(new float[] {2.2f, 1, 1, 1, 1}, List.of(t.get("category"), t.get("women"), t.get("men"),
                t.get("womenPercent"), t.get("menPercent")));
        rows(c, categories, ta, 4, (n, cells) -> {
            JsonNode x = n.path("a");
            cells.add(count(c, x.path("women")));
            cells.add(count(c, x.path("men")));
            cells.add(c.messages.percent(JsonView.decimal(x, "womenPercent")));
            cells.add(c.messages.percent(JsonView.decimal(x, "menPercent")));
        }, suppressed);
        c.add(ta);
        definitions(c, t, categories);

        c.subheading(t.get("b"));
        PdfPTable tb = c.table(new float[] {1.4f, 0.9f, 1.3f, 1.3f, 1.3f, 1.1f}, List.of(t.get("category"), t.get("sex"),
                t.get("annual"), t.get("annualBase"), t.get("annualVariable"), t.get("hourly")));
        boolean shade = false;
        for (JsonNode n : categories) {
            for (String sex : new String[] {"women", "men"}) {
                c.cell(tb, sex.equals("women") ? c.category(n.path("category").asText()) : "", false, shade);
                c.cell(tb, t.get(sex), false, shade);
                JsonNode level = n.path("b").path(sex);
                if (n.has("suppressed") || level.isTextual()) {
                    String why = n.has("suppressed") ? suppressed : t.get("withheld", a.path("minCell").asInt());
                    for (int i = 0; i < 4; i++) {
                        c.cell(tb, i == 0 ? why : "", true, shade);
                    }
                } else {
                    c.cell(tb, money(c, level, "annual"), true, shade);
                    c.cell(tb, money(c, level, "annualBase"), true, shade);
                    c.cell(tb, money(c, level, "annualVariable"), true, shade);
                    c.cell(tb, money(c, level, "hourly"), true, shade);
                }
            }
            shade = !shade;
        }
        c.add(tb);
        c.note(t.get("b.note"));

        c.subheading(t.get("c"));
        PdfPTable tc = c.table(new float[] {1.6f, 1, 1, 1, 1, 1.1f}, List.of(t.get("category"), t.get("gap"), t.get("baseGap"),
                t.get("variableGap"), t.get("annualGap"), t.get("flag")));
        rows(c, categories, tc, 5, (n, cells) -> {
            JsonNode x = n.path("c");
            cells.add(c.messages.percent(JsonView.decimal(x, "gap")));
            cells.add(c.messages.percent(JsonView.decimal(x, "baseGap")));
            cells.add(c.messages.percent(JsonView.decimal(x, "variableGap")));
            cells.add(c.messages.percent(JsonView.decimal(x, "annualGap")));
            cells.add(x.path("flagged").asBoolean() ? t.get("flagged") : "—");
        }, suppressed);
        c.add(tc);

        c.subheading(t.get("d"));
        c.paragraph(t.get("d.intro"));
        PdfPTable td = c.table(new float[] {1.2f, 1, 1.5f, 1, 2.6f}, List.of(t.get("category"), t.get("adjusted"),
                t.get("interval"), t.get("explained"), t.get("justification")));
        rows(c, categories, td, 4, (n, cells) -> {
            JsonNode d = n.path("d");
            JsonNode adj = d.path("adjustedGap");
            cells.add(JsonView.decimal(adj, "percent").map(p -> c.messages.percent(Optional.of(p), 2)).orElse(t.get("notComputable")));
            cells.add(JsonView.decimal(adj, "ciLow").isPresent()
                    ? c.messages.percent(JsonView.decimal(adj, "ciLow"), 1) + " ; " + c.messages.percent(JsonView.decimal(adj, "ciHigh"), 1)
                    : "—");
            cells.add(explainedShare(c, d.path("oaxaca")));
            JsonNode j = d.path("justification");
            cells.add(j.isObject() ? (j.path("justified").asBoolean() ? t.get("justified") : t.get("notJustified")) + " : ".substring(
                    c.messages.locale().getLanguage().equals("fr") ? 0 : 1) + j.path("reason").asText() : t.get("noJustification"));
        }, suppressed);
        c.add(td);

        c.subheading(t.get("e"));
        PdfPTable te = c.table(new float[] {1.6f, 1.6f, 1.6f}, List.of(t.get("category"), t.get("women"), t.get("men")));
        rows(c, categories, te, 2, (n, cells) -> {
            for (String sex : new String[] {"women", "men"}) {
                JsonNode x = n.path("e").path(sex);
                cells.add(x.isObject() ? t.get("raisedOf", x.path("raised").asLong(), x.path("returned").asLong(),
                        c.messages.percent(JsonView.decimal(x, "percent")))
                        : x.asText().equals("none") ? t.get("noReturn") : t.get("withheld", a.path("minCell").asInt()));
            }
        }, suppressed);
        c.add(te);
        c.note(t.get("e.note"));

        c.subheading(t.get("f"));
        JsonNode m = a.path("measures");
        c.paragraph(t.get("f.total", m.path("people").asLong(), c.messages.number(m.path("budget").decimalValue(), 2),
                m.path("reached").asBoolean() ? t.get("reached") : t.get("notReached")));
        PdfPTable tf = c.table(new float[] {1.6f, 1.2f, 1.4f}, List.of(t.get("category"), t.get("people"), t.get("budget")));
        rows(c, categories, tf, 2, (n, cells) -> {
            JsonNode f = n.path("f");
            if (f.isNull() || f.isMissingNode()) {
                cells.add(t.get("noMeasure"));
                cells.add("");
            } else if (f.isTextual()) {
                cells.add(suppressed);
                cells.add("");
            } else {
                cells.add(c.messages.integer(f.path("people").asLong()));
                cells.add(c.messages.number(f.path("budget").decimalValue(), 2) + " €");
            }
        }, suppressed);
        c.add(tf);
        c.note(t.get("f.method", m.path("method").asText()));

        c.subheading(t.get("g"));
        if (a.path("previousPeriod").isNull()) {
            c.paragraph(t.get("g.none"));
        } else {
            c.paragraph(t.get("g.intro", a.path("previousPeriod").asText()));
            PdfPTable tg = c.table(new float[] {1.6f, 1.2f, 1.2f, 1.6f}, List.of(t.get("category"), t.get("previousGap"),
                    t.get("change"), t.get("outcome")));
            boolean s = false;
            for (JsonNode n : categories) {
                JsonNode g = n.path("g");
                c.cell(tg, c.category(n.path("category").asText()), false, s);
                c.cell(tg, c.messages.percent(JsonView.decimal(g, "previousGap")), true, s);
                c.cell(tg, JsonView.decimal(g, "change").map(v -> c.messages.number(v, 1) + " pt").orElse("—"), true, s);
                c.cell(tg, t.get("outcome." + g.path("outcome").asText().replace(' ', '_')), true, s);
                s = !s;
            }
            c.add(tg);
        }
        c.note(t.get("footer", a.path("minCell").asInt()));
    }

    private interface RowFiller {
        void fill(JsonNode category, List<String> cells);
    }

    /** One row per category: its figures, or "suppressed" across. */
    private static void rows(ReportContext c, List<JsonNode> categories, PdfPTable table, int columns, RowFiller filler,
                             String suppressed) {
        boolean shade = false;
        for (JsonNode n : categories) {
            c.cell(table, c.category(n.path("category").asText()), false, shade);
            List<String> cells = new ArrayList<>();
            if (n.has("suppressed")) {
                cells.add(suppressed);
                while (cells.size() < columns) {
                    cells.add("");
                }
            } else {
                filler.fill(n, cells);
            }
            for (String cell : cells) {
                c.cell(table, cell, true, shade);
            }
            shade = !shade;
        }
    }

    private static void definitions(ReportContext c, Text t, List<JsonNode> categories) {
        boolean fr = c.messages.locale().getLanguage().equals("fr");
        for (JsonNode n : categories) {
            JsonNode d = n.path("definition");
            if (d.isObject()) {
                List<String> jobs = new ArrayList<>();
                d.path("jobs").forEach(j -> jobs.add(j.asText()));
                c.note(t.get("definition", n.path("category").asText(), d.path(fr ? "fr" : "en").asText(),
                        jobs.isEmpty() ? "—" : String.join(", ", jobs)));
            }
        }
    }

    private static String count(ReportContext c, JsonNode n) {
        return n.isNumber() ? c.messages.integer(n.asLong()) : c.m("na");
    }

    private static String money(ReportContext c, JsonNode level, String field) {
        return JsonView.decimal(level, field).map(v -> c.messages.number(v, 2) + " €").orElse("—");
    }

    private static String explainedShare(ReportContext c, JsonNode oaxaca) {
        Optional<BigDecimal> total = JsonView.decimal(oaxaca, "totalGap");
        Optional<BigDecimal> explained = JsonView.decimal(oaxaca, "explained");
        if (total.isEmpty() || explained.isEmpty() || total.get().signum() == 0) {
            return "—";
        }
        return c.messages.percent(Optional.of(explained.get().multiply(BigDecimal.valueOf(100))
                .divide(total.get(), 0, java.math.RoundingMode.HALF_UP)));
    }
}

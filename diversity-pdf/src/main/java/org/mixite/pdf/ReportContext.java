package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** What every section renders with: the document, the style, the words, the data. */
final class ReportContext {

    final Document document;
    final PdfWriter writer;
    final PdfStyle style;
    final Messages messages;
    final Charts charts;
    final JsonNode report;
    final ReportOptions options;

    ReportContext(Document document, PdfWriter writer, PdfStyle style, Messages messages, JsonNode report, ReportOptions options) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.messages = messages;
        this.charts = new Charts(style, messages);
        this.report = report;
        this.options = options;
    }

    String m(String key) {
        return messages.get(key);
    }

    String m(String key, Object... args) {
        return messages.get(key, args);
    }

    /**
     * A head count as the locale writes it; "suppressed" stays suppressed, also when the whole
     * object holding it is (a withheld federation total), absent is n/a, never 0.
     */
    String count(JsonNode node, String... path) {
        for (int i = 1; i <= path.length; i++) {
            if (JsonView.at(node, java.util.Arrays.copyOf(path, i)).filter(JsonView::suppressed).isPresent()) {
                return m("suppressed");
            }
        }
        return JsonView.integer(node, path).map(messages::integer).orElse(m("na"));
    }

    /** A message for a key built from data (a level, a family), or the raw key when it has no text. */
    /** A category of workers in words: the Egapro CSP codes (ouv, emp, tam, ic) spelled out, others as given. */
    String category(String name) {
        try {
            return m("category." + name);
        } catch (java.util.MissingResourceException e) {
            return name;
        }
    }

    String label(String prefix, String key) {
        try {
            return m(prefix + key);
        } catch (java.util.MissingResourceException e) {
            return key.replace('_', ' ');
        }
    }

    void add(Element element) {
        document.add(element);
    }

    void newPage() {
        document.newPage();
    }

    void heading(String text) {
        Paragraph p = new Paragraph(text, style.heading());
        p.setSpacingBefore(4);
        p.setSpacingAfter(8);
        add(p);
    }

    void subheading(String text) {
        Paragraph p = new Paragraph(text, style.subheading());
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        add(p);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(text, style.body());
        p.setSpacingAfter(6);
        p.setLeading(13);
        add(p);
    }

    void note(String text) {
        Paragraph p = new Paragraph(text, style.small());
        p.setSpacingAfter(6);
        add(p);
    }

    void chart(JFreeChart chart, float height) {
        add(Charts.image(writer.getDirectContent(), chart, document.right() - document.left(), height));
    }

    /** A table with a header row and zebra rows. */
    PdfPTable table(float[] widths, List<String> header) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (int i = 0; i < header.size(); i++) {
            PdfPCell cell = new PdfPCell(new Phrase(header.get(i), style.colored(Color.WHITE, 8.5f)));
            // The first column holds labels; the others hold figures, right-aligned under their heading.
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBackgroundColor(PdfStyle.ACCENT);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(5);
            table.addCell(cell);
        }
        return table;
    }

    void cell(PdfPTable table, String text, boolean right, boolean shaded) {
        cell(table, text, right, shaded, style.body());
    }

    void cell(PdfPTable table, String text, boolean right, boolean shaded, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setPadding(4.5f);
        if (shaded) {
            cell.setBackgroundColor(PdfStyle.BAND);
        }
        if (right) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
    }

    /** A traffic-light badge: a coloured word, never colour alone. */
    Phrase light(Light light) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk("\u25CF ", style.colored(light.color, 11)));
        phrase.add(new Chunk(m(light.key), style.colored(light.color, 9)));
        return phrase;
    }

    /** The four lights. */
    enum Light {
        GREEN(PdfStyle.GREEN, "light.green"), AMBER(PdfStyle.AMBER, "light.amber"), RED(PdfStyle.RED, "light.red"),
        GREY(PdfStyle.GREY, "light.grey");

        final Color color;
        final String key;

        Light(Color color, String key) {
            this.color = color;
            this.key = key;
        }
    }
}

package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

/** The cover page and the one-page executive summary. */
final class FrontMatter {

    private FrontMatter() {
    }

    static void cover(ReportContext c) {
        c.options.logo().ifPresent(bytes -> {
            try {
                Image logo = Image.getInstance(bytes);
                logo.scaleToFit(140, 70);
                c.add(logo);
            } catch (IOException | BadElementException e) {
                c.note("(logo: " + e.getMessage() + ")");
            }
        });
        Paragraph space = new Paragraph(" ", c.style.body());
        space.setSpacingBefore(150);
        c.add(space);
        Paragraph title = new Paragraph(c.m("title"), c.style.title());
        title.setSpacingAfter(8);
        c.add(title);
        c.add(new Paragraph(c.options.company(), c.style.heading()));
        Paragraph period = new Paragraph(c.m("period.line", periodLabel(c)), c.style.body());
        period.setSpacingBefore(12);
        c.add(period);
        // The footer sits at the foot of the cover, whatever the length of the names above.
        ColumnText footer = new ColumnText(c.writer.getDirectContent());
        footer.setSimpleColumn(c.document.left(), c.document.bottom(), c.document.right(), c.document.bottom() + 60);
        footer.addElement(new Paragraph(c.m("generated.by", c.options.minCell()), c.style.small()));
        footer.go();
        c.newPage();
    }

    /**
     * The period in the report's language ("1 janvier 2025 – 31 décembre 2025") when the
     * document's {@code meta.period} holds ISO dates; otherwise the options' label as given.
     */
    static String periodLabel(ReportContext c) {
        Optional<String> start = JsonView.text(c.report, "meta", "period", "start");
        Optional<String> end = JsonView.text(c.report, "meta", "period", "end");
        if (start.isPresent() && end.isPresent()) {
            try {
                DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(c.messages.locale());
                return format.format(LocalDate.parse(start.get())) + " – " + format.format(LocalDate.parse(end.get()));
            } catch (DateTimeParseException e) {
                return c.options.periodLabel();
            }
        }
        return c.options.periodLabel();
    }

    static void summary(ReportContext c) {
        JsonNode h = JsonView.at(c.report, "headlines").orElse(null);
        c.heading(c.m("summary"));
        c.paragraph(c.m("summary.intro"));
        PdfPTable table = new PdfPTable(new float[] {3.2f, 1.4f, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);

        Optional<BigDecimal> index = JsonView.decimal(c.report, "egapro", "index");
        row(c, table, c.m("summary.egapro"), index.map(i -> i.toPlainString() + "/100").orElse(c.m("na")),
                index.map(i -> i.intValue() >= 85 ? ReportContext.Light.GREEN : i.intValue() >= 75 ? ReportContext.Light.AMBER
                        : ReportContext.Light.RED).orElse(ReportContext.Light.GREY), c.m("summary.egapro.meaning"));

        Optional<Boolean> joint = JsonView.bool(c.report, "paygap", "eu", "jointAssessmentRequired");
        row(c, table, c.m("summary.art10"), joint.map(b -> b ? c.m("yes") : c.m("no")).orElse(c.m("na")),
                joint.map(b -> b ? ReportContext.Light.RED : ReportContext.Light.GREEN).orElse(ReportContext.Light.GREY),
                c.m("summary.art10.meaning"));

        Optional<BigDecimal> gap = JsonView.decimal(c.report, "paygap", "eu", "meanGap");
        row(c, table, c.m("summary.gap"), c.messages.percent(gap),
                // Informational: Art. 10's 5% applies per category (the line above), not to the overall mean.
                gap.map(g -> g.abs().compareTo(BigDecimal.valueOf(2)) >= 0 ? ReportContext.Light.AMBER : ReportContext.Light.GREEN)
                        .orElse(ReportContext.Light.GREY), c.m("summary.gap.meaning"));

        Optional<BigDecimal> threshold = JsonView.decimal(c.report, "rixain", "seuil");
        Optional<BigDecimal> executives = JsonView.decimal(c.report, "rixain", "cadresDirigeants", "partFemmes");
        Optional<Boolean> compliant = JsonView.bool(c.report, "rixain", "cadresDirigeants", "conforme");
        boolean notSubject = JsonView.text(c.report, "rixain", "conformite").filter("non_assujettie"::equals).isPresent();
        row(c, table, c.m("summary.rixain"), c.messages.percent(executives),
                compliant.map(b -> b ? ReportContext.Light.GREEN : ReportContext.Light.RED).orElse(
                        executives.isPresent() && !notSubject ? ReportContext.Light.AMBER : ReportContext.Light.GREY),
                notSubject ? c.m("summary.rixain.notsubject")
                        : c.m("summary.rixain.meaning", c.messages.percent(threshold.or(() -> Optional.of(BigDecimal.valueOf(30))))));

        // The headline when the document has one, else the job-family figure it is taken from.
        Optional<BigDecimal> technical = (h == null ? Optional.<BigDecimal>empty() : JsonView.decimal(h, "technicalDigitalWomenShare"))
                .or(() -> JsonView.decimal(c.report, "composition", "jobFamilies", "technical_digital", "womenShare"));
        JsonNode benchmark = benchmark(c.report, "technical_digital");
        Optional<BigDecimal> reference = benchmark == null ? Optional.empty() : JsonView.decimal(benchmark, "reference");
        // A reference figure, not a rule: no traffic light, the comparison is in words.
        row(c, table, c.m("summary.technical"), c.messages.percent(technical), Optional.empty(),
                benchmark == null ? "" : c.m("summary.technical.meaning", c.messages.percent(reference),
                        JsonView.text(benchmark, "source").orElse(""), JsonView.integer(benchmark, "year").map(String::valueOf).orElse("")));

        Optional<BigDecimal> women = JsonView.decimal(c.report, "composition", "total", "womenShare");
        row(c, table, c.m("summary.women"), c.messages.percent(women), Optional.empty(), c.m("summary.women.meaning"));
        c.add(table);
        c.newPage();
    }

    private static JsonNode benchmark(JsonNode report, String figure) {
        JsonNode list = JsonView.at(report, "composition", "benchmarks").orElse(null);
        if (list == null || !list.isArray()) {
            return null;
        }
        for (JsonNode b : list) {
            if (figure.equals(b.path("figure").asText())) {
                return b;
            }
        }
        return null;
    }

    private static void row(ReportContext c, PdfPTable table, String label, String value, ReportContext.Light light, String meaning) {
        row(c, table, label, value, Optional.of(light), meaning);
    }

    /** A headline: label and meaning, the figure, and its light when the figure has a threshold. */
    private static void row(ReportContext c, PdfPTable table, String label, String value, Optional<ReportContext.Light> light,
                            String meaning) {
        PdfPCell name = new PdfPCell();
        name.addElement(new Paragraph(label, c.style.strong()));
        if (!meaning.isEmpty()) {
            name.addElement(new Paragraph(meaning, c.style.small()));
        }
        name.setBorder(Rectangle.BOTTOM);
        name.setBorderColor(PdfStyle.RULE);
        name.setPaddingBottom(8);
        table.addCell(name);
        PdfPCell figure = new PdfPCell(new Paragraph(value, c.style.big()));
        figure.setBorder(Rectangle.BOTTOM);
        figure.setBorderColor(PdfStyle.RULE);
        figure.setHorizontalAlignment(Element.ALIGN_RIGHT);
        figure.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(figure);
        PdfPCell status = light.map(l -> new PdfPCell(c.light(l))).orElseGet(PdfPCell::new);
        status.setBorder(Rectangle.BOTTOM);
        status.setBorderColor(PdfStyle.RULE);
        status.setVerticalAlignment(Element.ALIGN_MIDDLE);
        status.setPaddingLeft(10);
        table.addCell(status);
    }
}

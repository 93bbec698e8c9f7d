package org.mixite.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.json.MixiteJson;

/** Issue 6: the PDF read back with PDFBox. */
class ReportRendererTest {

    private static JsonNode demo() throws IOException {
        try (InputStream in = ReportRendererTest.class.getResourceAsStream("/report-demo.json")) {
            return MixiteJson.mapper().readTree(in);
        }
    }

    private static byte[] render(JsonNode report, ReportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.render(report, options, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    @DisplayName("French report: the expected pages, headings and figures, numbers written the French way")
    void french() throws IOException {
        byte[] pdf = render(demo(), ReportOptions.of("Numeria (demo)", "2025-01-01 – 2025-12-31"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(7, 12);
        }
        String text = text(pdf);
        assertThat(text).contains("Rapport sur la mixité", "Synthèse", "Index Egapro", "Index de l’égalité professionnelle",
                "Écarts de rémunération", "Composition et mouvements", "Méthode et sources", "Numeria (demo)");
        assertThat(text).contains("Période de référence : 1 janvier 2025 – 31 décembre 2025");
        // Loi Rixain: 5 of 32 executives are women (15.6%) under the 30% threshold; 1 woman on the board.
        assertThat(text).contains("32 membres, dont 5 femmes (15,6 %)", "dont 1 femme (16,7 %)",
                "Chaque sexe doit y représenter au moins 30 % : obligation non respectée.");
        int index = demo().path("egapro").path("index").asInt();
        assertThat(text).contains(index + "/100");
        String womenShare = demo().path("composition").path("total").path("womenShare").decimalValue().toPlainString().replace('.', ',');
        assertThat(text).contains(womenShare + " %");
    }

    @Test
    @DisplayName("issue 24: the methodology annex lists how the inputs were read (the load's notes, e.g. a DSN pay taken from its "
            + "base brute Sécurité sociale), in both languages; without notes it has no such paragraph")
    void inputNotesInMethodology() throws IOException {
        ObjectNode report = (ObjectNode) demo();
        String note = "a.dsn: 2 individual(s) without any remuneration block (S21.G00.51): their month's gross pay is the base brute "
                + "Sécurité sociale (S21.G00.78.004 of code 03, CT2019)";
        ((ObjectNode) report.path("load")).putArray("warnings").add(note);
        String french = text(render(report, ReportOptions.of("N", "2025"))).replaceAll("\\s+", " ");
        assertThat(french).contains("Lecture des données", "base brute Sécurité sociale (S21.G00.78.004 of code 03, CT2019)");
        String english = text(render(report, ReportOptions.of("N", "2025").withLocale(Locale.ENGLISH))).replaceAll("\\s+", " ");
        assertThat(english).contains("How the inputs were read", "base brute Sécurité sociale (S21.G00.78.004 of code 03, CT2019)");
        assertThat(text(render(demo(), ReportOptions.of("N", "2025")))).doesNotContain("Lecture des données");
    }

    @Test
    @DisplayName("Loi Rixain below 1,000 employees: the report says the law does not apply and judges no body")
    void rixainNotSubject() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode report = (com.fasterxml.jackson.databind.node.ObjectNode) demo();
        com.fasterxml.jackson.databind.node.ObjectNode rixain = (com.fasterxml.jackson.databind.node.ObjectNode) report.get("rixain");
        rixain.put("conformite", "non_assujettie");
        rixain.put("effectif", 120);
        ((com.fasterxml.jackson.databind.node.ObjectNode) rixain.get("cadresDirigeants")).putNull("conforme");
        ((com.fasterxml.jackson.databind.node.ObjectNode) rixain.get("instancesDirigeantes")).putNull("conforme");
        String text = text(render(report, ReportOptions.of("Numeria (demo)", "2025")));
        assertThat(text).contains("La loi Rixain s’applique aux entreprises d’au moins 1 000 salariés", "120 salariés");
        assertThat(text).doesNotContain("obligation non respectée");
    }

    @Test
    @DisplayName("analytics: people left out of the regression only are said, by control, in the report's language")
    void leftOutOfRegression() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode report = (com.fasterxml.jackson.databind.node.ObjectNode) demo();
        com.fasterxml.jackson.databind.node.ObjectNode gap = (com.fasterxml.jackson.databind.node.ObjectNode) report.path("analytics").path("adjustedGap");
        assertThat(gap.has("percent")).as("the demo report's adjusted gap").isTrue();
        gap.putObject("leftOutOfRegression").put("missing tenure", 2);
        String text = text(render(report, ReportOptions.of("Numeria (demo)", "2025"))).replaceAll("\\s+", " ");
        assertThat(text).contains("2 sans ancienneté");
    }

    @Test
    @DisplayName("English report: English headings and 12.3% numbers")
    void english() throws IOException {
        String text = text(render(demo(), ReportOptions.of("Numeria (demo)", "2025").withLocale(Locale.ENGLISH)));
        assertThat(text).contains("Reference period: January 1, 2025 – December 31, 2025");
        assertThat(text).contains("Gender diversity report", "Executive summary", "Egapro index", "Pay gaps", "Methodology and sources");
        String womenShare = demo().path("composition").path("total").path("womenShare").decimalValue().toPlainString();
        assertThat(text).contains(womenShare + "%");
        assertThat(text).doesNotContain("Synthèse");
    }

    @Test
    @DisplayName("every font is embedded")
    void fontsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(demo(), ReportOptions.of("N", "2025")))) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    @DisplayName("two renders of the same input are byte-identical, with no date unless asked for")
    void deterministic() throws IOException {
        ReportOptions options = ReportOptions.of("Numeria (demo)", "2025");
        byte[] first = render(demo(), options);
        byte[] second = render(demo(), options);
        assertThat(second).isEqualTo(first);
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
            assertThat(doc.getDocumentInformation().getModificationDate()).isNull();
        }
        ReportOptions dated = new ReportOptions(Locale.FRENCH, "N", "2025", java.util.Optional.empty(),
                EnumSet.allOf(ReportOptions.Section.class), 5, java.util.Optional.of(java.time.Instant.parse("2026-02-01T00:00:00Z")));
        try (PDDocument doc = Loader.loadPDF(render(demo(), dated))) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNotNull();
        }
    }

    @Test
    @DisplayName("a report with only some sections present still renders, and says nothing of the missing ones")
    void partial() throws IOException {
        ObjectNode partial = (ObjectNode) demo().deepCopy();
        partial.remove("paygap");
        partial.remove("composition");
        partial.remove("trend");
        String text = text(render(partial, ReportOptions.of("N", "2025")));
        assertThat(text).contains("Index de l’égalité professionnelle").doesNotContain("Composition et mouvements");
        String empty = text(render(MixiteJson.object(), ReportOptions.of("N", "2025")));
        assertThat(empty).contains("Rapport sur la mixité", "n.d.");
    }

    @Test
    @DisplayName("suppressed cells show as suppressed, never as a number")
    void suppressedCells() throws IOException {
        ObjectNode report = (ObjectNode) demo().deepCopy();
        ((ObjectNode) report.path("paygap").path("eu").path("categoryGaps")).put("tam", "suppressed");
        ((ObjectNode) report.path("paygap").path("eu")).put("suppressedCategoriesAtOrAboveThreshold", 1);
        String text = text(render(report, ReportOptions.of("N", "2025")));
        assertThat(text).contains("masqué");
        // Art. 10: a hidden category at or above 5% is counted in the joint-assessment sentence, not named.
        assertThat(text.replaceAll("\\s+", " ")).contains("une catégorie masquée (petit effectif)"); // the line may wrap
    }

    @Test
    @DisplayName("a federation's withheld total and flow totals (fewer than 3 companies) show as suppressed, never a number or 0")
    void withheldFederationTotals() throws IOException {
        ObjectNode report = (ObjectNode) demo().deepCopy();
        ObjectNode composition = (ObjectNode) report.path("composition");
        composition.put("total", "suppressed");
        ((ObjectNode) composition.path("flows")).put("hires", "suppressed");
        ((ObjectNode) composition.path("flows").path("rates")).put("hireRateFemale", "suppressed");
        report.remove("headlines");
        String text = text(render(report, ReportOptions.of("N", "2025")));
        assertThat(text.lines().filter(l -> l.startsWith("Embauches")).findFirst()).hasValueSatisfying(l -> assertThat(l).contains("masqué")
                .doesNotContain("0"));
        assertThat(text).contains("Composition et mouvements");
    }

    @Test
    @DisplayName("issue 5 federation section: each company's rank, quartile and percentile, never its own women's share")
    void federationPositions() throws IOException {
        ObjectNode report = (ObjectNode) demo().deepCopy();
        ObjectNode federation = ((ObjectNode) report.path("composition")).putObject("federation");
        federation.put("companies", 3);
        com.fasterxml.jackson.databind.node.ArrayNode companies = federation.putObject("positions").putObject("women_share").putArray("companies");
        companies.addObject().put("company", "acme").put("rank", 2).put("quartile", 2).put("percentile", new java.math.BigDecimal("50.0"))
                .put("womenShare", new java.math.BigDecimal("39.4")); // as an older document had it: not printed
        companies.addObject().put("company", "globex").put("rank", 1).put("quartile", 1).put("percentile", new java.math.BigDecimal("16.7"));
        companies.addObject().put("company", "initech").put("rank", 3).put("quartile", 3).put("percentile", new java.math.BigDecimal("83.3"));
        String text = text(render(report, ReportOptions.of("N", "2025")));
        String section = text.substring(text.indexOf("Comparaison au sein de la fédération"));
        assertThat(section).contains("Rang", "Quartile", "Centile", "acme 2 Q2 50,0", "initech 3 Q3 83,3").doesNotContain("39,4");
    }

    @Test
    @DisplayName("analytics (issue 10): adjusted gap, explained share of the Oaxaca-Blinder gap, remediation with suppressed categories, both languages")
    void analytics() throws IOException {
        ObjectNode significant = (ObjectNode) demo().deepCopy();
        try (InputStream in = ReportRendererTest.class.getResourceAsStream("/analytics-significant.json")) {
            significant.set("analytics", MixiteJson.mapper().readTree(in).get("analytics"));
        }
        String fr = text(render(significant, ReportOptions.of("N", "2025")));
        // Fixture: explained 0.0712 of a 0.1105 total -> 64.43...% explained; total 11.05 -> 11,1 (half up).
        assertThat(fr).contains("Analyse de l’équité salariale", "4,12 %", "[2,05 % ; 6,15 %]", "64,4 %", "11,1",
                "183 450,27 €", "estimé à 4,12 %", "statistiquement significatif", "< 0,001", "0,61", "ancienneté");
        assertThat(fr.substring(fr.indexOf("Plan de correction")).lines().filter(l -> l.startsWith("Ouvriers (ouv)")).findFirst()).hasValueSatisfying(l -> assertThat(l).contains("masqué"));
        String en = text(render(significant, ReportOptions.of("N", "2025").withLocale(Locale.ENGLISH)));
        assertThat(en).contains("Pay-equity analysis", "4.12%", "64.4%", "183,450.27 €", "Remediation plan", "< 0.001", "tenure");
        ObjectNode without = (ObjectNode) demo().deepCopy();
        without.remove("analytics");
        assertThat(text(render(without, ReportOptions.of("N", "2025")))).doesNotContain("Analyse de l’équité salariale");
        // The demo's own analytics: 2.40%, p = 0.0604, not significant; no remediation breakdown suppressed there.
        String demoFr = text(render(demo(), ReportOptions.of("N", "2025")));
        assertThat(demoFr).contains("2,40 %", "0,060", "pas statistiquement significatif", "Après : écart brut de 9,21 %", "« tout écart par catégorie sous 5 %");
        ObjectNode notComputable = (ObjectNode) demo().deepCopy();
        ObjectNode a = (ObjectNode) notComputable.path("analytics");
        a.remove("remediation");
        a.putObject("oaxaca").put("status", "notComputable").put("reason", "too few women");
        a.putObject("adjustedGap").put("status", "notComputable").put("reason", "too few women");
        assertThat(text(render(notComputable, ReportOptions.of("N", "2025").withLocale(Locale.ENGLISH))))
                .contains("Not computable: too few women.").doesNotContain("Remediation plan");
        String excluded = text(render(demo(), ReportOptions.of("N", "2025")
                .withSections(EnumSet.complementOf(EnumSet.of(ReportOptions.Section.ANALYTICS)))));
        assertThat(excluded).doesNotContain("Analyse de l’équité salariale");
    }

    @Test
    @DisplayName("values the bundles do not know (a new 'favorable', a new pipeline level) print as they are, and an absent count is n/a, never 0")
    void unknownValues() throws IOException {
        ObjectNode report = (ObjectNode) demo().deepCopy();
        ((ObjectNode) report.path("egapro").path("indicateurs").path("remunerations")).put("favorable", "autre");
        ((ObjectNode) report.path("composition").path("pipeline").path(0)).put("level", "junior_staff");
        ((ObjectNode) report.path("composition").path("flows").path("hires")).remove("female");
        ((ObjectNode) report.path("composition").path("flows").path("exits")).put("male", "suppressed");
        report.remove("headlines");
        String text = text(render(report, ReportOptions.of("N", "2025")));
        assertThat(text).contains("en faveur des autre"); // the pipeline label is in the chart, drawn as shapes: rendering is the check
        // Without the headlines member, the summary takes the technical digital share from composition.
        String share = report.path("composition").path("jobFamilies").path("technical_digital").path("womenShare")
                .decimalValue().toPlainString().replace('.', ',') + " %";
        assertThat(text.substring(text.indexOf("Synthèse"), text.indexOf("Index de l’égalité professionnelle"))).contains(share);
        assertThat(text.lines().filter(l -> l.startsWith("Embauches")).findFirst()).hasValueSatisfying(l -> assertThat(l).contains("n.d."));
        assertThat(text.lines().filter(l -> l.startsWith("Départs")).findFirst()).hasValueSatisfying(l -> assertThat(l).contains("masqué"));
    }

    @Test
    @DisplayName("page 1 and a chart page render to PNG (written to target/ to look at)")
    void rendersToPng() throws IOException {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            byte[] pdf = render(demo(), ReportOptions.of("Numeria (demo)", "2025-01-01 – 2025-12-31").withLocale(locale));
            Path dir = Files.createDirectories(Path.of("target", "pdf-pages", locale.getLanguage()));
            Files.write(dir.resolve("report.pdf"), pdf);
            pages(pdf, dir);
        }
    }

    private static void pages(byte[] pdf, Path dir) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 90);
                assertThat(image.getWidth()).isPositive();
                ImageIO.write(image, "png", dir.resolve("page-" + (page + 1) + ".png").toFile());
            }
        }
    }
}

package org.mixite.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.barometer.Barometer;
import org.mixite.core.barometer.Contribution;
import org.mixite.core.barometer.ContributionAccumulator;
import org.mixite.core.barometer.Placement;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.json.BarometerJson;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Issue 18: the barometer PDF read back with PDFBox, in French and English; a hidden cell prints as hidden. */
class BarometerRendererTest {

    private static Contribution member(String id, int year, int women, int men, String postalCode) {
        ContributionAccumulator acc = new ContributionAccumulator(id, ReferencePeriod.calendarYear(year), JobClassifier.defaults());
        for (int i = 0; i < women + men; i++) {
            acc.add(EmployeeRecord.builder(id + i, i < women ? Sex.FEMALE : Sex.MALE).birthYear(1980 + i % 30)
                    .jobCode(i % 3 == 0 ? "542a" : "388a").workPostalCode(i % 4 == 0 ? postalCode : "31000").build());
        }
        return acc.contribution(Contribution.Headline.NONE, "0.1.0");
    }

    private static JsonNode barometer() {
        List<Contribution> y2024 = new ArrayList<>();
        List<Contribution> y2025 = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            y2024.add(member("M" + k, 2024, 5 + k, 30 - k, "75011"));
            y2025.add(member("M" + k, 2025, 6 + k, 29 - k, k == 0 ? "33000" : "75011"));
        }
        return BarometerJson.write(Barometer.compute(List.of(y2024, y2025), 5), List.of(new BarometerJson.LeftOut("x.json", "damaged")));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static byte[] render(JsonNode json, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BarometerRenderer.render(json, "Fédération test", locale, out);
        return out.toByteArray();
    }

    @Test
    @DisplayName("French and English: headings, Occitanie's 33% with its attribution, the trend, the parity method; same bytes twice")
    void bothLanguages() throws IOException {
        JsonNode json = barometer();
        String fr = text(render(json, Locale.FRENCH));
        assertThat(fr).contains("Baromètre de la mixité", "Fédération test", "Les chiffres clés", "Par région", "Occitanie",
                "Assises", "À périmètre constant", "6 membres présents aux deux périodes",
                "Dans combien d’années la parité", "Hypothèses", "x.json (damaged)");
        assertThat(fr).contains("masqué"); // Nouvelle-Aquitaine: one member only
        String en = text(render(json, Locale.ENGLISH));
        assertThat(en).contains("Gender-balance barometer", "Key figures", "By region", "Assises",
                "Like for like", "How many years to parity", "Assumptions", "suppressed");
        assertThat(render(json, Locale.ENGLISH)).isEqualTo(render(json, Locale.ENGLISH));
    }

    @Test
    @DisplayName("a member's placement fits on one page and names no other member")
    void placement() throws IOException {
        List<Contribution> members = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            members.add(member("M" + k, 2025, 5 + k, 30 - k, "75011"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BarometerRenderer.renderPlacement(BarometerJson.write(Placement.of("M2", members, 5)), "Fédération test", Locale.FRENCH, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        String text = text(out.toByteArray());
        assertThat(text).contains("Votre position dans le baromètre", "M2 parmi 5 membres", "3 sur 5").doesNotContain("M1").doesNotContain("M3");
    }

    @Test
    @DisplayName("both languages have the same barometer keys, and every message formats with no placeholder or quote left")
    void everyMessageFormats() {
        ResourceBundle fr = ResourceBundle.getBundle("org.mixite.pdf.barometer", Locale.FRENCH);
        ResourceBundle en = ResourceBundle.getBundle("org.mixite.pdf.barometer", Locale.ENGLISH);
        Set<String> keys = new TreeSet<>(Collections.list(fr.getKeys()));
        assertThat(keys).isEqualTo(new TreeSet<>(Collections.list(en.getKeys())));
        for (ResourceBundle bundle : new ResourceBundle[] {fr, en}) {
            for (String key : keys) {
                String raw = bundle.getString(key);
                assertThat(raw).as(key).doesNotContain("'");
                assertThat(new MessageFormat(raw, bundle.getLocale()).format(new Object[] {1, 2, 3, 4, 5, 6})).as(key)
                        .doesNotContainPattern("\\{\\d");
            }
        }
    }
}

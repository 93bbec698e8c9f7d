package org.mixite.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.json.MixiteJson;

/** Directive 2023/970 Art. 10: the joint pay assessment PDF, read back with PDFBox. */
class JointAssessmentRendererTest {

    private static JsonNode assessment(boolean required) throws IOException {
        return MixiteJson.mapper().readTree("""
                {"period":"2025-01-01..2025-12-31","minCell":5,"threshold":5,"required":%s,"flaggedSuppressed":0,
                 "previousPeriod":null,"categories":[],
                 "measures":{"target":"art10","reached":true,"people":0,"budget":0.00,"method":"none"}}
                """.formatted(required));
    }

    private static String text(JsonNode json, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JointAssessmentRenderer.render(json, "Test SA", locale, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("Art. 10(1)(a)-(c): a flagged, unjustified gap requires the assessment unless remedied within six months of the pay"
            + " reporting, the third condition, which the document states (Mixité does not track it)")
    void requiredStatesTheSixMonthCondition() throws IOException {
        assertThat(text(assessment(true), Locale.ENGLISH)).contains("within six months").contains("Art. 10(1)(a)-(c)");
        assertThat(text(assessment(true), Locale.FRENCH)).contains("dans les six mois").contains("art. 10, par. 1, a à c");
        assertThat(text(assessment(false), Locale.ENGLISH)).doesNotContain("is required");
    }
}

package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpdf.text.pdf.PdfPTable;

/** EU and UK pay-gap figures, the quartile chart, and the gap by category (Art. 9 and 10). */
final class PayGapSection {

    private PayGapSection() {
    }

    static boolean present(JsonNode report) {
        return JsonView.at(report, "paygap", "eu").isPresent();
    }

    static void render(ReportContext c) {
        JsonNode pay = c.report.get("paygap");
        JsonNode eu = pay.get("eu");
        c.heading(c.m("paygap"));
        c.paragraph(c.m("paygap.intro"));
        PdfPTable table = c.table(new float[] {3f, 1.2f}, List.of(" ", "%"));
        int row = 0;
        row = figure(c, table, row, "paygap.mean", JsonView.decimal(eu, "meanGap"));
        row = figure(c, table, row, "paygap.median", JsonView.decimal(eu, "medianGap"));
        row = figure(c, table, row, "paygap.variable.mean", JsonView.decimal(eu, "meanVariableGap"));
        row = figure(c, table, row, "paygap.variable.median", JsonView.decimal(eu, "medianVariableGap"));
        c.cell(table, c.m("paygap.variable.share"), false, row % 2 == 1);
        c.cell(table, c.messages.percent(JsonView.decimal(eu, "variableProportionFemale")) + " / "
                + c.messages.percent(JsonView.decimal(eu, "variableProportionMale")), true, row++ % 2 == 1);
        row = figure(c, table, row, "paygap.uk.bonus.mean", JsonView.decimal(pay, "uk", "meanBonusGap"));
        figure(c, table, row, "paygap.uk.bonus.median", JsonView.decimal(pay, "uk", "medianBonusGap"));
        c.add(table);

        JsonNode quartiles = eu.path("quartiles");
        if (quartiles.isArray() && quartiles.size() == 4) {
            c.subheading(c.m("paygap.quartiles"));
            List<Double> women = new ArrayList<>();
            List<Double> men = new ArrayList<>();
            for (JsonNode band : quartiles) {
                women.add(JsonView.decimal(band, "female").map(BigDecimal::doubleValue).orElse(0.0));
                men.add(JsonView.decimal(band, "male").map(BigDecimal::doubleValue).orElse(0.0));
            }
            c.chart(c.charts.quartiles(women, men), 190);
            c.note(c.m("paygap.quartiles.meaning"));
        }

        JsonNode categories = eu.path("categoryGaps");
        if (categories.isObject() && categories.size() > 0) {
            c.subheading(c.m("paygap.categories"));
            PdfPTable gaps = c.table(new float[] {2.5f, 1.2f, 1f}, List.of(c.m("paygap.category"), c.m("paygap.gap"), c.m("paygap.flag")));
            int i = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = categories.fields(); it.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = it.next();
                boolean shaded = i % 2 == 1;
                c.cell(gaps, c.category(e.getKey()), false, shaded);
                if (JsonView.suppressed(e.getValue())) {
                    c.cell(gaps, c.m("suppressed"), true, shaded, c.style.small());
                    c.cell(gaps, "", true, shaded);
                } else {
                    Optional<BigDecimal> gap = e.getValue().isNumber() ? Optional.of(e.getValue().decimalValue()) : Optional.empty();
                    c.cell(gaps, c.messages.percent(gap), true, shaded);
                    boolean flagged = false;
                    for (JsonNode name : eu.path("categoriesAtOrAboveThreshold")) {
                        flagged |= name.asText().equals(e.getKey());
                    }
                    c.cell(gaps, flagged ? "\u25CF" : "", true, shaded, c.style.colored(PdfStyle.RED, 10));
                }
            }
            c.add(gaps);
        }
        List<String> flagged = new ArrayList<>();
        eu.path("categoriesAtOrAboveThreshold").forEach(n -> flagged.add(c.category(n.asText())));
        // Categories hidden by the small-cell rule are counted, never named.
        long hidden = JsonView.integer(eu, "suppressedCategoriesAtOrAboveThreshold").orElse(0L);
        if (hidden > 0) {
            flagged.add(c.m("paygap.joint.hidden", hidden));
        }
        c.paragraph(JsonView.bool(eu, "jointAssessmentRequired").orElse(false)
                ? c.m("paygap.joint.required", String.join(", ", flagged)) : c.m("paygap.joint.none"));
        JsonView.integer(pay, "excluded", "unknownSex").filter(n -> n > 0).ifPresent(n -> c.note(c.m("paygap.excluded", n)));
        c.newPage();
    }

    private static int figure(ReportContext c, PdfPTable table, int row, String key, Optional<BigDecimal> value) {
        c.cell(table, c.m(key), false, row % 2 == 1);
        c.cell(table, c.messages.percent(value), true, row % 2 == 1, c.style.strong());
        return row + 1;
    }
}

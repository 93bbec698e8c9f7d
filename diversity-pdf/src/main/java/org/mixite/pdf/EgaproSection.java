package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.pdf.PdfPTable;

/** Egapro, indicator by indicator, with the points and the explanation; then the loi Rixain. */
final class EgaproSection {

    private EgaproSection() {
    }

    static boolean present(JsonNode report) {
        return JsonView.at(report, "egapro", "indicateurs").isPresent();
    }

    static void render(ReportContext c) {
        JsonNode egapro = c.report.get("egapro");
        JsonNode indicators = egapro.get("indicateurs");
        c.heading(c.m("egapro"));
        c.paragraph(c.m("egapro.intro"));
        PdfPTable table = c.table(new float[] {3.4f, 2.6f, 1f}, List.of(c.m("egapro.indicator"), c.m("egapro.value"), c.m("egapro.points")));
        int row = 0;
        row = line(c, table, row, indicators, "remunerations", "egapro.ind1", "%");
        row = line(c, table, row, indicators, "augmentations", "egapro.ind2", "pts");
        row = line(c, table, row, indicators, "promotions", "egapro.ind3", "pts");
        row = line(c, table, row, indicators, "augmentationsEtPromotions", "egapro.ind2et3", "pts");
        row = line(c, table, row, indicators, "congesMaternite", "egapro.ind4", "%");
        line(c, table, row, indicators, "hautesRemunerations", "egapro.ind5", "");
        c.add(table);
        long points = JsonView.integer(egapro, "points").orElse(0L);
        long max = JsonView.integer(egapro, "pointsMax").orElse(0L);
        Optional<BigDecimal> index = JsonView.decimal(egapro, "index");
        c.paragraph(index.map(i -> c.m("egapro.total", points, max, i.intValue())).orElseGet(() -> c.m("egapro.total.nc", points, max)));
        JsonView.at(indicators, "remunerations", "explication").ifPresent(e -> c.note(c.m("egapro.groups",
                e.path("groupesValides").size(), JsonView.integer(e, "effectifValide").orElse(0L),
                JsonView.integer(e, "effectifTotal").orElse(0L), JsonView.decimal(e, "seuilPertinence").map(c.messages::number).orElse("?"))));
        // The corrective-measures rule, said only where it changed the points, naming the indicator.
        for (String[] ind : List.of(new String[] {"augmentations", "egapro.ind2"}, new String[] {"promotions", "egapro.ind3"},
                new String[] {"augmentationsEtPromotions", "egapro.ind2et3"})) {
            JsonNode n = indicators.path(ind[0]);
            long note = JsonView.integer(n, "note").orElse(0L);
            long before = JsonView.integer(n, "noteAvantCorrection")
                    .or(() -> JsonView.integer(n, "notePourcentage").flatMap(p -> JsonView.integer(n, "noteNombre").map(q -> Math.max(p, q))))
                    .orElse(note);
            if (JsonView.bool(n, "correction").orElse(false) && before < note) {
                c.note(c.m("egapro.correction", c.m(ind[1]), before, note));
            }
        }
        rixain(c);
        c.newPage();
    }

    private static int line(ReportContext c, PdfPTable table, int row, JsonNode indicators, String name, String label, String unit) {
        if (!indicators.has(name)) {
            return row;
        }
        JsonNode ind = indicators.get(name);
        boolean shaded = row % 2 == 1;
        c.cell(table, c.m(label), false, shaded);
        if (!JsonView.bool(ind, "calculable").orElse(false)) {
            // The reason in the report's language from its code; the JSON's French label only for an unknown code.
            String reason = JsonView.text(ind, "raison").map(code -> c.label("egapro.reason.", code))
                    .filter(r -> !r.equals(JsonView.text(ind, "raison").orElse("").replace('_', ' ')))
                    .or(() -> JsonView.text(ind, "libelleRaison")).or(() -> JsonView.text(ind, "raison")).orElse("");
            c.cell(table, c.m("egapro.notcalculable", reason), true, shaded, c.style.small());
            c.cell(table, "–", true, shaded);
            return row + 1;
        }
        StringBuilder value = new StringBuilder();
        JsonView.decimal(ind, "ecart").ifPresent(v -> value.append(unit.equals("%") ? c.messages.percent(Optional.of(v))
                : c.messages.number(v) + " " + unit));
        JsonView.decimal(ind, "resultat").ifPresent(v -> value.append(unit.equals("%") ? c.messages.percent(Optional.of(v)) : c.messages.number(v)));
        JsonView.text(ind, "favorable").ifPresent(f -> value.append(value.length() > 0 ? ", " : "")
                .append(c.m("egapro.favours", c.label("egapro.", f))));
        c.cell(table, value.toString(), true, shaded);
        String points = JsonView.integer(ind, "note").map(String::valueOf).orElse("–") + " / "
                + JsonView.integer(ind, "noteMax").map(String::valueOf).orElse("?");
        c.cell(table, points, true, shaded, c.style.strong());
        return row + 1;
    }

    private static void rixain(ReportContext c) {
        JsonView.at(c.report, "rixain").ifPresent(r -> {
            c.subheading(c.m("rixain"));
            if (JsonView.text(r, "conformite").filter("non_assujettie"::equals).isPresent()) {
                // Below 1,000 employees the law does not apply: the shares are given for information only.
                c.note(c.m("rixain.notsubject", JsonView.integer(r, "effectif").map(c.messages::integer).orElse(c.m("na"))));
            }
            for (String[] body : List.of(new String[] {"cadresDirigeants", "rixain.body.executives"},
                    new String[] {"instancesDirigeantes", "rixain.body.board"})) {
                JsonNode b = r.path(body[0]);
                long members = JsonView.integer(b, "membres").orElse(0L);
                if (members == 0) {
                    c.paragraph(c.m("rixain.empty", c.m(body[1])));
                } else {
                    c.paragraph(c.m("rixain.line", c.m(body[1]), members, JsonView.integer(b, "femmes").orElse(0L),
                            c.messages.percent(JsonView.decimal(b, "partFemmes"))));
                    String threshold = c.messages.percent(JsonView.decimal(r, "seuil"));
                    JsonView.bool(b, "conforme").ifPresent(ok -> c.note(c.m(ok ? "rixain.compliant" : "rixain.notcompliant", threshold)));
                }
            }
        });
    }
}

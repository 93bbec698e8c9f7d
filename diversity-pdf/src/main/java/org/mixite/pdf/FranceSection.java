package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpdf.text.pdf.PdfPTable;

/**
 * France 2027 (regulations.md §2): the obligations of the declaration year in words, the
 * reconciliation with the GIP-MDS pre-filled figures, and the declaration itself for the CSE.
 * Each renders from its JSON document, so the PDF shows what the JSON says.
 */
final class FranceSection {

    private FranceSection() {
    }

    static boolean obligationsPresent(JsonNode report) {
        return JsonView.at(report, "paygap", "fr", "obligations").filter(JsonNode::isObject).isPresent();
    }

    /** The obligations in words, in the report's language. */
    static void obligations(ReportContext c, JsonNode obligations) {
        c.subheading(c.m("france.obligations", obligations.path("year").asText()));
        for (JsonNode line : obligations.path("inWords").path(c.messages.locale().getLanguage().equals("fr") ? "fr" : "en")) {
            c.paragraph(line.asText());
        }
        c.note(c.m("france.workforce.rule"));
    }

    static void reportObligations(ReportContext c) {
        c.heading(c.m("france.title"));
        obligations(c, c.report.path("paygap").path("fr").path("obligations"));
        c.newPage();
    }

    private static String figure(ReportContext c, JsonNode node, String name) {
        return node.hasNonNull(name) ? c.messages.number(node.get(name).decimalValue(), node.get(name).decimalValue().scale()) : c.m("france.empty");
    }

    /** The section "Reconciliation with the pre-filled figures". */
    static void reconciliation(ReportContext c) {
        JsonNode doc = c.report;
        c.heading(c.m("reconcile.title"));
        c.paragraph(c.m("reconcile.intro", doc.path("file").path("dateDebut").asText(), doc.path("file").path("dateFin").asText(),
                doc.path("file").path("horodatage").asText()));
        for (JsonNode company : doc.path("companies")) {
            String siren = company.path("siren").asText().isEmpty() ? c.m("france.nosiren") : company.path("siren").asText();
            long differ = 0;
            for (JsonNode f : company.path("figures")) {
                differ += f.path("equal").asBoolean() ? 0 : 1;
            }
            c.subheading(c.m("reconcile.company", siren, company.path("line").asText()));
            c.paragraph(c.m("reconcile.summary", company.path("figures").size(), differ));
            JsonNode basis = company.path("annualBasis");
            c.paragraph(c.m("reconcile.basis." + basis.path("matches").asText(), basis.path("equalOnActual").asInt(),
                    basis.path("equalOnFullTimeEquivalent").asInt(), basis.path("annualFigures").asInt()));
            PdfPTable table = c.table(new float[] {3.6f, 1.2f, 1.2f, 0.9f},
                    List.of(c.m("reconcile.column"), c.m("reconcile.state"), c.m("reconcile.ours"), " "));
            int row = 0;
            for (JsonNode f : company.path("figures")) {
                boolean shaded = row++ % 2 == 1;
                boolean equal = f.path("equal").asBoolean();
                c.cell(table, f.path("column").asText().strip(), false, shaded, c.style.small());
                c.cell(table, figure(c, f, "state"), true, shaded, c.style.small());
                c.cell(table, figure(c, f, "ours"), true, shaded, c.style.small());
                c.cell(table, equal ? "=" : c.m("reconcile.differs"), true, shaded,
                        equal ? c.style.small() : c.style.colored(PdfStyle.RED, 8));
            }
            c.add(table);
            for (JsonNode f : company.path("figures")) {
                if (!f.path("equal").asBoolean()) {
                    c.paragraph(c.m("reconcile.why", f.path("column").asText().strip()));
                    f.path("explanations").forEach(e -> c.note("– " + e.asText()));
                }
            }
            c.subheading(c.m("reconcile.quality"));
            PdfPTable quality = c.table(new float[] {3f, 1f}, List.of(c.m("reconcile.index"), c.m("reconcile.state")));
            int q = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = company.path("qualityIndices").fields(); it.hasNext(); q++) {
                Map.Entry<String, JsonNode> e = it.next();
                c.cell(quality, e.getKey(), false, q % 2 == 1, c.style.small());
                c.cell(quality, e.getValue().isNull() ? c.m("france.empty") : c.messages.number(e.getValue().decimalValue(),
                        e.getValue().decimalValue().scale()), true, q % 2 == 1, c.style.small());
            }
            c.add(quality);
            c.note(c.m("reconcile.quality.note"));
        }
        c.paragraph(doc.path("allEqual").asBoolean() ? c.m("reconcile.allEqual") : c.m("reconcile.differences", doc.path("differences").asLong()));
    }

    private static String percentOfRatio(ReportContext c, JsonNode node, String... path) {
        Optional<BigDecimal> ratio = JsonView.decimal(node, path);
        return c.messages.percent(ratio.map(r -> r.movePointRight(2)), 2);
    }

    private static String amount(ReportContext c, JsonNode node, String... path) {
        return JsonView.decimal(node, path).map(v -> c.messages.number(v, 2) + " €").orElse(c.m("france.empty"));
    }

    /** The declaration, step by step, for the CSE. */
    static void declaration(ReportContext c) {
        JsonNode d = c.report;
        c.heading(c.m("declaration.title", d.path("year").asText()));
        c.paragraph(c.m("declaration.intro", d.path("siren").asText().isEmpty() ? c.m("france.nosiren") : d.path("siren").asText(),
                d.path("referencePeriod").asText(), c.m("declaration.basis." + d.path("basis").asText())));
        c.subheading(c.m("declaration.step.obligations"));
        obligations(c, d.path("obligations"));

        JsonNode gaps = d.path("payGaps");
        c.subheading(c.m("declaration.step.ac"));
        PdfPTable ac = c.table(new float[] {2.6f, 1.3f, 1.3f, 1.1f}, List.of(" ", c.m("declaration.women"), c.m("declaration.men"), c.m("declaration.gap")));
        int row = 0;
        for (String key : List.of("meanAnnual", "meanHourly", "medianAnnual", "medianHourly")) {
            boolean shaded = row++ % 2 == 1;
            JsonNode g = gaps.path(key);
            c.cell(ac, c.m("declaration." + key), false, shaded);
            c.cell(ac, amount(c, g, "women"), true, shaded);
            c.cell(ac, amount(c, g, "men"), true, shaded);
            c.cell(ac, percentOfRatio(c, g, "gap"), true, shaded, c.style.strong());
        }
        c.add(ac);
        c.note(c.m("declaration.gap.meaning"));

        JsonNode variable = d.path("variablePay");
        c.subheading(c.m("declaration.step.bde"));
        PdfPTable bde = c.table(new float[] {2.6f, 1.3f, 1.3f, 1.1f}, List.of(" ", c.m("declaration.women"), c.m("declaration.men"), c.m("declaration.gap")));
        row = 0;
        for (String key : List.of("meanAnnual", "meanHourly", "medianAnnual", "medianHourly")) {
            boolean shaded = row++ % 2 == 1;
            JsonNode g = variable.path(key);
            c.cell(bde, c.m("declaration.variable." + key), false, shaded);
            c.cell(bde, amount(c, g, "women"), true, shaded);
            c.cell(bde, amount(c, g, "men"), true, shaded);
            c.cell(bde, percentOfRatio(c, g, "gap"), true, shaded, c.style.strong());
        }
        c.cell(bde, c.m("declaration.variable.share"), false, true);
        c.cell(bde, percentOfRatio(c, variable, "share", "women"), true, true);
        c.cell(bde, percentOfRatio(c, variable, "share", "men"), true, true);
        c.cell(bde, "", true, true);
        c.add(bde);

        c.subheading(c.m("declaration.step.f"));
        for (String basis : List.of("annual", "hourly")) {
            PdfPTable f = c.table(new float[] {1.6f, 1.6f, 1f, 1f, 1.1f}, List.of(c.m("declaration.f." + basis),
                    c.m("declaration.threshold"), c.m("declaration.women"), c.m("declaration.men"), c.m("declaration.womenShare")));
            row = 0;
            for (JsonNode band : d.path("quartiles").path(basis)) {
                boolean shaded = row++ % 2 == 1;
                c.cell(f, c.m("declaration.band", band.path("band").asInt()), false, shaded);
                c.cell(f, band.hasNonNull("threshold") ? amount(c, band, "threshold") : "—", true, shaded);
                c.cell(f, c.messages.integer(band.path("women").asLong()), true, shaded);
                c.cell(f, c.messages.integer(band.path("men").asLong()), true, shaded);
                c.cell(f, percentOfRatio(c, band, "womenShare"), true, shaded);
            }
            c.add(f);
        }
        c.note(c.m("declaration.f.meaning"));

        JsonNode g = d.path("categories");
        c.subheading(c.m("declaration.step.g"));
        if (!d.path("obligations").path("indicators").toString().contains("G")) {
            c.paragraph(c.m("declaration.g.notdue"));
        }
        PdfPTable gt = c.table(new float[] {2.2f, 0.8f, 0.8f, 1f, 1f, 1f, 1f},
                List.of(c.m("declaration.category"), c.m("declaration.women"), c.m("declaration.men"), c.m("declaration.g.baseAnnual"),
                        c.m("declaration.g.variableAnnual"), c.m("declaration.g.baseHourly"), c.m("declaration.g.variableHourly")));
        row = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = g.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean shaded = row++ % 2 == 1;
            c.cell(gt, c.category(e.getKey()), false, shaded);
            if (JsonView.suppressed(e.getValue())) {
                c.cell(gt, c.m("suppressed"), true, shaded, c.style.small());
                for (int i = 0; i < 5; i++) {
                    c.cell(gt, "", true, shaded);
                }
                continue;
            }
            c.cell(gt, c.messages.integer(e.getValue().path("women").asLong()), true, shaded);
            c.cell(gt, c.messages.integer(e.getValue().path("men").asLong()), true, shaded);
            for (String k : List.of("baseAnnual", "variableAnnual", "baseHourly", "variableHourly")) {
                c.cell(gt, c.messages.percent(JsonView.decimal(e.getValue(), k)), true, shaded);
            }
        }
        c.add(gt);
        c.note(c.m("declaration.g.meaning"));

        c.subheading(c.m("declaration.step.alert"));
        JsonNode alert = d.path("alert");
        c.paragraph(alert.path("raised").asBoolean() ? c.m("declaration.alert.raised", alert.path("categories").size()
                + alert.path("suppressedCategories").asLong()) : c.m("declaration.alert.none"));
        JsonNode process = d.path("obligations").path("complianceProcess");
        c.paragraph(process.path("required").asBoolean() ? c.m("declaration.compliance.required",
                d.path("obligations").path("deadlines").path("compliancePathChoice").asText()) : c.m("declaration.compliance.none"));
    }
}

package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/** issue 17: France 2027 through the CLI — paygap's obligations and GIP file, reconcile, declare. */
class France2027CommandsTest {

    @TempDir
    Path dir;

    /** 160 people of one SIREN in 2026: 60 women, 100 men; 20 part-time, 10 hired on 1 July, 2 apprentices; two categories. */
    Path company() throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_year,company,category,contract,hire_date,fte,annual_base_pay,annual_variable_pay\n");
        for (int i = 0; i < 160; i++) {
            boolean woman = i < 60;
            String category = i % 2 == 0 ? "ingenieurs" : "techniciens";
            String contract = i == 5 || i == 150 ? "apprentice" : "permanent";
            String hire = i % 16 == 3 ? "2026-07-01" : "2015-01-01";
            String fte = i % 8 == 1 ? "0.5" : "1";
            int base = (woman ? 30_000 : 33_000) + (i * 137) % 9_000 + (category.equals("ingenieurs") ? 12_000 : 0);
            String variable = i % 3 == 0 ? Integer.toString(1_000 + (i * 53) % 2_000) : "";
            csv.append(i).append(',').append(woman ? 'F' : 'M').append(',').append(1960 + i % 40).append(",123456789,").append(category).append(',').append(contract)
                    .append(',').append(hire).append(',').append(fte).append(',').append(base).append(',').append(variable).append('\n');
        }
        return Files.writeString(dir.resolve("company.csv"), csv);
    }

    @Test
    @DisplayName("issue 17 item 2: fr.obligations is an object for --year (default: the year after the period), workforce by CSS R130-1")
    void obligationsObject() throws IOException {
        CliRun run = CliRun.of("paygap", "--input", company().toString(), "--period", "2026-01-01..2026-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = MixiteJson.mapper().readTree(run.out()).get("fr").get("obligations");
        assertThat(o.get("year").asInt()).isEqualTo(2027);
        // 158 counted (2 apprentices out); 20 at half time (−10); 10 hired on 1 July count in 6 months of 12 (−5)
        assertThat(o.get("workforce").get("average").decimalValue()).isEqualByComparingTo("143.00");
        assertThat(o.get("workforce").get("rule").asText()).contains("R130-1");
        assertThat(o.get("tier").asText()).isEqualTo("annual");
        assertThat(o.get("obligated").asBoolean()).isTrue();
        assertThat(o.get("indicators").toString()).isEqualTo("[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\"]");
        assertThat(o.get("cseOpinion").asBoolean()).isTrue();
        assertThat(o.get("complianceProcess").get("required").asBoolean()).isFalse();
        assertThat(o.get("deadlines").get("declaration").asText()).isEqualTo("2027-06-01");
        assertThat(o.get("inWords").get("en").get(0).asText()).startsWith("In 2027 you must declare A–F by 1 June 2027");

        CliRun in2030 = CliRun.of("paygap", "--input", company().toString(), "--period", "2026-01-01..2026-12-31", "--year", "2030",
                "--format", "text", "--lang", "en");
        assertThat(in2030.exitCode()).as(in2030.err()).isZero();
        assertThat(in2030.out()).contains("In 2030 you must declare A–G by 1 June 2030").contains("compliance process is required");
    }

    @Test
    @DisplayName("issue 17 item 3: --format gip writes the pre-fill file of regulations.md §2 (metadata, 71-column header, one row per SIREN, decimal commas)")
    void gipFile() throws IOException {
        CliRun run = CliRun.of("paygap", "--input", company().toString(), "--period", "2026-01-01..2026-12-31", "--format", "gip");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("destinataire;projet;horodatage;date_debut;date_fin;nb_lignes");
        assertThat(lines[1]).isEqualTo("DGT;DTS;2027-01-01T00:00:00;2026-01-01;2026-12-31;1");
        assertThat(lines[2].split(";", -1)).hasSize(71).contains("Taux_horaire_variable_médian_F ");
        assertThat(lines[3]).startsWith("123456789;143,00;100;60;100;60;");
        assertThat(lines[3]).endsWith(";".repeat(15));
    }

    Path gip(String... extra) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("paygap", "--input", company().toString(),
                "--period", "2026-01-01..2026-12-31", "--format", "gip"));
        args.addAll(java.util.List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.writeString(dir.resolve("prefill.csv"), run.out(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("issue 17 done-when: --format gip read back by reconcile on the same data reports every figure equal (exit 0)")
    void reconcileOwnFile() throws IOException {
        Path prefill = gip();
        CliRun run = CliRun.of("reconcile", "--input", company().toString(), "--gip", prefill.toString(), "--period", "2026-01-01..2026-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SIREN 123456789 (line 4): 55 figures compared, 0 differ").contains("All figures equal.")
                .contains("the state's annual figures match full-time-equivalent pay");
        CliRun json = CliRun.of("reconcile", "--input", company().toString(), "--gip", prefill.toString(), "--period", "2026-01-01..2026-12-31",
                "--format", "json");
        JsonNode doc = MixiteJson.mapper().readTree(json.out());
        assertThat(doc.get("allEqual").asBoolean()).isTrue();
        assertThat(doc.get("companies").get(0).get("annualBasis").get("matches").asText()).isEqualTo("fte");
        assertThat(doc.get("companies").get(0).get("qualityIndices")).hasSize(15);
    }

    @Test
    @DisplayName("issue 17: one figure changed in the file → exit 1, exactly that figure reported, with what explains it (counts, measured)")
    void reconcileOneChanged() throws IOException {
        Path prefill = gip("--basis", "actual");
        String[] lines = Files.readString(prefill).split("\n");
        String[] row = lines[3].split(";", -1);
        assertThat(row[3]).isEqualTo("60"); // Effectif_F_rem_annuelle_globale
        row[3] = "62";
        lines[3] = String.join(";", row);
        Files.writeString(prefill, String.join("\n", lines) + "\n");
        Path pdf = dir.resolve("reconciliation.pdf");
        CliRun run = CliRun.of("reconcile", "--input", company().toString(), "--gip", prefill.toString(), "--period", "2026-01-01..2026-12-31",
                "--format", "json", "--pdf", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.get("differences").asInt()).isEqualTo(1);
        JsonNode company = doc.get("companies").get(0);
        assertThat(company.get("annualBasis").get("matches").asText()).isEqualTo("actual");
        JsonNode differing = null;
        for (JsonNode f : company.get("figures")) {
            if (!f.get("equal").asBoolean()) {
                differing = f;
            }
        }
        assertThat(differing.get("column").asText()).isEqualTo("Effectif_F_rem_annuelle_globale");
        assertThat(differing.get("explanations").get(0).asText()).isEqualTo("the state counts 62, we count 60 (difference -2)");
        assertThat(differing.get("explanations").toString()).contains("2 apprentices").contains("10 part-year").doesNotContain("annual basis");
        byte[] first = Files.readAllBytes(pdf);
        assertThat(new String(first, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        CliRun again = CliRun.of("reconcile", "--input", company().toString(), "--gip", prefill.toString(), "--period", "2026-01-01..2026-12-31",
                "--pdf", pdf.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(pdf)).as("deterministic PDF").isEqualTo(first);
    }

    @Test
    @DisplayName("issue 17 bad input (exit 2, line and column named, nothing written): a missing column, a non-numeric field, the wrong period, a SIREN not in the data")
    void reconcileBadInput() throws IOException {
        Path prefill = gip();
        String text = Files.readString(prefill);
        Path pdf = dir.resolve("never.pdf");
        Path missing = Files.writeString(dir.resolve("missing.csv"), text.replace(";Proportion_variable_H;", ";Proportion_variable_Hx;"));
        CliRun a = CliRun.of("reconcile", "--input", company().toString(), "--gip", missing.toString(), "--pdf", pdf.toString());
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("missing.csv:3:34: unknown column 'Proportion_variable_Hx'");
        String[] lines = text.split("\n");
        Path nonNumeric = Files.writeString(dir.resolve("nonnum.csv"), lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n"
                + lines[3].replaceFirst(";143,00;", ";cent;") + "\n");
        CliRun b = CliRun.of("reconcile", "--input", company().toString(), "--gip", nonNumeric.toString(), "--pdf", pdf.toString());
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("nonnum.csv:4:2: Effectif_RCD: 'cent' is not a number");
        CliRun c = CliRun.of("reconcile", "--input", company().toString(), "--gip", prefill.toString(), "--period", "2025-01-01..2025-12-31",
                "--pdf", pdf.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("prefill.csv:2:4: date_debut 2026-01-01 is not the start of the data's reference period");
        CliRun d = CliRun.of("reconcile", "--input", company().toString(), "--gip", prefill.toString(), "--period", "2026-01-01..2026-12-31",
                "--siren", "111111111", "--pdf", pdf.toString());
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err()).contains("SIREN 111111111 is not in the file");
        Path other = Files.writeString(dir.resolve("other.csv"), text.replace("\n123456789;", "\n987654321;"));
        CliRun e = CliRun.of("reconcile", "--input", company().toString(), "--gip", other.toString(), "--period", "2026-01-01..2026-12-31");
        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.err()).contains("other.csv:4:1: SIREN 987654321 is not in the data");
        assertThat(pdf).doesNotExist();
    }

    @Test
    @DisplayName("issue 17 item 5: declare --year N --out DIR writes declaration.json (the steps) and a French declaration.pdf, byte-identical on a rerun")
    void declare() throws IOException {
        Path out = dir.resolve("decl");
        CliRun run = CliRun.of("declare", "--input", company().toString(), "--period", "2026-01-01..2026-12-31", "--year", "2030",
                "--out", out.toString(), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("In 2030 you must declare A–G by 1 June 2030");
        JsonNode doc = MixiteJson.mapper().readTree(out.resolve("declaration.json").toFile());
        assertThat(doc.get("year").asInt()).isEqualTo(2030);
        assertThat(doc.get("siren").asText()).isEqualTo("123456789");
        assertThat(doc.get("obligations").get("indicators")).hasSize(7);
        assertThat(doc.get("payGaps").get("meanAnnual").get("gap").decimalValue()).isPositive();
        assertThat(doc.get("quartiles").get("annual")).hasSize(4);
        long counted = 0;
        for (JsonNode band : doc.get("quartiles").get("annual")) {
            counted += band.get("women").asLong() + band.get("men").asLong();
        }
        assertThat(counted).isEqualTo(160);
        assertThat(doc.get("categories").fieldNames()).toIterable().containsExactly("ingenieurs", "techniciens");
        assertThat(doc.get("alert").get("raised").asBoolean()).isTrue();
        assertThat(doc.get("compliance").get("required").asBoolean()).isTrue();
        assertThat(doc.get("compliance").get("choiceBy").asText()).isEqualTo("2031-01-01");
        byte[] pdf = Files.readAllBytes(out.resolve("declaration.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        byte[] json = Files.readAllBytes(out.resolve("declaration.json"));
        CliRun again = CliRun.of("declare", "--input", company().toString(), "--period", "2026-01-01..2026-12-31", "--year", "2030",
                "--out", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllBytes(out.resolve("declaration.pdf"))).isEqualTo(pdf);
        assertThat(Files.readAllBytes(out.resolve("declaration.json"))).isEqualTo(json);
    }

    @Test
    @DisplayName("issue 17 item 5: declare with an unknown --siren fails (exit 2) and writes nothing")
    void declareNothingHalfWritten() throws IOException {
        Path out = dir.resolve("none");
        CliRun run = CliRun.of("declare", "--input", company().toString(), "--siren", "111111111", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--siren 111111111 is not in the data");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("issue 17: ./mixite demo shows France 2027 — the pre-fill file of the demo data, its reconciliation (every figure equal) and the declaration")
    void demoShowsIt() throws IOException {
        Path out = dir.resolve("demo");
        CliRun run = CliRun.of("demo", "--out", out.toString(), "--lang", "fr");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).contains("France 2027: prefill-gip.csv, reconciliation (every figure equal) and declaration 2027");
        assertThat(Files.readString(out.resolve("prefill-gip.csv"))).startsWith("destinataire;projet;horodatage;date_debut;date_fin;nb_lignes\n");
        assertThat(MixiteJson.mapper().readTree(out.resolve("reconciliation.json").toFile()).get("allEqual").asBoolean()).isTrue();
        assertThat(MixiteJson.mapper().readTree(out.resolve("declaration.json").toFile()).get("year").asInt()).isEqualTo(2027);
        assertThat(out.resolve("declaration.pdf")).exists();
        assertThat(out.resolve("reconciliation.pdf")).exists();
        JsonNode report = MixiteJson.mapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.toString()).contains("\"inWords\"");
    }
}

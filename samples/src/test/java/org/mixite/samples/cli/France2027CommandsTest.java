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
}

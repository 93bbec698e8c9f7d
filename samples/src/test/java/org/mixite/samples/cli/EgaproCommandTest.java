package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mixite.json.MixiteJson;

/** issue 4: the official examples through the CLI, and the records path. */
class EgaproCommandTest {

    private static final Path EXAMPLES = Path.of("../diversity-json/src/test/resources/egapro-examples");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01-official-lt250-ex1.json", "28-official-lt250-ex28.json", "31-official-gt250-ex1.json"})
    @DisplayName("mixite egapro --input <official example> prints the expected output")
    void officialExamples(String name) throws IOException {
        Path example = EXAMPLES.resolve(name);
        CliRun run = CliRun.of("egapro", "--input", example.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode output = MixiteJson.mapper().readTree(run.out());
        JsonNode expected = MixiteJson.mapper().readTree(example.toFile()).get("expected");
        assertSubset(expected, output, "");
    }

    @Test
    @DisplayName("egapro.md §4: a form exported from the government simulator (\"\" fields, null rates, no averages when not calculable) goes through as it is")
    void officialFormExport() throws IOException {
        Path export = Path.of("../diversity-json/src/test/resources/egapro-official-form/export-251-empty-fields.json");
        CliRun run = CliRun.of("egapro", "--input", export.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertSubset(MixiteJson.mapper().readTree(export.toFile()).get("expected"), MixiteJson.mapper().readTree(run.out()), "");
    }

    private static void assertSubset(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertThat(actual.has(e.getKey())).as(path + "." + e.getKey()).isTrue();
                assertSubset(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
            }
        } else if (expected.isNumber()) {
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
            // written as the example writes it: 100, not 100.0 (egapro.md §4, one decimal where rounded)
            assertThat(written(actual)).as(path).isEqualTo(written(expected));
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static String written(JsonNode number) {
        return number.isBigDecimal() ? number.decimalValue().toPlainString() : number.asText();
    }

    @Test
    @DisplayName("--format text prints a French summary with value, points and out-of per indicator")
    void textFormat() {
        CliRun run = CliRun.of("egapro", "--input", EXAMPLES.resolve("01-official-lt250-ex1.json").toString(), "--format", "text");
        assertThat(run.out()).contains("1. Écart de rémunération : écart 6,1 %, en faveur des femmes — 33/40 points")
                .contains("Index : 86/100");
    }

    @Test
    @DisplayName("§3 obligations in the text summary: below 75 both corrective measures and progress objectives; 75-84 objectives only")
    void textObligations(@TempDir Path dir) throws IOException {
        // example 1 with 2et3 at 38 of 38 women raised and 0 of 63 men: raw −1 → 0 points, favours women like
        // indicator 1 (no correction): 33 + 0 + 5 = 38 of 85 → index 45
        String text = Files.readString(EXAMPLES.resolve("01-official-lt250-ex1.json"))
                .replace("\"nombreFemmesAugmentees\": 12", "\"nombreFemmesAugmentees\": 38")
                .replace("\"nombreHommesAugmentes\": 17", "\"nombreHommesAugmentes\": 0");
        Path file = Files.writeString(dir.resolve("low.json"), text);
        CliRun low = CliRun.of("egapro", "--input", file.toString(), "--format", "text");
        assertThat(low.exitCode()).as(low.err()).isZero();
        assertThat(low.out()).contains("Index : 45/100").contains("Sous 75 : mesures correctives")
                .contains("Sous 85 : objectifs de progression");
        // example 1 as published: 86, neither
        CliRun high = CliRun.of("egapro", "--input", EXAMPLES.resolve("01-official-lt250-ex1.json").toString(), "--format", "text");
        assertThat(high.out()).contains("Index : 86/100").doesNotContain("Sous 75").doesNotContain("Sous 85");
    }

    @Test
    @DisplayName("records input: prints the derived aggregates (entree) and the index")
    void recordsInput(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_year,category,annual_base_pay,raised\n");
        for (int i = 0; i < 60; i++) {
            csv.append("E").append(i).append(',').append(i % 2 == 0 ? "F" : "M").append(",1985,ic,")
                    .append(i % 2 == 0 ? 50_000 : 52_000).append(',').append(i % 3 == 0).append('\n');
        }
        Path file = Files.writeString(dir.resolve("e.csv"), csv);
        CliRun run = CliRun.of("egapro", "--input", file.toString(), "--period", "2025-01-01..2025-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode output = MixiteJson.mapper().readTree(run.out());
        assertThat(output.get("entree").get("tranche").asText()).isEqualTo("50-250");
        assertThat(output.get("entree").get("remunerations")).hasSize(16);
        // one group of 30 women and 30 men: gap (52000 − 50000) / 52000 = 3.85% → 0 after the 5-point threshold
        assertThat(output.get("indicateurs").get("remunerations").get("ecart").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(output.get("indicateurs").get("remunerations").get("favorable").asText()).isEqualTo("egalite");
    }

    @Test
    @DisplayName("§5 loi Rixain from records: members counted on the period's last day, judged on 1 March after")
    void rixainMembersOnPeriodEnd(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_year,category,annual_base_pay,management_level,hire_date,exit_date\n");
        for (int i = 0; i < 60; i++) {
            // executives: E0 (F, left 2026-01-31, after the period), E1, E2 (F), E3..E9 (M)
            String level = i < 10 ? "executive" : "none";
            String exit = i == 0 ? "2026-01-31" : "";
            csv.append("E").append(i).append(',').append(i < 3 || i >= 10 && i % 2 == 0 ? "F" : "M")
                    .append(",1975,ic,60000,").append(level).append(",2010-01-01,").append(exit).append('\n');
        }
        // an executive man hired after the period does not count
        csv.append("LATE,M,1975,ic,60000,executive,2026-01-15,\n");
        Path file = Files.writeString(dir.resolve("e.csv"), csv);
        CliRun run = CliRun.of("egapro", "--input", file.toString(), "--period", "2025-01-01..2025-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rixain = MixiteJson.mapper().readTree(run.out()).get("rixain");
        assertThat(rixain.get("date").asText()).isEqualTo("2026-03-01");
        assertThat(rixain.get("seuil").decimalValue()).isEqualByComparingTo("30");
        assertThat(rixain.at("/cadresDirigeants/membres").asInt()).isEqualTo(10);
        assertThat(rixain.at("/cadresDirigeants/femmes").asInt()).isEqualTo(3);
        assertThat(rixain.at("/cadresDirigeants/partFemmes").decimalValue()).isEqualByComparingTo("30.0");
    }

    @Test
    @DisplayName("§5 loi Rixain applies from 1,000 employees: a 120-person company is non_assujettie, the contract's members unchanged")
    void rixainNotSubjectBelowOneThousand(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_year,category,annual_base_pay,management_level\n");
        for (int i = 0; i < 120; i++) {
            // executives: 2 women and 8 men (20%), which a company of 1,000 or more would fail
            String level = i < 10 ? "executive" : "none";
            csv.append("E").append(i).append(',').append(i < 2 || i >= 10 && i % 2 == 0 ? "F" : "M")
                    .append(",1975,ic,60000,").append(level).append('\n');
        }
        Path file = Files.writeString(dir.resolve("e.csv"), csv);
        CliRun run = CliRun.of("egapro", "--input", file.toString(), "--period", "2025-01-01..2025-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode output = MixiteJson.mapper().readTree(run.out());
        JsonNode rixain = output.get("rixain");
        assertThat(rixain.get("conformite").asText()).isEqualTo("non_assujettie");
        assertThat(rixain.at("/cadresDirigeants/partFemmes").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(rixain.at("/cadresDirigeants/conforme").isNull()).isTrue();
        // egapro.md §4: the contract's members are all there, with the derived input
        for (String member : new String[] {"indicateurs", "points", "pointsMax", "calculable", "index", "entree"}) {
            assertThat(output.has(member)).as(member).isTrue();
        }
        assertThat(output.get("indicateurs").fieldNames()).toIterable()
                .contains("remunerations", "augmentationsEtPromotions", "congesMaternite", "hautesRemunerations");
    }

    @Test
    @DisplayName("bad aggregated input: one line naming the JSON path, exit 2")
    void badAggregatedInput(@TempDir Path dir) throws IOException {
        String text = Files.readString(EXAMPLES.resolve("01-official-lt250-ex1.json")).replaceFirst("\"femmes\": 0", "\"femmes\": -3");
        Path file = Files.writeString(dir.resolve("bad.json"), text);
        CliRun run = CliRun.of("egapro", "--input", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("remunerations[0].femmes: must be 0 or more (got -3)");
    }
}

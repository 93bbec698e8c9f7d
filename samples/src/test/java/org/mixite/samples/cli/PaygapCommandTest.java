package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/** issue 11: the paygap document through the CLI. */
class PaygapCommandTest {

    @TempDir
    Path dir;

    private Path file() throws IOException {
        // women 10, 12, 12, 20 and men 12, 15, 25, 30, 40 per hour; one X; two categories
        String csv = """
                id,sex,birth_year,category,hourly_pay,annual_base_pay,bonus_12m
                1,F,1980,a,10,18200,100
                2,F,1981,a,12,21840,
                3,F,1982,b,12,21840,300
                4,F,1983,b,20,36400,
                5,M,1984,a,12,21840,200
                6,M,1985,a,15,27300,400
                7,M,1986,b,25,45500,600
                8,M,1987,b,30,54600,
                9,M,1988,b,40,72800,
                10,X,1989,b,22,40040,
                """;
        return Files.writeString(dir.resolve("pay.csv"), csv);
    }

    @Test
    @DisplayName("the document has the issue's members, with one-decimal figures and nulls")
    void document() throws IOException {
        CliRun run = CliRun.of("paygap", "--input", file().toString(), "--period", "2025-01-01..2025-12-31", "--min-cell", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.get("uk").get("meanHourlyGap").decimalValue()).isEqualByComparingTo("44.7");
        assertThat(doc.get("uk").get("medianHourlyGap").decimalValue()).isEqualByComparingTo("52.0");
        // bonuses: women 100, 300 (mean 200, median 200); men 200, 400, 600 (mean 400, median 400)
        assertThat(doc.get("uk").get("meanBonusGap").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(doc.get("uk").get("bonusProportionFemale").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(doc.get("uk").get("quartiles")).hasSize(4);
        assertThat(doc.get("eu").get("categoryGaps").has("a")).isTrue();
        assertThat(doc.get("fr").get("A").get("hourly").decimalValue()).isEqualByComparingTo("44.7");
        assertThat(doc.get("fr").get("F").get("annual")).hasSize(4);
        assertThat(doc.get("excluded").get("unknownSex").asInt()).isEqualTo(1);
        assertThat(doc.get("eu").get("jointAssessmentRequired").isBoolean()).isTrue();
    }

    @Test
    @DisplayName("default k = 5: small category cells show \"suppressed\"")
    void suppressedByDefault() throws IOException {
        CliRun run = CliRun.of("paygap", "--input", file().toString(), "--period", "2025-01-01..2025-12-31");
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.get("eu").get("categoryGaps").get("a").asText()).isEqualTo("suppressed");
        assertThat(doc.get("fr").get("G").get("b").asText()).isEqualTo("suppressed");
        assertThat(doc.get("suppression").get("suppressed").size()).isPositive();
    }

    @Test
    @DisplayName("Art. 10 with k = 5: suppressed categories over 5% are counted, never named; the joint assessment is still required")
    void art10_suppressedCategoriesCountedNotNamed() throws IOException {
        // a: women 10, 12 (mean 11), men 12, 15 (13.5) → 18.5%; b: women 12, 20 (16), men 25, 30, 40 (31.67) → 49.5%.
        // Both hold fewer than 5 women: both suppressed, both over 5%.
        CliRun run = CliRun.of("paygap", "--input", file().toString(), "--period", "2025-01-01..2025-12-31");
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.get("eu").get("categoriesAtOrAboveThreshold")).isEmpty();
        assertThat(doc.get("eu").get("suppressedCategoriesAtOrAboveThreshold").asInt()).isEqualTo(2);
        assertThat(doc.get("eu").get("jointAssessmentRequired").asBoolean()).isTrue();
        assertThat(doc.get("fr").get("alertCategories")).isEmpty();
        assertThat(doc.get("fr").get("suppressedAlertCategories").asInt()).isEqualTo(2);
        assertThat(doc.get("fr").get("alert").asBoolean()).isTrue();
        // k = 1: named.
        JsonNode open = MixiteJson.mapper().readTree(CliRun.of("paygap", "--input", file().toString(),
                "--period", "2025-01-01..2025-12-31", "--min-cell", "1").out());
        assertThat(open.get("eu").get("categoriesAtOrAboveThreshold").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(open.get("eu").get("categoryGaps").get("a").decimalValue()).isEqualByComparingTo("18.5");
        assertThat(open.get("eu").get("categoryGaps").get("b").decimalValue()).isEqualByComparingTo("49.5");
    }
}

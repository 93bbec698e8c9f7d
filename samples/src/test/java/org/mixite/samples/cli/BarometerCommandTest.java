package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.ContributionJson;
import org.mixite.json.MixiteJson;

/** Issue 18 through the CLI: members contribute, the federation builds the barometer, bad files are refused by name. */
class BarometerCommandTest {

    @TempDir
    Path dir;

    private static final String HEADER = "id,sex,birth_year,company,job_code,hire_date,exit_date,exit_reason,work_postal_code\n";

    /** A member's export: women and men in technical digital and other jobs, one hire and one exit in the year. */
    private Path export(String company, int women, int men, String postalCode) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < women + men; i++) {
            csv.append(company).append('-').append(i).append(',').append(i < women ? "F" : "M").append(",1985,").append(company)
                    .append(',').append(i % 3 == 0 ? "542a" : "388a").append(',').append(i == 0 ? "2025-03-01" : "2018-01-01").append(',')
                    .append(i == 1 ? "2025-06-30,resignation" : ",").append(',').append(postalCode).append('\n');
        }
        return Files.writeString(dir.resolve(company + ".csv"), csv);
    }

    private Path contribute(String company, int women, int men, String postalCode, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path out = folder.resolve(company + ".json");
        CliRun run = CliRun.of("contribute", "--input", export(company, women, men, postalCode).toString(), "--period",
                "2025-01-01..2025-12-31", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    @Test
    @DisplayName("contribute writes counts only, with the member from the company column; barometer merges and shows women's shares")
    void contributeAndMerge() throws IOException {
        Path y2025 = dir.resolve("2025");
        contribute("acme", 10, 30, "31000", y2025);
        contribute("globex", 12, 28, "75011", y2025);
        contribute("initech", 8, 22, "69003", y2025);
        String contribution = Files.readString(y2025.resolve("acme.json"));
        assertThat(contribution).contains("\"member\" : \"acme\"").doesNotContain("acme-1").doesNotContain("31000").doesNotContain("1985");
        CliRun run = CliRun.of("barometer", "--contributions", y2025.toString(), "--out", dir.resolve("out").toString(), "--member", "acme",
                "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(dir.resolve("out/barometer.json").toFile());
        assertThat(doc.at("/total/female").asLong()).isEqualTo(27); // one woman gone in June in each member
        assertThat(doc.at("/total/male").asLong()).isEqualTo(80);
        assertThat(doc.at("/contributions/members").asInt()).isEqualTo(3);
        // each region holds one member: fewer than 3 contributors
        assertThat(doc.at("/breakdowns/region/76").asText()).isEqualTo("suppressed");
        assertThat(doc.at("/suppressedCells/breakdowns.region.76").asText()).isEqualTo("few_contributors");
        assertThat(Files.size(dir.resolve("out/barometer.pdf"))).isPositive();
        assertThat(Files.readString(dir.resolve("out/placement-acme.json"))).contains("\"rank\"").doesNotContain("globex");
    }

    @Test
    @DisplayName("a damaged file, a duplicated member and another period are refused naming the file; --skip-invalid lists them")
    void badContributions() throws IOException {
        Path y2025 = dir.resolve("2025");
        contribute("acme", 10, 30, "31000", y2025);
        contribute("globex", 12, 28, "31000", y2025);
        Path initech = contribute("initech", 8, 22, "31000", y2025);
        Path umbrella = contribute("umbrella", 9, 21, "31000", y2025);
        // damaged: a count changed by hand
        ObjectNode damaged = (ObjectNode) MixiteJson.mapper().readTree(initech.toFile());
        ((ObjectNode) damaged.get("stock").get("total")).put("female", 99);
        Files.writeString(initech, MixiteJson.toString(damaged));
        // duplicated member: umbrella's file copied under another name
        Files.copy(umbrella, y2025.resolve("umbrella-copy.json"));
        // another period
        Path other = y2025.resolve("wayne.json");
        CliRun old = CliRun.of("contribute", "--input", export("wayne", 5, 20, "31000").toString(), "--period", "2024-01-01..2024-12-31",
                "--out", other.toString());
        assertThat(old.exitCode()).as(old.err()).isZero();

        CliRun refused = CliRun.of("barometer", "--contributions", y2025.toString(), "--out", dir.resolve("out").toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(refused.err()).contains("3 contributions refused").contains("initech.json").contains("digest does not match")
                .contains("umbrella-copy.json").contains("already contributed").contains("wayne.json").contains("period 2024-01-01..2024-12-31");
        assertThat(dir.resolve("out/barometer.json")).doesNotExist();

        CliRun skipped = CliRun.of("barometer", "--contributions", y2025.toString(), "--out", dir.resolve("out").toString(), "--skip-invalid");
        assertThat(skipped.exitCode()).as(skipped.err()).isEqualTo(ExitCodes.DATA_REJECTED);
        JsonNode doc = MixiteJson.mapper().readTree(dir.resolve("out/barometer.json").toFile());
        assertThat(doc.at("/contributions/members").asInt()).isEqualTo(3);
        assertThat(doc.at("/contributions/leftOut")).hasSize(3);
        assertThat(doc.at("/contributions/leftOut/0/file").asText()).endsWith("initech.json");
    }

    @Test
    @DisplayName("a contribution of another Mixité major version is refused, even with a valid digest")
    void otherMajorVersion() throws IOException {
        Path y2025 = dir.resolve("2025");
        Path acme = contribute("acme", 10, 30, "31000", y2025);
        contribute("globex", 12, 28, "31000", y2025);
        contribute("initech", 8, 22, "31000", y2025);
        ObjectNode doc = (ObjectNode) MixiteJson.mapper().readTree(acme.toFile());
        doc.put("mixiteVersion", "7.0.0");
        doc.put("digest", ContributionJson.digest(doc));
        Files.writeString(acme, MixiteJson.toString(doc));
        CliRun run = CliRun.of("barometer", "--contributions", y2025.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("acme.json").contains("Mixité 7.0.0").contains("another major version");
    }
}

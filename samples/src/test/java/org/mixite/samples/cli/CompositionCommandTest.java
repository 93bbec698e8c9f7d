package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/** issue 5: the composition document through the CLI, for one company, a federation file and one file per company. */
class CompositionCommandTest {

    @TempDir
    Path dir;

    /** One company's rows: tech women/men (388a), other women/men (542a/621a), the first hired in 2025, the second gone in 2025. */
    private static void rows(StringBuilder csv, String company, String site, int techF, int techM, int otherF, int otherM) {
        int[] counts = {techF, techM, otherF, otherM};
        String[] sexes = {"F", "M", "F", "M"};
        String[] jobs = {"388a", "388a", "542a", "621a"};
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < counts[g]; i++) {
                csv.append(company).append('-').append(g).append('-').append(i).append(',').append(sexes[g]).append(",1985,")
                        .append(company).append(',').append(site).append(',').append(jobs[g]).append(',')
                        .append(i == 0 ? "2025-03-01" : "2015-01-01").append(',').append(i == 1 ? "2025-09-30,resignation" : ",")
                        .append(',').append(i == 2).append('\n');
            }
        }
    }

    private static final String HEADER = "id,sex,birth_year,company,establishment,job_code,hire_date,exit_date,exit_reason,promoted\n";

    private Path federation() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        rows(csv, "acme", "hq", 3, 12, 10, 8);
        rows(csv, "globex", "hq", 5, 15, 9, 9);
        rows(csv, "initech", "lab", 2, 10, 12, 6);
        return Files.writeString(dir.resolve("federation.csv"), csv);
    }

    @Test
    @DisplayName("the issue's members are present with their values, by hand: total, jobFamilies, flows")
    void requiredMembers() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        rows(csv, "acme", "hq", 3, 12, 10, 8);
        CliRun run = CliRun.of("composition", "--input", Files.writeString(dir.resolve("acme.csv"), csv).toString(), "--min-cell", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        // 13 women, 20 men: 39.4%
        assertThat(doc.at("/total/female").asLong()).isEqualTo(13);
        assertThat(doc.at("/total/male").asLong()).isEqualTo(20);
        assertThat(doc.at("/total/unknown").asLong()).isZero();
        assertThat(doc.at("/total/womenShare").decimalValue()).isEqualByComparingTo("39.4");
        // technical digital: 3 women, 12 men = 20.0%; digitised empty → null share
        assertThat(doc.at("/jobFamilies/technical_digital/female").asLong()).isEqualTo(3);
        assertThat(doc.at("/jobFamilies/technical_digital/male").asLong()).isEqualTo(12);
        assertThat(doc.at("/jobFamilies/technical_digital/womenShare").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(doc.at("/jobFamilies/digitised/female").asLong()).isZero();
        assertThat(doc.at("/jobFamilies/digitised/womenShare").isNull()).isTrue();
        assertThat(doc.at("/jobFamilies/other/female").asLong()).isEqualTo(10);
        // each of the 4 groups has one hire (i = 0), one exit (i = 1) and one promotion (i = 2)
        for (String flow : List.of("hires", "exits", "promotions")) {
            assertThat(doc.at("/flows/" + flow + "/female").asLong()).as(flow).isEqualTo(2);
            assertThat(doc.at("/flows/" + flow + "/male").asLong()).as(flow).isEqualTo(2);
        }
        assertThat(doc.at("/method/period").asText()).isEqualTo("2025-01-01..2025-12-31");
        assertThat(doc.at("/benchmarks/0/source").asText()).isNotEmpty();
    }

    @Test
    @DisplayName("federation file: totals, positions of 3 companies, and suppressed cells visible with k = 5")
    void federationFile() throws IOException {
        CliRun run = CliRun.of("composition", "--input", federation().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.at("/total/female").asLong()).isEqualTo(3 + 10 + 5 + 9 + 2 + 12);
        assertThat(doc.at("/federation/companies").asInt()).isEqualTo(3);
        assertThat(doc.at("/federation/positions/women_share/companies")).hasSize(3);
        // issue 5: each company's position, not its own figure: acme 13/33, globex 14/38, initech 14/30 women
        for (JsonNode position : doc.at("/federation/positions/women_share/companies")) {
            assertThat(position.has("womenShare")).as(position.toString()).isFalse();
            assertThat(position.fieldNames()).toIterable().containsExactly("company", "rank", "quartile", "percentile");
        }
        assertThat(doc.at("/federation/positions/women_share/companies/0/company").asText()).isEqualTo("acme");
        assertThat(doc.at("/federation/positions/women_share/companies/0/rank").asInt()).isEqualTo(2); // 39.4%: 36.8 < 39.4 < 46.7
        assertThat(doc.at("/federation/positions/women_share/companies/2/quartile").asInt()).isEqualTo(3);
        CliRun text = CliRun.of("composition", "--input", dir.resolve("federation.csv").toString(), "--format", "text");
        assertThat(text.out()).contains("acme: rank 2 of 3").doesNotContain("39.4% women, rank");
        // 'hq' pools 2 companies and 'lab' 1: both hidden, so that no company's site can be singled out
        assertThat(doc.at("/breakdowns/establishment/lab").asText()).isEqualTo("suppressed");
        assertThat(doc.at("/breakdowns/establishment/hq").asText()).isEqualTo("suppressed");
        // families pool all 3 companies: shown; 3 + 5 + 2 women in technical digital jobs
        assertThat(doc.at("/jobFamilies/technical_digital/female").asLong()).isEqualTo(10);
        // two women leave each company (i = 1 in both women's groups): totals never suppressed
        assertThat(doc.at("/flows/exits/female").asLong()).isEqualTo(6);
    }

    @Test
    @DisplayName("issue 5 federation of 2 companies: the totals and flow totals are withheld (each could subtract its own), in JSON and text")
    void twoCompaniesWithholdTotals() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        rows(csv, "acme", "hq", 3, 12, 10, 8);
        rows(csv, "globex", "hq", 5, 15, 9, 9);
        Path file = Files.writeString(dir.resolve("two.csv"), csv);
        CliRun run = CliRun.of("composition", "--input", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.at("/total").asText()).isEqualTo("suppressed");
        for (String flow : List.of("hires", "exits", "promotions")) {
            assertThat(doc.at("/flows/" + flow).asText()).as(flow).isEqualTo("suppressed");
        }
        assertThat(doc.at("/flows/rates/hireRateFemale").asText()).isEqualTo("suppressed");
        assertThat(doc.at("/suppressedCells/total").asText()).isEqualTo("few_contributors");
        assertThat(run.err()).contains("total withheld");
        CliRun text = CliRun.of("composition", "--input", file.toString(), "--format", "text");
        assertThat(text.out()).contains("total: suppressed (fewer than 3 companies)", "hires: suppressed (fewer than 3 companies)");
    }

    @Test
    @DisplayName("one file per company without a company column: the files are the companies")
    void filePerCompany() throws IOException {
        String header = "id,sex,birth_year,job_code,hire_date\n";
        StringBuilder a = new StringBuilder(header);
        StringBuilder b = new StringBuilder(header);
        StringBuilder c = new StringBuilder(header);
        for (int i = 0; i < 10; i++) {
            a.append("a").append(i).append(',').append(i < 2 ? "F" : "M").append(",1980,388a,2020-01-01\n");
            b.append("b").append(i).append(',').append(i < 5 ? "F" : "M").append(",1980,388a,2020-01-01\n");
            c.append("c").append(i).append(',').append(i < 3 ? "F" : "M").append(",1980,388a,2025-01-01\n");
        }
        CliRun run = CliRun.of("composition", "--input", Files.writeString(dir.resolve("a.csv"), a).toString(),
                Files.writeString(dir.resolve("b.csv"), b).toString(), Files.writeString(dir.resolve("c.csv"), c).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode companies = MixiteJson.mapper().readTree(run.out()).at("/federation/positions/women_share/companies");
        assertThat(companies).hasSize(3);
        assertThat(companies.get(0).get("company").asText()).isEqualTo("a.csv");
        assertThat(companies.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(companies.get(1).get("rank").asInt()).isEqualTo(3);
        assertThat(companies.get(2).get("rank").asInt()).isEqualTo(2);
    }

    private Path shipped(String name) throws IOException {
        try (var in = CompositionCommandTest.class.getResourceAsStream("/org/mixite/samples/demo/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    @DisplayName("the demo data: the members are there; same input, byte-identical output; text format")
    void demoDeterministic() throws IOException {
        Path demo = shipped("demo-2025.csv");
        CliRun first = CliRun.of("composition", "--input", demo.toString());
        CliRun second = CliRun.of("composition", "--input", demo.toString());
        assertThat(first.exitCode()).as(first.err()).isIn(ExitCodes.OK, ExitCodes.DATA_REJECTED);
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode doc = MixiteJson.mapper().readTree(first.out());
        for (String pointer : List.of("/total/female", "/total/male", "/total/unknown", "/total/womenShare", "/jobFamilies/technical_digital",
                "/jobFamilies/digitised", "/jobFamilies/other", "/flows/hires/female", "/flows/hires/male", "/flows/exits/female",
                "/flows/exits/male", "/flows/promotions/female", "/flows/promotions/male")) {
            assertThat(doc.at(pointer).isMissingNode()).as(pointer).isFalse();
        }
        CliRun text = CliRun.of("composition", "--input", demo.toString(), "--format", "text");
        assertThat(text.out()).contains("technical_digital", "pipeline manager", "hires:");
    }

    @Test
    @DisplayName("the shipped federation file: federation totals, company positions, suppression visible")
    void shippedFederation() throws IOException {
        CliRun run = CliRun.of("composition", "--input", shipped("federation-2025.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.DATA_REJECTED);
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.at("/federation/companies").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(doc.at("/federation/positions/women_share/companies").size()).isGreaterThanOrEqualTo(3);
        assertThat(doc.at("/total/womenShare").isNumber()).isTrue();
        // every breakdown cell there pools the 3 companies and at least 5 people: shown at the default k
        assertThat(doc.at("/breakdowns/managementLevel/board/female").isNumber()).isTrue();
        // with k = 10 the board (fewer than 10 people) is hidden, and the smallest other level with it
        JsonNode strict = MixiteJson.mapper().readTree(CliRun.of("composition", "--input", dir.resolve("federation-2025.csv").toString(),
                "--min-cell", "10").out());
        assertThat(strict.at("/breakdowns/managementLevel/board").asText()).isEqualTo("suppressed");
        assertThat(strict.at("/breakdowns/managementLevel/executive").asText()).isEqualTo("suppressed");
        assertThat(strict.at("/pipeline/3/womenShare").asText()).isEqualTo("suppressed");
        assertThat(strict.at("/total/female").asLong()).isEqualTo(doc.at("/total/female").asLong());
    }

    @Test
    @DisplayName("no hire or exit date and no --period: an error asking for --period, not today's year")
    void noDateNoPeriod() throws IOException {
        Path file = Files.writeString(dir.resolve("nodates.csv"), "id,sex,birth_year\n1,F,1980\n2,M,1981\n");
        CliRun run = CliRun.of("composition", "--input", file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--period");
        CliRun ok = CliRun.of("composition", "--input", file.toString(), "--period", "2025-01-01..2025-12-31", "--min-cell", "1");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
    }

    @Test
    @DisplayName("--job-mapping moves a code into another family")
    void jobMapping() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        rows(csv, "acme", "hq", 3, 12, 10, 8);
        Path data = Files.writeString(dir.resolve("acme.csv"), csv);
        Path mapping = Files.writeString(dir.resolve("jobs.csv"), "code,family,subfamily\n542a,digitised,digital_marketing\n");
        CliRun run = CliRun.of("composition", "--input", data.toString(), "--job-mapping", mapping.toString(), "--min-cell", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.at("/jobFamilies/digitised/female").asLong()).isEqualTo(10);
        assertThat(doc.at("/jobFamilies/other/female").asLong()).isZero();
    }
}

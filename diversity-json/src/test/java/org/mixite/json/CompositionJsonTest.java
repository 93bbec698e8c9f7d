package org.mixite.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.composition.CompositionAccumulator;
import org.mixite.core.indicators.composition.Federation;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** issue 5: the composition document's reviewed members, rounding, nulls and suppression marks. */
class CompositionJsonTest {

    private static ObjectNode document(int minCell) {
        List<EmployeeRecord> r = new ArrayList<>();
        int id = 0;
        for (int i = 0; i < 3; i++) { // 1 woman, 2 men in technical digital jobs, the woman hired in 2025
            r.add(EmployeeRecord.builder("E" + id++, i == 0 ? Sex.FEMALE : Sex.MALE).birthYear(1990).jobCode("388a")
                    .hireDate(i == 0 ? LocalDate.of(2025, 4, 1) : LocalDate.of(2010, 1, 1)).build());
        }
        for (int i = 0; i < 16; i++) { // 1 woman in 16 elsewhere
            r.add(EmployeeRecord.builder("E" + id++, i == 0 ? Sex.FEMALE : Sex.MALE).birthYear(1990).jobCode("621a").promoted(i < 2).build());
        }
        r.add(EmployeeRecord.builder("E" + id, Sex.UNKNOWN).birthYear(1990).build());
        CompositionAccumulator acc = new CompositionAccumulator(ReferencePeriod.calendarYear(2025), JobClassifier.defaults());
        r.forEach(acc::add);
        return CompositionJson.write(acc.result(minCell));
    }

    @Test
    @DisplayName("total, jobFamilies and flows have the issue's members; womenShare F/(F+M)×100 half up, null when F+M = 0")
    void reviewedMembers() {
        JsonNode doc = document(1);
        assertThat(doc.get("total").get("female").asLong()).isEqualTo(2);
        assertThat(doc.get("total").get("male").asLong()).isEqualTo(17);
        assertThat(doc.get("total").get("unknown").asLong()).isEqualTo(1);
        assertThat(doc.get("total").get("womenShare").decimalValue()).isEqualByComparingTo("10.5"); // 2/19 = 10.526
        assertThat(doc.at("/jobFamilies/technical_digital/womenShare").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(doc.at("/jobFamilies/other/womenShare").decimalValue()).isEqualByComparingTo("6.3"); // 6.25 half up
        assertThat(doc.at("/jobFamilies/digitised/female").asLong()).isZero();
        assertThat(doc.at("/jobFamilies/digitised/womenShare").isNull()).isTrue();
        assertThat(doc.at("/flows/hires/female").asLong()).isEqualTo(1);
        assertThat(doc.at("/flows/hires/male").asLong()).isZero();
        assertThat(doc.at("/flows/exits/female").asLong()).isZero();
        assertThat(doc.at("/flows/promotions/male").asLong()).isEqualTo(1);
        assertThat(doc.at("/flows/promotions/female").asLong()).isEqualTo(1);
        assertThat(doc.at("/jobFamilies/technical_digital/womenShareCi95/low").isNumber()).isTrue();
    }

    @Test
    @DisplayName("with k = 5, a small family shows \"suppressed\" while the totals and flow totals stay")
    void suppressedCells() {
        JsonNode doc = document(5);
        assertThat(doc.at("/jobFamilies/technical_digital").asText()).isEqualTo("suppressed");
        assertThat(doc.at("/jobFamilies/unknown").asText()).isEqualTo("suppressed");
        assertThat(doc.at("/total/female").asLong()).isEqualTo(2);
        assertThat(doc.at("/flows/hires/female").asLong()).isEqualTo(1);
        assertThat(doc.at("/flows/technicalDigitalHires").asText()).isEqualTo("suppressed");
        assertThat(doc.get("suppressedCells").get("jobFamilies.technical_digital").asText()).isEqualTo("below_minimum");
        assertThat(doc.get("suppressedCells").get("jobFamilies.unknown").asText()).isEqualTo("below_minimum");
        assertThat(doc.get("suppressedCells").has("jobFamilies.other")).isFalse();
        assertThat(MixiteJson.toString(document(5))).isEqualTo(MixiteJson.toString(document(5)));
    }

    /** A member: 6 women and 6 men since 2015, {@code hires} of them hired in 2025 instead. */
    private static CompositionAccumulator member(String prefix, int hires) {
        CompositionAccumulator acc = new CompositionAccumulator(ReferencePeriod.calendarYear(2025), JobClassifier.defaults());
        for (int i = 0; i < 12; i++) {
            acc.add(EmployeeRecord.builder(prefix + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE).birthYear(1990).jobCode("621a")
                    .hireDate(i < hires ? LocalDate.of(2025, 5, 1) : LocalDate.of(2015, 1, 1)).build());
        }
        return acc;
    }

    @Test
    @DisplayName("issue 5 federation: totals that fewer than 3 companies contribute to show \"suppressed\", with their rates, and the reason few_contributors")
    void federationTotalsWithheld() {
        Map<String, CompositionAccumulator> two = new LinkedHashMap<>();
        two.put("a", member("a", 2));
        two.put("b", member("b", 2));
        JsonNode doc = CompositionJson.write(Federation.of(two, 5));
        assertThat(doc.get("total").asText()).isEqualTo("suppressed");
        assertThat(doc.at("/flows/hires").asText()).isEqualTo("suppressed");
        assertThat(doc.at("/flows/rates/hireRateFemale").asText()).isEqualTo("suppressed");
        assertThat(doc.at("/suppressedCells/total").asText()).isEqualTo("few_contributors");
        assertThat(doc.get("suppressedCells").get("flows.hires").asText()).isEqualTo("few_contributors");
        assertThat(doc.get("suppressedCells").get("flows.rates.hireRateFemale").asText()).isEqualTo("few_contributors");

        Map<String, CompositionAccumulator> three = new LinkedHashMap<>(two);
        three.put("c", member("c", 0)); // hires in a and b only
        JsonNode fed = CompositionJson.write(Federation.of(three, 5));
        assertThat(fed.at("/total/female").asLong()).isEqualTo(18);
        assertThat(fed.at("/flows/hires").asText()).isEqualTo("suppressed");
        assertThat(fed.at("/flows/rates/hireRateMale").asText()).isEqualTo("suppressed");
        // nobody left anywhere: 0 is shown, as an empty cell is
        assertThat(fed.at("/flows/exits/female").asLong()).isZero();
        assertThat(fed.at("/flows/rates/exitRateFemale").decimalValue()).isEqualByComparingTo("0.0");
        // a single company's totals stay
        assertThat(CompositionJson.write(member("a", 2).result(5)).at("/flows/hires/female").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("§7 complementary suppression: the one hire is in technical digital jobs, so every family of flows.byFamily.hires is hidden and marked whole_breakdown")
    void wholeBreakdownMarked() {
        JsonNode doc = document(5);
        for (String family : List.of("technical_digital", "digitised", "other", "unknown")) {
            assertThat(doc.at("/flows/byFamily/" + family + "/hires").asText()).as(family).isEqualTo("suppressed");
            assertThat(doc.get("suppressedCells").get("flows.byFamily.hires." + family).asText()).as(family).isEqualTo("whole_breakdown");
        }
        assertThat(doc.at("/flows/exitsByReason").size()).isEqualTo(6); // every reason, with zeros: nobody left
        assertThat(doc.at("/flows/exitsByReason/resignation/female").asLong()).isZero();
    }
}

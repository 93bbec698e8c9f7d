package org.mixite.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.paygap.PayGapAccumulator;
import org.mixite.core.indicators.paygap.PayGapOptions;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** issue 11: the member names of the paygap document, which the PDF renders from. */
class PayGapJsonTest {

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** Women 10, 20 and men 20, 20 an hour, no bonus, no variable pay, category "a". */
    private static ObjectNode document(int minCell) {
        PayGapAccumulator acc = new PayGapAccumulator(PayGapOptions.of(ReferencePeriod.calendarYear(2025)).withMinCell(minCell));
        int id = 0;
        for (String[] p : new String[][] {{"F", "10"}, {"F", "20"}, {"M", "20"}, {"M", "20"}}) {
            BigDecimal hourly = new BigDecimal(p[1]);
            acc.add(EmployeeRecord.builder("P" + id++, p[0].equals("F") ? Sex.FEMALE : Sex.MALE).birthYear(1980).category("a")
                    .hourlyPay(hourly).annualBasePay(hourly.multiply(BigDecimal.valueOf(1820))).build());
        }
        return PayGapJson.write(acc.result());
    }

    @Test
    @DisplayName("issue 11 document: the members of uk, eu, fr, esrs, gri, excluded, derivations and suppression")
    void memberNames() {
        ObjectNode doc = document(1);
        assertThat(names(doc)).containsExactly("uk", "eu", "fr", "esrs", "gri", "excluded", "derivations", "suppression");
        assertThat(names(doc.get("uk"))).containsExactly("meanHourlyGap", "medianHourlyGap", "meanBonusGap", "medianBonusGap",
                "bonusProportionFemale", "bonusProportionMale", "quartiles", "relevantEmployees");
        assertThat(names(doc.get("eu"))).containsExactly("meanGap", "medianGap", "meanVariableGap", "medianVariableGap",
                "variableProportionFemale", "variableProportionMale", "quartiles", "categoryGaps", "categoryDetails",
                "jointAssessmentRequired", "categoriesAtOrAboveThreshold", "suppressedCategoriesAtOrAboveThreshold",
                "threshold", "thresholdRule", "annual");
        assertThat(names(doc.get("fr"))).containsExactly("A", "B", "C", "D", "E", "F", "G", "alert", "alertCategories",
                "suppressedAlertCategories", "topQuartileBalanced", "obligations");
        assertThat(names(doc.get("fr").get("G").get("a"))).containsExactly("baseAnnual", "variableAnnual", "baseHourly", "variableHourly");
        // Art. 9: (a)-(d) and (g) also on annual pay.
        assertThat(names(doc.get("eu").get("annual"))).containsExactly("meanGap", "medianGap", "meanVariableGap", "medianVariableGap");
        assertThat(names(doc.get("eu").get("categoryDetails").get("a"))).containsExactly("female", "male", "gap", "baseGap",
                "variableGap", "annualGap", "annualBaseGap", "annualVariableGap");
        assertThat(names(doc.get("esrs"))).containsExactly("S1-16", "S1-9", "S1-6");
        assertThat(names(doc.get("gri"))).containsExactly("405-1", "405-2");
        assertThat(names(doc.get("gri").get("405-2"))).containsExactly("byCategory", "byLocation");
        assertThat(doc.get("uk").get("quartiles")).hasSize(4);
        assertThat(names(doc.get("uk").get("quartiles").get(0))).containsExactly("female", "male");
    }

    @Test
    @DisplayName("issue 11 document: percentages as one-decimal numbers, null (never 0) when undefined, \"suppressed\" when hidden")
    void valuesNullsAndSuppression() {
        ObjectNode doc = document(1);
        // means 15 vs 20 → (20 − 15) / 20 = 25.0; medians 15 vs 20 → 25.0
        assertThat(doc.get("eu").get("meanGap").isNumber()).isTrue();
        assertThat(doc.get("eu").get("meanGap").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(doc.get("eu").get("meanGap").decimalValue().scale()).isEqualTo(1); // printed 25.0
        assertThat(doc.get("uk").get("meanBonusGap").isNull()).isTrue();
        assertThat(doc.get("eu").get("meanVariableGap").isNull()).isTrue();
        assertThat(doc.get("gri").get("405-2").get("byCategory").get("a").get("basicSalary").decimalValue())
                .isEqualByComparingTo("0.75");
        // k = 5: 2 women and 2 men in "a" → suppressed everywhere, and listed.
        ObjectNode hidden = document(5);
        assertThat(hidden.get("eu").get("categoryGaps").get("a").asText()).isEqualTo("suppressed");
        assertThat(hidden.get("fr").get("G").get("a").asText()).isEqualTo("suppressed");
        assertThat(hidden.get("suppression").get("suppressed").toString()).contains("\"eu.categoryGaps.a\"", "\"fr.G.a\"");
        assertThat(hidden.get("eu").get("suppressedCategoriesAtOrAboveThreshold").asInt()).isEqualTo(1);
    }
}

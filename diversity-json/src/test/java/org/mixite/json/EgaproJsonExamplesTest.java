package org.mixite.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInput;

/** egapro.md §4: the official worked examples, input → output, compared with their {@code expected} subset. */
class EgaproJsonExamplesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01-official-lt250-ex1.json", "28-official-lt250-ex28.json", "31-official-gt250-ex1.json"})
    @DisplayName("official example (egapro.md §4): the output holds every expected member with its value, written as the example writes it")
    void officialExample(String file) throws Exception {
        JsonNode document;
        try (InputStream in = getClass().getResourceAsStream("/egapro-examples/" + file)) {
            assertThat(in).as(file).isNotNull();
            document = EgaproJson.parse(in);
        }
        EgaproInput input = EgaproJson.readInput(EgaproJson.aggregatedInput(document).orElseThrow());
        JsonNode output = EgaproJson.write(EgaproCalculator.compute(input));
        List<String> differences = new ArrayList<>();
        compare("", document.get("expected"), output, differences);
        assertThat(differences).as(MixiteJson.toString(output)).isEmpty();
    }

    /**
     * Every member of {@code expected} is in {@code actual} with an equal value. Numbers compare by
     * value and by their written form, since reviewers diff the output: 100 is not 100.0, which the
     * contract keeps for rounded figures ("one decimal where rounded").
     */
    static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (actual == null) {
            differences.add(path + ": missing");
        } else if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), differences);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0
                    || !written(expected).equals(written(actual))) {
                differences.add(path + ": expected " + written(expected) + ", got " + written(actual));
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    /** A number as the JSON text writes it (plain notation). */
    static String written(JsonNode number) {
        return number.isBigDecimal() ? number.decimalValue().toPlainString() : number.asText();
    }
}

package org.mixite.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInputException;

/**
 * egapro.md §4: the official worked examples (SocialGouv/egapro simulator fixtures), input →
 * output, compared with the subset of the output that each example fixes.
 */
class EgaproOfficialExamplesTest {

    private static JsonNode example(String name) throws IOException {
        try (InputStream in = EgaproOfficialExamplesTest.class.getResourceAsStream("/egapro-examples/" + name)) {
            return MixiteJson.mapper().readTree(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01-official-lt250-ex1.json", "28-official-lt250-ex28.json", "31-official-gt250-ex1.json"})
    @DisplayName("the official examples give the expected output")
    void officialExample(String name) throws IOException {
        JsonNode example = example(name);
        ObjectNode output = EgaproJson.write(EgaproCalculator.compute(EgaproJson.readInput(example.get("input"))));
        assertSubset(example.get("expected"), output, "");
    }

    private static void assertSubset(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                assertThat(actual.has(member.getKey())).as(path + "." + member.getKey() + " present").isTrue();
                assertSubset(member.getValue(), actual.get(member.getKey()), path + "." + member.getKey());
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path).isTrue();
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("the output uses the contract's members, nulls for a not-calculable indicator")
    void contractShape() throws IOException {
        ObjectNode output = EgaproJson.write(EgaproCalculator.compute(EgaproJson.readInput(example("01-official-lt250-ex1.json"))));
        JsonNode maternity = output.get("indicateurs").get("congesMaternite");
        assertThat(maternity.get("calculable").asBoolean()).isFalse();
        assertThat(maternity.get("resultat").isNull()).isTrue();
        assertThat(maternity.get("note").isNull()).isTrue();
        JsonNode pay = output.get("indicateurs").get("remunerations");
        assertThat(pay.get("ecart").decimalValue().scale()).isEqualTo(1);
        assertThat(output.get("indicateurs").has("augmentations")).isFalse();
        assertThat(output.get("index").asInt()).isEqualTo(86);
    }

    @Test
    @DisplayName("bad input: every error names its JSON path")
    void errorsNameThePath() throws IOException {
        ObjectNode input = (ObjectNode) example("01-official-lt250-ex1.json").get("input").deepCopy();
        ((ObjectNode) input.get("remunerations").get(3)).put("femmes", -1);
        assertThatThrownBy(() -> EgaproJson.readInput(input)).isInstanceOf(EgaproInputException.class)
                .hasMessage("remunerations[3].femmes: a count must be 0 or more (was -1)");

        ObjectNode unknownCsp = (ObjectNode) example("01-official-lt250-ex1.json").get("input").deepCopy();
        ((ObjectNode) unknownCsp.get("remunerations").get(0)).put("categorie", "cadres");
        assertThatThrownBy(() -> EgaproCalculator.compute(EgaproJson.readInput(unknownCsp)))
                .isInstanceOf(EgaproInputException.class).hasMessageStartingWith("remunerations[0].categorie:");

        ObjectNode badBand = (ObjectNode) example("01-official-lt250-ex1.json").get("input").deepCopy();
        ((ObjectNode) badBand.get("remunerations").get(2)).put("trancheAge", "60+");
        assertThatThrownBy(() -> EgaproJson.readInput(badBand)).isInstanceOf(EgaproInputException.class)
                .hasMessageStartingWith("remunerations[2].trancheAge: must be one of <30, 30-39, 40-49, 50+");

        ObjectNode missing = (ObjectNode) example("31-official-gt250-ex1.json").get("input").deepCopy();
        missing.remove("promotions");
        assertThatThrownBy(() -> EgaproJson.readInput(missing)).isInstanceOf(EgaproInputException.class)
                .hasMessageStartingWith("promotions: is missing");

        ObjectNode rate = (ObjectNode) example("31-official-gt250-ex1.json").get("input").deepCopy();
        ((ObjectNode) rate.get("augmentations").get(1)).put("tauxFemmes", 100.5);
        assertThatThrownBy(() -> EgaproCalculator.compute(EgaproJson.readInput(rate))).isInstanceOf(EgaproInputException.class)
                .hasMessage("augmentations[1].tauxFemmes: a rate is a percentage from 0 to 100 (was 100.5)");

        ObjectNode noAverage = (ObjectNode) example("01-official-lt250-ex1.json").get("input").deepCopy();
        ((ObjectNode) noAverage.get("remunerations").get(3)).putNull("remunerationMoyenneHommes");
        assertThatThrownBy(() -> EgaproCalculator.compute(EgaproJson.readInput(noAverage))).isInstanceOf(EgaproInputException.class)
                .hasMessageStartingWith("remunerations[3].remunerationMoyenneHommes: a valid group");

        ObjectNode top = (ObjectNode) example("01-official-lt250-ex1.json").get("input").deepCopy();
        ((ObjectNode) top.get("hautesRemunerations")).put("hommes", 9);
        assertThatThrownBy(() -> EgaproCalculator.compute(EgaproJson.readInput(top))).isInstanceOf(EgaproInputException.class)
                .hasMessageStartingWith("hautesRemunerations: femmes + hommes must be 10");
    }
}

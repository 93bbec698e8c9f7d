package org.mixite.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.EgaproInputException;

/** egapro.md §4: a form exported from the government simulator is read as it is. */
class EgaproOfficialFormTest {

    static JsonNode document() throws Exception {
        try (InputStream in = EgaproOfficialFormTest.class.getResourceAsStream("/egapro-official-form/export-251-empty-fields.json")) {
            return EgaproJson.parse(in);
        }
    }

    @Test
    @DisplayName("egapro.md §4, the three form rules together (\"\" = null, a valid group's null rate = 0, averages missing when indicator 1 is not calculable): the export gives the expected output")
    void exportedFormGoesThrough() throws Exception {
        JsonNode document = document();
        EgaproInput input = EgaproJson.readInput(EgaproJson.aggregatedInput(document).orElseThrow());
        JsonNode output = EgaproJson.write(EgaproCalculator.compute(input));
        List<String> differences = new ArrayList<>();
        EgaproJsonExamplesTest.compare("", document.get("expected"), output, differences);
        assertThat(differences).as(MixiteJson.toString(output)).isEmpty();
    }

    @Test
    @DisplayName("egapro.md §4: \"\" in any numeric member reads exactly as null (same input)")
    void emptyStringReadsAsNull() throws Exception {
        ObjectNode withEmpty = (ObjectNode) EgaproJson.aggregatedInput(document()).orElseThrow();
        ObjectNode withNull = withEmpty.deepCopy();
        replaceEmptyByNull(withNull);
        assertThat(MixiteJson.toString(withNull)).doesNotContain("\"\"");
        assertThat(EgaproJson.readInput(withEmpty)).isEqualTo(EgaproJson.readInput(withNull));
    }

    @Test
    @DisplayName("egapro.md §4: \"\" in a count means null, which a count may not be: the error names the path")
    void emptyCountIsMissing() throws Exception {
        ObjectNode input = (ObjectNode) EgaproJson.aggregatedInput(document()).orElseThrow();
        ((ObjectNode) input.get("remunerations").get(1)).put("hommes", "");
        EgaproInputException e = catchThrowableOfType(EgaproInputException.class, () -> EgaproJson.readInput(input));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("remunerations[1].hommes: required: a count");
    }

    @Test
    @DisplayName("egapro.md §4: a non-empty string is still no number (\"12\" is refused, only \"\" means null)")
    void nonEmptyStringIsRefused() throws Exception {
        ObjectNode input = (ObjectNode) EgaproJson.aggregatedInput(document()).orElseThrow();
        ((ObjectNode) input.get("augmentations").get(1)).put("tauxFemmes", "12");
        EgaproInputException e = catchThrowableOfType(EgaproInputException.class, () -> EgaproJson.readInput(input));
        assertThat(e).isNotNull();
        assertThat(e.path()).isEqualTo("augmentations[1].tauxFemmes");
    }

    private static void replaceEmptyByNull(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isTextual() && child.textValue().isEmpty()) {
                    object.putNull(name);
                } else {
                    replaceEmptyByNull(child);
                }
            }
        } else if (node.isArray()) {
            node.forEach(EgaproOfficialFormTest::replaceEmptyByNull);
        }
    }
}

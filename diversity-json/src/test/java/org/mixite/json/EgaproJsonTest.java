package org.mixite.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mixite.core.indicators.egapro.Declaration;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.EgaproInputException;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.records.EgaproAccumulator;
import org.mixite.core.indicators.rixain.RixainAccumulator;
import org.mixite.spi.MixiteException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** egapro.md §4: reading errors name the JSON path; the output follows the contract's names and nulls. */
class EgaproJsonTest {

    static JsonNode example(String file) throws Exception {
        try (InputStream in = EgaproJsonTest.class.getResourceAsStream("/egapro-examples/" + file)) {
            return EgaproJson.aggregatedInput(EgaproJson.parse(in)).orElseThrow();
        }
    }

    static String pathOfError(JsonNode input) {
        EgaproInputException e = catchThrowableOfType(EgaproInputException.class,
                () -> EgaproCalculator.compute(EgaproJson.readInput(input)));
        assertThat(e).isNotNull();
        return e.path();
    }

    @ParameterizedTest(name = "{0} = {1} → error at {2}")
    @CsvSource(delimiter = '|', value = {
            "/remunerations/3           | femmes     | -1         | remunerations[3].femmes",
            "/remunerations/3           | femmes     | 1.5        | remunerations[3].femmes",
            "/remunerations/3           | femmes     | \"six\"    | remunerations[3].femmes",
            "/remunerations/2           | categorie  | \"cadres\" | remunerations[2].categorie",
            "/remunerations/2           | trancheAge | \"60+\"    | remunerations[2].trancheAge",
            "/remunerations/3           | remunerationMoyenneHommes | null | remunerations[3].remunerationMoyenneHommes",
            "/augmentationsEtPromotions | femmes     | -3         | augmentationsEtPromotions.femmes",
            "/hautesRemunerations       | femmes     | 3          | hautesRemunerations",
            "''                         | tranche    | \"10-49\"  | tranche",
            "''                         | modaliteRemunerations | \"age\" | modaliteRemunerations",
            // docs/robustness.md, plausible ranges of the form (issue 19): a typo is an input error, not an overflow
            "/remunerations/3           | femmes     | 10000001   | remunerations[3].femmes",
            "/remunerations/3           | hommes     | 1e10       | remunerations[3].hommes",
            "/remunerations/3           | remunerationMoyenneFemmes | 100000000.5 | remunerations[3].remunerationMoyenneFemmes",
            "/remunerations/3           | remunerationMoyenneHommes | 1e400 | remunerations[3].remunerationMoyenneHommes",
            "/hautesRemunerations       | femmes     | 2147483647 | hautesRemunerations.femmes",
            "/remunerations/3           | remunerationMoyenneHommes | 1e-25 | remunerations[3].remunerationMoyenneHommes",
    })
    @DisplayName("bad input: the error names the JSON path")
    void errorsNameThePath(String pointer, String member, String json, String path) throws Exception {
        JsonNode input = example("01-official-lt250-ex1.json").deepCopy();
        ((ObjectNode) input.at(pointer)).set(member, MixiteJson.mapper().readTree(json));
        assertThat(pathOfError(input)).isEqualTo(path);
    }

    @Test
    @DisplayName("251+: a rate over 100, an unknown CSP, a missing section each name their path")
    void largeBandErrors() throws Exception {
        JsonNode base = example("31-official-gt250-ex1.json");
        JsonNode over = base.deepCopy();
        ((ObjectNode) over.at("/promotions/1")).put("tauxHommes", new BigDecimal("100.5"));
        assertThat(pathOfError(over)).isEqualTo("promotions[1].tauxHommes");
        JsonNode csp = base.deepCopy();
        ((ObjectNode) csp.at("/augmentations/2")).put("categorie", "cadre");
        assertThat(pathOfError(csp)).isEqualTo("augmentations[2].categorie");
        JsonNode missing = base.deepCopy();
        ((ObjectNode) missing).remove("augmentations");
        assertThat(pathOfError(missing)).isEqualTo("augmentations");
        JsonNode declaredNull = base.deepCopy();
        ((ObjectNode) declaredNull).putNull("augmentations");
        var result = EgaproCalculator.compute(EgaproJson.readInput(declaredNull));
        assertThat(result.augmentations().orElseThrow().calculable()).isFalse();
    }

    @Test
    @DisplayName("the groups' headcounts are bounded in total too (10^7), so their int sums cannot wrap")
    void totalHeadcountBounded() throws Exception {
        JsonNode input = example("01-official-lt250-ex1.json").deepCopy();
        for (int i = 0; i < 3; i++) {
            ((ObjectNode) input.at("/remunerations/" + i)).put("femmes", 4_000_000).put("hommes", 0);
        }
        assertThat(pathOfError(input)).isEqualTo("remunerations[2]");
    }

    @Test
    @DisplayName("not valid JSON is an input error, never a crash")
    void garbage() {
        var e = catchThrowableOfType(EgaproInputException.class,
                () -> EgaproJson.readInput(new ByteArrayInputStream("{\"tranche\": ".getBytes(StandardCharsets.UTF_8))));
        assertThat(e).isNotNull();
        assertThat(e.path()).isEqualTo("$");
    }

    @Property(tries = 300)
    @Label("the reader never crashes on garbage: a MixiteException or an input")
    void readerNeverCrashes(@ForAll String text) {
        try {
            JsonNode node = EgaproJson.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            if (node != null) {
                EgaproCalculator.compute(EgaproJson.readInput(node));
            }
        } catch (MixiteException expected) {
            // the only acceptable failure
        }
    }

    @Test
    @DisplayName("§4 output: not calculable indicators have null ecart, note, resultat and favorable, plus a raison")
    void nullsWhenNotCalculable() throws Exception {
        JsonNode out = EgaproJson.write(EgaproCalculator.compute(EgaproJson.readInput(example("28-official-lt250-ex28.json"))));
        JsonNode pay = out.at("/indicateurs/remunerations");
        assertThat(pay.get("calculable").booleanValue()).isFalse();
        for (String member : List.of("ecart", "note", "favorable")) {
            assertThat(pay.get(member).isNull()).as(member).isTrue();
        }
        assertThat(pay.get("raison").textValue()).isEqualTo("effectif_valide_inferieur_40_pourcent");
        JsonNode both = out.at("/indicateurs/augmentationsEtPromotions");
        for (String member : List.of("ecart", "ecartNombre", "notePourcentage", "noteNombre", "note", "favorable")) {
            assertThat(both.get(member).isNull()).as(member).isTrue();
        }
        assertThat(out.at("/indicateurs/congesMaternite/resultat").isNull()).isTrue();
        assertThat(out.get("index").isNull()).isTrue();
        assertThat(out.get("calculable").booleanValue()).isFalse();
        assertThat(out.has("augmentations")).isFalse();
    }

    @Test
    @DisplayName("§4 output: one decimal where rounded (6.1, 0.0), integers elsewhere; member order as the contract")
    void numberForms() throws Exception {
        String text = MixiteJson.toString(EgaproJson.write(EgaproCalculator.compute(EgaproJson.readInput(example("01-official-lt250-ex1.json")))));
        assertThat(text).contains("\"ecart\" : 6.1,").contains("\"ecartNombre\" : 1.7,").contains("\"index\" : 86");
        assertThat(text.indexOf("\"indicateurs\"")).isLessThan(text.indexOf("\"points\""));
        assertThat(text.indexOf("\"points\"")).isLessThan(text.indexOf("\"pointsMax\""));
        assertThat(text.indexOf("\"pointsMax\"")).isLessThan(text.indexOf("\"calculable\" : true,\n  \"index\""));
        // deterministic
        String again = MixiteJson.toString(EgaproJson.write(EgaproCalculator.compute(EgaproJson.readInput(example("01-official-lt250-ex1.json")))));
        assertThat(again).isEqualTo(text);
    }

    @Test
    @DisplayName("§4 records: the output carries entree, the derived input, which reads back to the same index")
    void recordsCarryEntree() {
        EgaproAccumulator acc = new EgaproAccumulator(ReferencePeriod.calendarYear(2025), Modalite.CSP);
        for (int i = 0; i < 60; i++) {
            acc.add(EmployeeRecord.builder("E" + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE).category(i < 30 ? "ouv" : "ic")
                    .birthYear(1980).annualBasePay(BigDecimal.valueOf(30000 + 100 * i)).raised(i % 3 == 0).build());
        }
        var aggregation = acc.aggregate();
        var result = EgaproCalculator.compute(aggregation.input());
        ObjectNode out = EgaproJson.write(result, aggregation);
        assertThat(out.at("/entree/tranche").textValue()).isEqualTo("50-250");
        assertThat(out.at("/entree/remunerations").size()).isEqualTo(16);
        assertThat(out.at("/agregation/comptes").intValue()).isEqualTo(60);
        EgaproInput back = EgaproJson.readInput(out.get("entree"));
        assertThat(back).isEqualTo(aggregation.input());
        assertThat(EgaproJson.write(EgaproCalculator.compute(back))).isEqualTo(EgaproJson.write(result));
    }

    @Test
    @DisplayName("the input form round-trips: null sections stay null, absent ones absent")
    void inputRoundTrip() throws Exception {
        for (String file : List.of("01-official-lt250-ex1.json", "28-official-lt250-ex28.json", "31-official-gt250-ex1.json")) {
            EgaproInput input = EgaproJson.readInput(example(file));
            assertThat(EgaproJson.readInput(EgaproJson.writeInput(input))).isEqualTo(input);
        }
        EgaproInput ex28 = EgaproJson.readInput(example("28-official-lt250-ex28.json"));
        assertThat(ex28.augmentationsEtPromotions()).isInstanceOf(Declaration.NotCalculable.class);
        assertThat(ex28.augmentations()).isInstanceOf(Declaration.Absent.class);
        assertThat(EgaproJson.writeInput(ex28).get("augmentationsEtPromotions").isNull()).isTrue();
        assertThat(EgaproJson.writeInput(ex28).has("augmentations")).isFalse();
    }

    /** Ten executives counted at the end of 2025, {@code women} of them women. */
    private static RixainAccumulator tenExecutives(int women) {
        RixainAccumulator acc = new RixainAccumulator(LocalDate.of(2025, 12, 31));
        for (int i = 0; i < 10; i++) {
            acc.add(EmployeeRecord.builder("X" + i, i < women ? Sex.FEMALE : Sex.MALE).birthYear(1970)
                    .managementLevel(ManagementLevel.EXECUTIVE).build());
        }
        return acc;
    }

    @Test
    @DisplayName("rixain member: shares, threshold, compliance")
    void rixainJson() {
        RixainAccumulator acc = tenExecutives(3);
        ObjectNode out = RixainJson.write(acc.result(LocalDate.of(2026, 3, 1), 1200));
        assertThat(out.get("date").textValue()).isEqualTo("2026-03-01");
        assertThat(out.get("seuil").decimalValue()).isEqualByComparingTo("30");
        assertThat(out.at("/cadresDirigeants/partFemmes").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(out.at("/cadresDirigeants/partFemmes").toString()).isEqualTo("30.0");
        assertThat(out.at("/cadresDirigeants/conforme").booleanValue()).isTrue();
        assertThat(out.at("/instancesDirigeantes/calculable").booleanValue()).isFalse();
        assertThat(out.at("/instancesDirigeantes/partFemmes").isNull()).isTrue();
        assertThat(out.get("conformite").textValue()).isEqualTo("indetermine");
        assertThat(out.get("effectif").intValue()).isEqualTo(1200);
    }

    @Test
    @DisplayName("rixain member, egapro.md §5 who: under 1,000 employees conformite is non_assujettie, conforme null, same members")
    void rixainJsonNotSubject() {
        RixainAccumulator acc = tenExecutives(2);
        ObjectNode out = RixainJson.write(acc.result(LocalDate.of(2026, 3, 1), 120));
        assertThat(out.get("conformite").textValue()).isEqualTo("non_assujettie");
        assertThat(out.get("effectif").intValue()).isEqualTo(120);
        assertThat(out.at("/cadresDirigeants/partFemmes").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(out.at("/cadresDirigeants/conforme").isNull()).isTrue();
        assertThat(out.fieldNames()).toIterable()
                .containsExactly("date", "seuil", "cadresDirigeants", "instancesDirigeantes", "conformite", "effectif");
    }
}

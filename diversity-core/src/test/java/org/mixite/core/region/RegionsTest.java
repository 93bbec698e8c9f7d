package org.mixite.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** barometer.md, "From a postal code to a département" and the INSEE list of the 18 regions. */
class RegionsTest {

    private final Regions regions = Regions.insee();

    @ParameterizedTest(name = "{0} → département {1}")
    @DisplayName("barometer.md: five digits, Corsica 20xxx < 20200 → 2A else 2B, 97x/98x three digits, otherwise two")
    @CsvSource({"31000,31", "75011,75", "01000,01", "20000,2A", "20199,2A", "20200,2B", "20290,2B", "97110,971",
            "97600,976", "98800,988", "97500,975", " 34000 ,34"})
    void departementOfPostalCode(String postalCode, String departement) {
        assertThat(Regions.departement(postalCode)).hasValue(departement);
    }

    @ParameterizedTest(name = "''{0}'' has no département")
    @DisplayName("barometer.md: anything but five digits is unknown")
    @CsvSource({"3100", "310000", "31 000", "2A004", "B-1000", "''"})
    void notFiveDigits(String postalCode) {
        assertThat(Regions.departement(postalCode)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → region {1}")
    @DisplayName("INSEE code list: the département gives the region (Toulouse Occitanie, Ajaccio and Bastia Corse, overseas)")
    @CsvSource({"31000,76,Occitanie", "34000,76,Occitanie", "75011,11,Île-de-France", "69003,84,Auvergne-Rhône-Alpes",
            "59000,32,Hauts-de-France", "20000,94,Corse", "20200,94,Corse", "97110,01,Guadeloupe", "97400,04,La Réunion",
            "97600,06,Mayotte", "90000,27,Bourgogne-Franche-Comté", "13001,93,Provence-Alpes-Côte d'Azur"})
    void regionOfPostalCode(String postalCode, String code, String name) {
        Region region = regions.ofPostalCode(postalCode).orElseThrow();
        assertThat(region.code()).isEqualTo(code);
        assertThat(region.name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} → unknown")
    @DisplayName("barometer.md: 975 and 98x (overseas collectivities) and codes of no département are in no region: unknown")
    @CsvSource({"97500", "98800", "98000", "00100", "96000", "abcde"})
    void noRegion(String postalCode) {
        assertThat(regions.ofPostalCode(postalCode)).isEmpty();
        assertThat(regions.key(Optional.of(postalCode))).isEqualTo(Regions.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} → {1}, in no region")
    @DisplayName("INSEE COG: Saint-Barthélemy (97133 → 977) and Saint-Martin (97150 → 978) kept Guadeloupe's postal codes but are"
            + " overseas collectivities since 2007, in no region: unknown, not Guadeloupe")
    @CsvSource({"97133,977", "97150,978"})
    void saintBarthelemyAndSaintMartin(String postalCode, String collectivity) {
        assertThat(Regions.departement(postalCode)).hasValue(collectivity);
        assertThat(regions.ofPostalCode(postalCode)).isEmpty();
        assertThat(regions.key(Optional.of(postalCode))).isEqualTo(Regions.UNKNOWN);
        assertThat(regions.ofPostalCode("97139").orElseThrow().name()).as("Les Abymes stays in Guadeloupe").isEqualTo("Guadeloupe");
    }

    @Test
    @DisplayName("INSEE code list: 18 regions, 101 départements, each in exactly one region; no postal code → unknown")
    void eighteenRegions() {
        assertThat(regions.all()).hasSize(18);
        Set<String> seen = new HashSet<>();
        regions.all().forEach(r -> r.departements().forEach(d -> assertThat(seen.add(d)).as(d).isTrue()));
        assertThat(seen).hasSize(101);
        assertThat(regions.key(Optional.empty())).isEqualTo(Regions.UNKNOWN);
        assertThat(regions.byCode("76").orElseThrow().name()).isEqualTo("Occitanie");
    }

    @Property
    @Label("any text gives a region or unknown, never an exception")
    void neverThrows(@ForAll String text) {
        String key = regions.key(Optional.of(text));
        assertThat(key.equals(Regions.UNKNOWN) || regions.byCode(key).isPresent()).isTrue();
    }
}

package org.mixite.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.spi.MixiteException;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.LoadSummary;

/** The CSV and JSON parsers never throw anything but Mixité's own exceptions, whatever the bytes. */
class ParserRobustnessProperties {

    @Property(tries = 1000)
    @Label("the CSV adapter survives arbitrary bytes")
    void csvSurvivesBytes(@ForAll("garbage") byte[] bytes) {
        survives("garbage.csv", bytes);
    }

    @Property(tries = 1000)
    @Label("the JSON adapter survives arbitrary bytes")
    void jsonSurvivesBytes(@ForAll("garbage") byte[] bytes) {
        survives("garbage.json", bytes);
    }

    @Property(tries = 1000)
    @Label("the CSV adapter survives CSV-like text after a valid header")
    void csvSurvivesCsvLikeText(@ForAll("csvLike") String body) {
        survives("almost.csv", ("id,sex,birth_year,annual_base_pay,fte,hire_date,raised\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    @Label("the JSON adapter survives JSON-like text")
    void jsonSurvivesJsonLikeText(@ForAll("jsonLike") String body) {
        survives("almost.json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void survives(String name, byte[] bytes) {
        try {
            LoadSummary summary = Loads.lenient().load(InputSource.of(name, bytes)).summary();
            assertThat(summary.read()).isEqualTo(summary.accepted() + summary.rejected());
        } catch (MixiteException expected) {
            assertThat(expected.getMessage()).startsWith(name);
        }
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    }

    @Provide
    Arbitrary<String> csvLike() {
        return Arbitraries.strings().withChars("abcFMX019-.,;\"\n\r \t\u00e9\uFFFD").ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.strings().withChars("{}[]\":,.-019aeFMtrunl \nidsexbirthYear\\").ofMaxLength(300);
    }
}

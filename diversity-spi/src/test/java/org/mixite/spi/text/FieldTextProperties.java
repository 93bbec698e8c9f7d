package org.mixite.spi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.spi.model.RecordField;

/**
 * employee-record.md, "Types": the hand-written number checks against their reference
 * definitions — the decimal grammar {@code [+-]?(\d+(\.\d*)?|\.\d+)} and
 * {@link Integer#valueOf(String)} — on text made of the characters that matter.
 */
class FieldTextProperties {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars("+-.,0123456789e\u0663 ").ofMaxLength(12);
    }

    @Property(tries = 3000)
    void decimalsFollowTheGrammar(@ForAll("numberLike") String text) {
        assertThat(FieldText.isPlainDecimal(text)).as("'%s'", text).isEqualTo(PLAIN_DECIMAL.matcher(text).matches());
    }

    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789-+").ofMinLength(8).ofMaxLength(12),
                Arbitraries.integers().between(-1, 10_000).flatMap(y -> Arbitraries.integers().between(0, 13)
                        .flatMap(m -> Arbitraries.integers().between(0, 32)
                                .map(d -> String.format("%04d-%02d-%02d", y, m, d)))));
    }

    @Property(tries = 3000)
    void datesParseAsLocalDateParse(@ForAll("dateLike") String text) {
        FieldText.Parsed parsed = FieldText.parse(RecordField.HIRE_DATE, text, false);
        java.time.LocalDate expected;
        try {
            expected = java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            expected = null;
        }
        if (expected == null) {
            assertThat(parsed).as(text).isInstanceOf(FieldText.Problem.class);
        } else {
            assertThat(parsed).as(text).isEqualTo(new FieldText.Value(expected));
        }
    }

    @Property(tries = 3000)
    void wholeNumbersParseAsIntegerValueOf(@ForAll("numberLike") String text) {
        if (text.isBlank()) {
            return; // blank means absent; the row mapper never asks
        }
        FieldText.Parsed parsed = FieldText.parse(RecordField.DAYS_PRESENT, text, false);
        Integer expected;
        try {
            expected = Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            expected = null;
        }
        if (expected == null) {
            assertThat(parsed).isInstanceOf(FieldText.Problem.class);
        } else {
            assertThat(parsed).isEqualTo(new FieldText.Value(expected));
        }
    }
}

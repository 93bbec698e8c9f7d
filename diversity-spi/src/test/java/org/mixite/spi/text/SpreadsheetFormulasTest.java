package org.mixite.spi.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP "CSV Injection": a text cell that a spreadsheet would run as a formula gets a leading '. */
class SpreadsheetFormulasTest {

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1+1", "-2+3", "=cmd|' /C calc'!A0", "\tx", "\rx", "="})
    @DisplayName("OWASP CSV injection: text starting with = + - @ tab or CR is prefixed with '")
    void triggersArePrefixed(String text) {
        assertThat(SpreadsheetFormulas.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "E1", "A-12", "x=y", " =1", "'=1", "é@x", "388a"})
    @DisplayName("other text is left exactly as it is")
    void othersAreKept(String text) {
        assertThat(SpreadsheetFormulas.neutralise(text)).isSameAs(text);
    }

    @Property(tries = 2000)
    @Label("the result never starts with a trigger, and removing the added ' gives the text back") // jqwik skips a property with JUnit's @DisplayName
    void neverAFormula(@ForAll String text) {
        String safe = SpreadsheetFormulas.neutralise(text);
        assertThat(SpreadsheetFormulas.looksLikeFormula(safe)).isFalse();
        assertThat(safe.equals(text) || safe.equals("'" + text)).isTrue();
    }
}

package org.mixite.spi.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.validation.SourcePosition;

/**
 * docs/robustness.md, limits: the count of distinct breakdown values is the count of distinct
 * strings, whatever the order and repetition of the rows — the cache of values already noted
 * (issue 20) never skips a value it has not noted, even one with the same hash code as a cached
 * one ("Aa" and "BB") or an equal value in another string.
 */
class DistinctValuesProperties {

    @Property(tries = 300)
    @Label("robustness limits: distinct values counted as a set of strings would count them, cache or not")
    void countsDistinctStrings(@ForAll("rows") List<List<String>> rows) {
        DistinctValues distinct = new DistinctValues();
        List<Set<String>> model = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (List<String> row : rows) {
            distinct.add(value(row.get(0)), value(row.get(1)), value(row.get(2)), Optional.empty(), Optional.empty(),
                    Optional.empty(), () -> SourcePosition.of("rows"));
            for (int c = 0; c < 3; c++) {
                if (!row.get(c).isEmpty()) {
                    model.get(c).add(row.get(c));
                }
            }
        }
        assertThat(distinct.distinct(RecordField.COMPANY)).isEqualTo(model.get(0).size());
        assertThat(distinct.distinct(RecordField.ESTABLISHMENT)).isEqualTo(model.get(1).size());
        assertThat(distinct.distinct(RecordField.CATEGORY)).isEqualTo(model.get(2).size());
    }

    /** Empty is "absent"; a copy of the string, so equal values are not always the same instance. */
    private static Optional<String> value(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(new String(text));
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        // Colliding hash codes ("Aa".hashCode() == "BB".hashCode(), and their concatenations), and random text.
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("", "Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "site 1", "site 2"),
                Arbitraries.strings().withCharRange('a', 'e').ofMaxLength(3),
                Arbitraries.integers().between(0, 500).map(i -> "v" + i));
        return value.list().ofSize(3).list().ofMaxSize(400);
    }
}

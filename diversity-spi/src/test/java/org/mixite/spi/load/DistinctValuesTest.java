package org.mixite.spi.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ListAdapter;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.model.Sex;
import org.mixite.spi.validation.SourcePosition;

/** docs/robustness.md, limits: at most 100,000 distinct values of a breakdown column per input. */
class DistinctValuesTest {

    private static List<ReadResult> entries(int n, boolean distinctCategories) {
        List<ReadResult> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EmployeeRecord r = EmployeeRecord.builder("E" + i, Sex.FEMALE).birthDate(LocalDate.of(1980, 1, 1))
                    .category(distinctCategories ? "c" + i : "ic").establishment("site " + (i % 500)).build();
            entries.add(new ReadResult.Parsed(SourcePosition.of("in.testlist", i + 2), r, Map.of()));
        }
        return entries;
    }

    private static DatasetLoader loader(List<ReadResult> entries) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new ListAdapter("test-list", () -> entries))).build();
    }

    @Test
    @DisplayName("100,000 distinct categories load; the 100,001st stops the load naming the column and the line")
    void limitOnDistinctCategories() {
        assertThat(loader(entries(DistinctValues.MAX_DISTINCT, true)).load(InputSource.of("in.testlist", new byte[0]))
                .summary().accepted()).isEqualTo(DistinctValues.MAX_DISTINCT);
        InputException e = catchThrowableOfType(InputException.class,
                () -> loader(entries(DistinctValues.MAX_DISTINCT + 1, true)).load(InputSource.of("in.testlist", new byte[0])));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("in.testlist:" + (DistinctValues.MAX_DISTINCT + 2)).contains("more than 100000 distinct category values");
    }

    @Test
    @DisplayName("repeated values never count twice: 150,000 rows over 500 sites and one category load")
    void repeatedValues() {
        assertThat(loader(entries(150_000, false)).load(InputSource.of("in.testlist", new byte[0])).summary().accepted()).isEqualTo(150_000);
    }

    @Test
    @DisplayName("values noted ahead: within the limit they are noted at once; past it in one column nothing is noted")
    void notedAhead() {
        List<String> sites = java.util.stream.IntStream.range(0, DistinctValues.MAX_DISTINCT).mapToObj(i -> "S" + i).toList();
        DistinctValues within = new DistinctValues();
        within.add(Optional.of("ACME"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), () -> SourcePosition.of("in", 2));
        assertThat(within.noteAllIfWithinLimit(Map.of(RecordField.ESTABLISHMENT, sites,
                RecordField.COMPANY, List.of("ACME", "Beta", "Beta")))).isTrue();
        assertThat(within.distinct(RecordField.ESTABLISHMENT)).isEqualTo(DistinctValues.MAX_DISTINCT);
        assertThat(within.distinct(RecordField.COMPANY)).as("ACME noted before counts once").isEqualTo(2);

        DistinctValues past = new DistinctValues();
        List<String> tooMany = new ArrayList<>(sites);
        tooMany.add("one more");
        assertThat(past.noteAllIfWithinLimit(Map.of(RecordField.COMPANY, List.of("ACME"), RecordField.ESTABLISHMENT, tooMany)))
                .isFalse();
        assertThat(past.distinct(RecordField.ESTABLISHMENT)).isZero();
        assertThat(past.distinct(RecordField.COMPANY)).isZero();
    }
}

package org.mixite.core.indicators.egapro.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.table.EmployeeTable;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * Indicator 5 (the ten highest pays, décret 2019-15, annexe point 5): the column-wise pass notes
 * the pays that may enter the ten while it reads a block of rows and offers them after it; the
 * ten must be the record pass's, entry for entry, whatever the blocks.
 */
class EgaproRowsTopTenTest {

    private static final ReferencePeriod PERIOD = ReferencePeriod.calendarYear(2025);

    @Property(tries = 40)
    @Label("indicator 5 (top 10 earners): the column-wise pass keeps the record pass's ten, in order, across blocks of rows")
    void topTenAsRecordPass(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20_000) int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EmployeeRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // Ids repeat (unvalidated input) and pays tie, so the first of two equal (pay, id) entries must stay first.
            BigDecimal pay = BigDecimal.valueOf(30_000 + random.nextInt(40) * 1_000L);
            EmployeeRecord.Builder b = EmployeeRecord.builder("P" + random.nextInt(1 + size / 50), random.nextBoolean() ? Sex.FEMALE : Sex.MALE)
                    .category("ic").birthYear(1980).hireDate(LocalDate.of(2019, 1, 1))
                    .annualBasePay(random.nextInt(10) == 0 ? pay.setScale(3) : pay) // 3 decimals: not a plain row, read by the record pass in its place
                    .fte(random.nextInt(5) == 0 ? new BigDecimal("0.8") : BigDecimal.ONE);
            records.add(b.build());
        }
        TableColumns columns = EmployeeTable.of(records).columns();
        EgaproAccumulator byColumns = new EgaproAccumulator(PERIOD, Modalite.CSP);
        byColumns.addRows(columns, 0, columns.size());
        EgaproAccumulator byRecords = new EgaproAccumulator(PERIOD, Modalite.CSP);
        records.forEach(byRecords::add);
        assertThat(entries(byColumns.top)).isEqualTo(entries(byRecords.top)).hasSize(Math.min(size, TopEarnersList.SIZE));
    }

    private static List<String> entries(TopEarnersList top) {
        return top.entries().stream().map(e -> e.pay().stripTrailingZeros().toPlainString() + " " + e.id() + " " + e.female()).toList();
    }
}

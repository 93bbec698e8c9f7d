package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/**
 * dsn.md §4: combining a year does not depend on the order in which its months are read — raised
 * and promoted compare the months in month order, pay and FTE add up — and a month given twice
 * counts once.
 */
class DsnYearCombinerProperties {

    /** One person-month: the person, the month (over two years), the base pay, hours, PCS and whether a stoppage. */
    record PersonMonth(int person, int month, int pay, int hours, String pcs, boolean stoppage) {

        EmployeeRecord record() {
            return EmployeeRecord.builder("P" + person, Sex.FEMALE).annualBasePay(BigDecimal.valueOf(pay, 2)).jobCode(pcs).build();
        }

        MonthFacts facts() {
            return new MonthFacts(Optional.of("nir" + person), MonthFacts.rate(BigDecimal.valueOf(pay, 2), BigDecimal.valueOf(hours)),
                    stoppage, Optional.of(BigDecimal.ONE), Optional.of(pcs), Optional.empty(),
                    List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        }

        YearMonth yearMonth() {
            return YearMonth.of(2024, 1).plusMonths(month);
        }
    }

    @Provide
    Arbitrary<List<PersonMonth>> months() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(100_000, 110_000), Arbitraries.of(140, 151),
                        Arbitraries.of("388a", "478a", "543a"), Arbitraries.frequency(net.jqwik.api.Tuple.of(5, false),
                                net.jqwik.api.Tuple.of(1, true)))
                .as(PersonMonth::new).list().ofMaxSize(60)
                .uniqueElements(m -> m.person() * 100 + m.month()); // a month given twice keeps the first read: not order-free
    }

    private static List<EmployeeRecord> combine(List<PersonMonth> months) {
        DsnYearCombiner combiner = new DsnYearCombiner();
        months.forEach(m -> combiner.add(m.yearMonth(), m.record(), m.facts()));
        return combiner.result();
    }

    @Property(tries = 1000)
    @Label("dsn.md §4: the annual records do not depend on the order the months are read in")
    void orderFree(@ForAll("months") List<PersonMonth> months, @ForAll long seed) {
        List<PersonMonth> sorted = new ArrayList<>(months);
        sorted.sort(java.util.Comparator.comparingInt(PersonMonth::month));
        List<PersonMonth> shuffled = new ArrayList<>(months);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(combine(shuffled)).isEqualTo(combine(sorted));
    }

    @Property(tries = 300)
    @Label("issue 20: the annual records built in slices on a pool are those built one after the other, in the same order")
    void slicesAsOneAfterTheOther(@ForAll("people") List<PersonMonth> months, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5)
            int parts) throws InterruptedException {
        DsnYearCombiner combiner = new DsnYearCombiner();
        months.forEach(m -> combiner.add(m.yearMonth(), m.record(), m.facts()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            assertThat(combiner.combined(pool, parts)).isEqualTo(combiner.combined());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Up to forty people, so that slices hold several each. */
    @Provide
    Arbitrary<List<PersonMonth>> people() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(100_000, 110_000), Arbitraries.of(140, 151),
                        Arbitraries.of("388a", "478a", "543a"), Arbitraries.of(false, true))
                .as(PersonMonth::new).list().ofMaxSize(200);
    }

    @Property(tries = 300)
    @Label("dsn.md §4: a month given twice is counted once, and said")
    void duplicatesOnce(@ForAll("months") List<PersonMonth> months) {
        List<PersonMonth> twice = new ArrayList<>(months);
        twice.addAll(months);
        DsnYearCombiner combiner = new DsnYearCombiner();
        twice.forEach(m -> combiner.add(m.yearMonth(), m.record(), m.facts()));
        assertThat(combiner.result()).isEqualTo(combine(months));
        assertThat(combiner.duplicateMonths()).isEqualTo(months.size());
    }
}

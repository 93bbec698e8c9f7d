package org.mixite.core.indicators.paygap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** Invariants of the pay-gap figures. */
class PayGapProperties {

    @Provide
    Arbitrary<List<EmployeeRecord>> workforce() {
        Arbitrary<EmployeeRecord> person = Combinators.combine(
                Arbitraries.of(Sex.FEMALE, Sex.MALE, Sex.MALE, Sex.OTHER), Arbitraries.of("a", "b", "c"),
                Arbitraries.integers().between(1000, 6000), Arbitraries.integers().between(0, 500))
                .as((sex, category, cents, bonus) -> EmployeeRecord.builder("x", sex).birthYear(1980).category(category)
                        .hourlyPay(BigDecimal.valueOf(cents, 2)).annualBasePay(BigDecimal.valueOf(cents * 1820L, 2))
                        .bonus12m(BigDecimal.valueOf(bonus)).annualVariablePay(BigDecimal.valueOf(bonus)).build());
        return person.list().ofMinSize(1).ofMaxSize(60).map(list -> {
            List<EmployeeRecord> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                unique.add(list.get(i).toBuilder().id("E" + i).build());
            }
            return unique;
        });
    }

    private static PayGapReport report(List<EmployeeRecord> records) {
        PayGapAccumulator acc = new PayGapAccumulator(PayGapOptions.of(PayGapRulesTest.YEAR).withMinCell(1));
        records.forEach(acc::add);
        return acc.result();
    }

    @Property(tries = 300)
    @Label("quartile bands: women + men = band size, sizes sum to the population, shares sum to 100 ± 0.1")
    void quartileSharesSumTo100(@ForAll("workforce") List<EmployeeRecord> records) {
        PayGapReport r = report(records);
        long population = records.stream().filter(e -> e.sex().isBinary()).count();
        assertThat(r.eu().quartiles().stream().mapToLong(QuartileBand::size).sum()).isEqualTo(population);
        for (QuartileBand band : r.eu().quartiles()) {
            if (band.size() > 0) {
                BigDecimal sum = band.femalePercent().orElseThrow().add(band.malePercent().orElseThrow());
                assertThat(sum).isBetween(new BigDecimal("99.9"), new BigDecimal("100.1"));
            }
        }
    }

    @Property(tries = 300)
    @Label("swapping women and men flips the sign of the mean gap's direction")
    void swapFlipsSign(@ForAll("workforce") List<EmployeeRecord> records) {
        List<EmployeeRecord> swapped = records.stream().map(e -> e.toBuilder().sex(e.sex().swapped()).build()).toList();
        PayGapReport a = report(records);
        PayGapReport b = report(swapped);
        a.eu().meanGap().ifPresent(gap -> assertThat(b.eu().meanGap().orElseThrow().signum()).isEqualTo(-gap.signum()));
        assertThat(b.eu().meanGap().isPresent()).isEqualTo(a.eu().meanGap().isPresent());
    }

    @Property(tries = 200)
    @Label("permuting the records changes nothing")
    void permutationInvariance(@ForAll("workforce") List<EmployeeRecord> records, @ForAll long seed) {
        List<EmployeeRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(report(shuffled)).isEqualTo(report(records));
    }

    @Property(tries = 200)
    @Label("scale invariance: multiplying all pay by c changes no gap")
    void scaleInvariance(@ForAll("workforce") List<EmployeeRecord> records, @ForAll @IntRange(min = 2, max = 9) int c) {
        BigDecimal factor = BigDecimal.valueOf(c);
        List<EmployeeRecord> scaled = records.stream().map(e -> e.toBuilder()
                .hourlyPay(e.hourlyPay().orElseThrow().multiply(factor)).annualBasePay(e.annualBasePay().orElseThrow().multiply(factor))
                .bonus12m(e.bonus12m().orElseThrow().multiply(factor)).annualVariablePay(e.annualVariablePay().orElseThrow().multiply(factor))
                .build()).toList();
        PayGapReport a = report(records);
        PayGapReport b = report(scaled);
        assertThat(b.eu().meanGap()).isEqualTo(a.eu().meanGap());
        assertThat(b.eu().medianGap()).isEqualTo(a.eu().medianGap());
        assertThat(b.uk().meanBonusGap()).isEqualTo(a.uk().meanBonusGap());
        assertThat(b.eu().quartiles()).isEqualTo(a.eu().quartiles());
        a.eu().categoryGaps().forEach((name, cell) -> cell.shown().ifPresent(gap -> {
            PayGapReport.CategoryGap other = b.eu().categoryGaps().get(name).shown().orElseThrow();
            // The total gap rests on the given hourly pay: exact.
            assertThat(other.gap()).isEqualTo(gap.gap());
            // Base and variable hourly components are derived (amount / hours) to 10⁻⁹ €, their only
            // rounding: scaling can move them by that rounding, never by more than a tenth of a point.
            gap.variableGap().ifPresent(v -> assertThat(other.variableGap().orElseThrow())
                    .isCloseTo(v, org.assertj.core.data.Offset.offset(new BigDecimal("0.1"))));
        }));
    }

    @Property(tries = 200)
    @Label("merge(a, b) equals accumulating a ∪ b")
    void mergeEqualsUnion(@ForAll("workforce") List<EmployeeRecord> records, @ForAll @IntRange(max = 60) int cut) {
        int split = Math.min(cut, records.size());
        PayGapAccumulator a = new PayGapAccumulator(PayGapOptions.of(PayGapRulesTest.YEAR).withMinCell(1));
        PayGapAccumulator b = new PayGapAccumulator(PayGapOptions.of(PayGapRulesTest.YEAR).withMinCell(1));
        records.subList(0, split).forEach(a::add);
        records.subList(split, records.size()).forEach(b::add);
        assertThat(a.merge(b).result()).isEqualTo(report(records));
    }

    @Property(tries = 200)
    @Label("after merge(a, b) both go on: a has the figures of a ∪ b, b of b plus what it gets next, even where a new working time rescales its values")
    void mergedAccumulatorsStayApart(@ForAll("workforce") List<EmployeeRecord> records, @ForAll @IntRange(max = 60) int cut,
                                     @ForAll @IntRange(max = 60) int cut2, @ForAll("workforce") List<EmployeeRecord> more) {
        int first = Math.min(cut, records.size());
        int second = Math.max(first, Math.min(cut2, records.size()));
        List<EmployeeRecord> x = records.subList(0, first);
        List<EmployeeRecord> y = records.subList(first, second);
        List<EmployeeRecord> z = new ArrayList<>(records.subList(second, records.size()));
        // Part-time and short presences: new denominators, so the values already taken over get rescaled or rounded.
        for (int i = 0; i < more.size(); i++) {
            EmployeeRecord r = more.get(i);
            z.add(EmployeeRecord.builder("Z" + i, r.sex()).birthYear(1980).category(r.category().orElseThrow())
                    .fte(new BigDecimal(i % 2 == 0 ? "0.5" : "0.37")).hireDate(PayGapRulesTest.YEAR.start().plusDays(i * 7L))
                    .annualBasePay(r.annualBasePay().orElseThrow()).annualVariablePay(r.annualVariablePay().orElseThrow())
                    .bonus12m(r.bonus12m().orElseThrow()).build());
        }
        PayGapAccumulator a = new PayGapAccumulator(PayGapOptions.of(PayGapRulesTest.YEAR).withMinCell(1));
        PayGapAccumulator b = new PayGapAccumulator(PayGapOptions.of(PayGapRulesTest.YEAR).withMinCell(1));
        x.forEach(a::add);
        y.forEach(b::add);
        a.merge(b);
        z.forEach(b::add);
        PayGapReport bReport = b.result();
        List<EmployeeRecord> yz = new ArrayList<>(y);
        yz.addAll(z);
        assertThat(bReport).isEqualTo(report(yz));
        List<EmployeeRecord> xy = new ArrayList<>(x);
        xy.addAll(y);
        assertThat(a.result()).isEqualTo(report(xy));
        // and a third one taking a's values, a going on too
        PayGapAccumulator c = new PayGapAccumulator(PayGapOptions.of(PayGapRulesTest.YEAR).withMinCell(1));
        c.merge(a);
        z.forEach(a::add);
        List<EmployeeRecord> xyz = new ArrayList<>(xy);
        xyz.addAll(z);
        assertThat(a.result()).isEqualTo(report(xyz));
        assertThat(c.result()).isEqualTo(report(xy));
        assertThat(b.result()).isEqualTo(bReport);
    }
}

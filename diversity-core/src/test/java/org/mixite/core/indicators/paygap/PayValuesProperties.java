package org.mixite.core.indicators.paygap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The exact sums and order statistics under the pay-gap figures (regulations.md: round only the published figure). */
class PayValuesProperties {

    /** An amount numerator / denominator: pay in cents × days over working hours (hundredths) × 52 × days present. */
    record Amount(long numerator, long denominator) {
        BigDecimal value() {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128);
        }
    }

    @Provide
    Arbitrary<List<Amount>> amounts() {
        Arbitrary<Amount> one = Combinators.combine(Arbitraries.longs().between(0, 20_000_000L),
                        Arbitraries.of(3500L, 2800L, 1750L, 3900L, 3333L), Arbitraries.integers().between(1, 365))
                .as((cents, hundredthHours, present) -> new Amount(cents * 365, hundredthHours * 52 * present));
        return one.list().ofMaxSize(80);
    }

    private static PayValues values(List<Amount> amounts) {
        PayValues v = new PayValues(1_000_000_000L);
        for (Amount a : amounts) {
            v.add(a.numerator(), a.denominator(), BigDecimal.valueOf(a.numerator()).movePointRight(9)
                    .divide(BigDecimal.valueOf(a.denominator()), 0, java.math.RoundingMode.HALF_UP).longValueExact());
        }
        return v;
    }

    private static boolean same(Fraction a, Fraction b) {
        return a.numerator().multiply(b.denominator()).equals(b.numerator().multiply(a.denominator()));
    }

    @Property(tries = 300)
    @Label("the sum is the exact sum of the fractions, whatever the mix of denominators")
    void exactSum(@ForAll("amounts") List<Amount> amounts) {
        BigInteger p = BigInteger.ZERO;
        BigInteger q = BigInteger.ONE;
        for (Amount a : amounts) {
            p = p.multiply(BigInteger.valueOf(a.denominator())).add(BigInteger.valueOf(a.numerator()).multiply(q));
            q = q.multiply(BigInteger.valueOf(a.denominator()));
        }
        assertThat(same(values(amounts).sum(), new Fraction(p, q))).isTrue();
    }

    @Property(tries = 300)
    @Label("twice the median is the two middle amounts added: exactly, or within one nano-euro once rounded")
    void median(@ForAll("amounts") List<Amount> amounts) {
        if (amounts.isEmpty()) {
            assertThat(values(amounts).twiceMedian()).isNull();
            return;
        }
        List<Amount> sorted = new ArrayList<>(amounts);
        sorted.sort(Comparator.comparing(Amount::value));
        int n = sorted.size();
        BigDecimal twice = n % 2 == 1 ? sorted.get(n / 2).value().multiply(BigDecimal.valueOf(2))
                : sorted.get(n / 2 - 1).value().add(sorted.get(n / 2).value());
        Fraction got = values(amounts).twiceMedian();
        BigDecimal gotValue = new BigDecimal(got.numerator()).divide(new BigDecimal(got.denominator()), MathContext.DECIMAL128);
        assertThat(gotValue.subtract(twice).abs()).isLessThanOrEqualTo(new BigDecimal("1E-9"));
    }

    @Property(tries = 300)
    @Label("merge(a, b) has the sum, the median and the count of a ∪ b")
    void mergeEqualsUnion(@ForAll("amounts") List<Amount> amounts, @ForAll @IntRange(max = 80) int cut) {
        int at = Math.min(cut, amounts.size());
        PayValues a = values(amounts.subList(0, at));
        a.addAll(values(amounts.subList(at, amounts.size())));
        PayValues all = values(amounts);
        assertThat(a.count()).isEqualTo(all.count());
        assertThat(same(a.sum(), all.sum())).isTrue();
        if (!amounts.isEmpty()) {
            Fraction x = a.twiceMedian();
            Fraction y = all.twiceMedian();
            BigDecimal dx = new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()), MathContext.DECIMAL128);
            BigDecimal dy = new BigDecimal(y.numerator()).divide(new BigDecimal(y.denominator()), MathContext.DECIMAL128);
            assertThat(dx.subtract(dy).abs()).isLessThanOrEqualTo(new BigDecimal("2E-9"));
        }
    }

    @Property(tries = 300)
    @Label("a merge takes the other's values without copying them, yet both go on apart: later values, rescales and medians of one never show in the other")
    void mergedSeriesStayApart(@ForAll("amounts") List<Amount> x, @ForAll("amounts") List<Amount> y, @ForAll("amounts") List<Amount> z) {
        PayValues a = values(x);
        PayValues b = values(y);
        a.addAll(b);
        for (Amount amount : z) {
            b.add(amount.numerator(), amount.denominator());
        }
        Fraction bMedian = b.twiceMedian();
        PayValues c = values(List.of());
        c.addAll(a);
        for (Amount amount : z) {
            a.add(amount.numerator(), amount.denominator());
        }
        List<Amount> yz = new ArrayList<>(y);
        yz.addAll(z);
        List<Amount> xy = new ArrayList<>(x);
        xy.addAll(y);
        List<Amount> xyz = new ArrayList<>(xy);
        xyz.addAll(z);
        assertSameSeries(b, yz);
        assertSameSeries(c, xy);
        assertSameSeries(a, xyz);
        assertThat(b.twiceMedian()).isEqualTo(bMedian);
    }

    private static void assertSameSeries(PayValues got, List<Amount> amounts) {
        PayValues want = values(amounts);
        assertThat(got.count()).isEqualTo(amounts.size());
        assertThat(same(got.sum(), want.sum())).isTrue();
        if (!amounts.isEmpty()) {
            Fraction x = got.twiceMedian();
            Fraction y = want.twiceMedian();
            BigDecimal dx = new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()), MathContext.DECIMAL128);
            BigDecimal dy = new BigDecimal(y.numerator()).divide(new BigDecimal(y.denominator()), MathContext.DECIMAL128);
            assertThat(dx.subtract(dy).abs()).isLessThanOrEqualTo(new BigDecimal("2E-9"));
        }
    }

    @Property(tries = 300)
    @Label("the ESRS ratio's values: merged without copying, both go on apart, the highest and middle values those of each one's own values")
    void mergedTotalsStayApart(@ForAll List<@IntRange(max = 1_000_000) Integer> x, @ForAll List<@IntRange(max = 1_000_000) Integer> y,
                               @ForAll List<@IntRange(max = 1_000_000) Integer> z) {
        LongValues a = longValues(x);
        LongValues b = longValues(y);
        a.addAll(b);
        z.forEach(b::add);
        LongValues c = longValues(List.of());
        c.addAll(a);
        c.addAll(c);
        z.forEach(a::add);
        List<Integer> yz = new ArrayList<>(y);
        yz.addAll(z);
        List<Integer> xy = new ArrayList<>(x);
        xy.addAll(y);
        List<Integer> xyz = new ArrayList<>(xy);
        xyz.addAll(z);
        List<Integer> xyxy = new ArrayList<>(xy);
        xyxy.addAll(xy);
        assertSameTotals(b, yz);
        assertSameTotals(a, xyz);
        assertSameTotals(c, xyxy);
    }

    private static LongValues longValues(List<Integer> values) {
        LongValues v = new LongValues();
        values.forEach(v::add);
        return v;
    }

    private static void assertSameTotals(LongValues got, List<Integer> values) {
        assertThat(got.size()).isEqualTo(values.size());
        if (values.size() >= 2) {
            List<Long> sorted = values.stream().map(Long::valueOf).sorted().toList();
            int others = sorted.size() - 1;
            assertThat(got.highestAndMiddleOfOthers())
                    .containsExactly(sorted.get(others), sorted.get((others - 1) / 2), sorted.get(others / 2));
        }
    }

    @Property(tries = 200)
    @Label("with one working time for everyone, the median is exact")
    void oneWorkingTimeIsExact(@ForAll("amounts") List<Amount> amounts) {
        List<Amount> same = amounts.stream().map(a -> new Amount(a.numerator(), 3500L * 52 * 365)).toList();
        if (same.isEmpty()) {
            return;
        }
        List<Amount> sorted = new ArrayList<>(same);
        sorted.sort(Comparator.comparing(Amount::numerator));
        int n = sorted.size();
        long twice = n % 2 == 1 ? 2 * sorted.get(n / 2).numerator() : sorted.get(n / 2 - 1).numerator() + sorted.get(n / 2).numerator();
        assertThat(same(values(same).twiceMedian(), Fraction.of(twice, 3500L * 52 * 365))).isTrue();
    }

    @Property(tries = 3000)
    @net.jqwik.api.Label("issue 20: a value rounded to the unit in longs is BigDecimal's numerator × unit / den, half up (regulations.md: exact to 10⁻⁹ € an hour)")
    void toUnitInLongsIsBigDecimals(@ForAll long numerator, @ForAll("denominators") long den, @ForAll("units") long unit) {
        long expected;
        try {
            expected = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(unit))
                    .divide(BigDecimal.valueOf(den), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException tooLarge) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PayValues.toUnit(numerator, den, unit))
                    .isInstanceOf(ArithmeticException.class);
            return;
        }
        org.assertj.core.api.Assertions.assertThat(PayValues.toUnit(numerator, den, unit)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Long> denominators() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 1_000), Arbitraries.longs().between(1, 100_000_000_000L),
                Arbitraries.longs().between(1, Long.MAX_VALUE), Arbitraries.of(1L, 2L, 3L, 7L, 9_223_372_036L, 9_223_372_037L));
    }

    @Provide
    Arbitrary<Long> units() {
        return Arbitraries.of(1_000_000_000L, 1_000_000L, 1L);
    }

    @net.jqwik.api.Example
    @net.jqwik.api.Label("issue 20: halves round away from zero in longs, as RoundingMode.HALF_UP")
    void toUnitHalves() {
        assertThat(PayValues.toUnit(1, 2, 1)).isEqualTo(1);
        assertThat(PayValues.toUnit(-1, 2, 1)).isEqualTo(-1);
        assertThat(PayValues.toUnit(3, 2, 1)).isEqualTo(2);
        assertThat(PayValues.toUnit(-3, 2, 1)).isEqualTo(-2);
        assertThat(PayValues.toUnit(4, 10, 1)).isZero();
        assertThat(PayValues.toUnit(-4, 10, 1)).isZero();
        assertThat(PayValues.toUnit(1, 2_000_000_000L, 1_000_000_000L)).isEqualTo(1);
        assertThat(PayValues.toUnit(1, 2_000_000_001L, 1_000_000_000L)).isZero();
        assertThat(PayValues.toUnit(Long.MIN_VALUE, 1, 1)).isEqualTo(Long.MIN_VALUE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PayValues.toUnit(Long.MIN_VALUE, 1, 10))
                .isInstanceOf(ArithmeticException.class);
    }
}

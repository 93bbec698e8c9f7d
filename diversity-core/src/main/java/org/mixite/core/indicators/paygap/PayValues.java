package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * One sex's pay amounts for a mean, a median and quartiles, each amount an exact fraction
 * {@code numerator / denominator} of euros.
 *
 * <p>The mean is exact ({@link FractionSums}). Order statistics need the values themselves, one
 * {@code long} each, over a common denominator: the least common multiple of the denominators
 * seen (working times × presence), as long as it and the values fit in a {@code long} and it
 * changed at most {@value #MAX_RESCALES} times; medians and quartiles are then exact. Past that
 * (many unrelated working times or presences), the values are kept rounded half up to
 * {@code 1/unit} € (10⁻⁹ € an hour, 10⁻⁶ € a year), and medians are exact to that unit.
 */
final class PayValues {

    static final int MAX_RESCALES = 32;

    private final long unit;
    private final FractionSums sums = new FractionSums(1);
    private long[] values = new long[64];
    private int size;
    /**
     * Whether another series read {@code values[0, size)} in a merge and may still hold it: the
     * values are then changed in place only after a copy ({@link #writable}). Adding past
     * {@code size} is safe: the other one reads only what was there.
     */
    private boolean shared;
    /**
     * Values taken over by {@link #addAll} without copying them (another series' arrays, read
     * only), on this one's scale; they count as this series' values, and are copied into
     * {@code values} only when the values are read or rescaled ({@link #readable}) — in {@code IndicatorSuite.compute}, on every core.
     */
    private final BorrowedRuns borrowed = new BorrowedRuns();
    /** The common denominator while exact; -1 before the first value; 0 once rounded to the unit. */
    private long denominator = -1;
    private int rescales;

    PayValues(long unit) {
        this.unit = unit;
    }

    /** Adds {@code numerator / denominator} €, whose value rounded to the unit is {@code rounded}. */
    void add(long numerator, long denominator, long rounded) {
        sums.add(denominator, 0, numerator);
        if (this.denominator == -1) {
            this.denominator = denominator;
        }
        long value = this.denominator == 0 ? rounded : onCommonDenominator(numerator, denominator);
        if (this.denominator == 0 && value != rounded) {
            value = rounded; // the common denominator was just given up
        }
        push(value);
    }

    /**
     * Adds {@code numerator / denominator} €, rounding it to the unit only if the values are
     * kept rounded: the same as {@link #add(long, long, long)} with the rounded value (that is
     * {@code numerator × unit / denominator} rounded half up), without computing it per value.
     */
    void add(long numerator, long denominator) {
        sums.add(denominator, 0, numerator);
        if (this.denominator == -1) {
            this.denominator = denominator;
        }
        push(this.denominator == 0 ? toUnit(numerator, denominator) : onCommonDenominator(numerator, denominator));
    }

    /**
     * {@link #add(long, long)} without the exact sum: the caller adds the sums of its values
     * itself, per denominator ({@link #addToSum}), as one sum of many values costs less than
     * many (the column-wise pass, where they are a few working times' pay totals times a factor).
     */
    void addWithoutSum(long numerator, long denominator) {
        if (this.denominator == -1) {
            this.denominator = denominator;
        }
        push(this.denominator == 0 ? toUnit(numerator, denominator) : onCommonDenominator(numerator, denominator));
    }

    /** Adds {@code numerator / denominator} € to the exact sum only: the sum of values added by {@link #addWithoutSum}. */
    void addToSum(long denominator, BigInteger numerator) {
        if (numerator.signum() == 0) {
            return;
        }
        if (numerator.bitLength() < Long.SIZE) {
            sums.add(denominator, 0, numerator.longValue());
        } else {
            sums.add(denominator, 0, numerator);
        }
    }

    /** The numerator over the common denominator, widening it when needed; rounds everything when it cannot. */
    private long onCommonDenominator(long numerator, long d) {
        if (d == denominator) {
            return numerator; // the usual case: no division
        }
        try {
            if (denominator % d != 0) {
                if (rescales >= MAX_RESCALES) {
                    throw new ArithmeticException("too many working times");
                }
                long lcm = Math.multiplyExact(denominator / gcd(denominator, d), d);
                long factor = lcm / denominator;
                writable();
                long[] scaled = new long[size];
                for (int i = 0; i < size; i++) {
                    scaled[i] = Math.multiplyExact(values[i], factor);
                }
                System.arraycopy(scaled, 0, values, 0, size);
                denominator = lcm;
                rescales++;
            }
            return Math.multiplyExact(numerator, denominator / d);
        } catch (ArithmeticException tooLarge) {
            round();
            return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(unit))
                    .divide(BigDecimal.valueOf(d), 0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    void addAll(PayValues other) {
        sums.addAll(other.sums);
        if (other.count() == 0) {
            return;
        }
        if (denominator == -1) {
            denominator = other.denominator;
        }
        if (other.denominator == denominator && other != this) {
            // The usual case (one working time, or both rounded): take their values as they are, without copying them.
            borrowed.borrow(other.values, other.size, other.borrowed);
            other.shared = true;
            return;
        }
        other.readable();
        long[] theirs = new long[other.size];
        if (other.denominator == 0 || denominator == 0) {
            round();
            for (int i = 0; i < other.size; i++) {
                theirs[i] = other.denominator == 0 ? other.values[i] : toUnit(other.values[i], other.denominator);
            }
        } else {
            for (int i = 0; i < other.size; i++) {
                theirs[i] = onCommonDenominator(other.values[i], other.denominator);
                if (denominator == 0) { // given up midway: start over, rounded
                    for (int j = 0; j < other.size; j++) {
                        theirs[j] = toUnit(other.values[j], other.denominator);
                    }
                    break;
                }
            }
        }
        reserve(theirs.length);
        System.arraycopy(theirs, 0, values, size, theirs.length);
        size += theirs.length;
    }

    /** The values, read in place: {@code values[0, size)} and the borrowed ones. */
    private Chunks chunks() {
        return borrowed.chunks(values, size);
    }

    /** Copies the borrowed values into {@code values}, so that {@code values[0, size)} are all the values. */
    private void readable() {
        if (borrowed.isEmpty()) {
            return;
        }
        int n = count();
        values = borrowed.appendTo(values, size);
        size = n;
        shared = false;
    }

    /** {@link #readable}, and {@code values} this series' own, to change in place. */
    private void writable() {
        readable();
        if (shared) {
            values = values.clone();
            shared = false;
        }
    }

    /** Makes room for {@code more} values without growing again (e.g. the rows of a table known in advance). */
    void reserve(int more) {
        if (size + more > values.length) {
            values = Arrays.copyOf(values, Math.max(size + more, size * 2));
        }
    }

    int count() {
        return size + borrowed.total();
    }

    /** The exact sum of the amounts, in euros. */
    Fraction sum() {
        return sums.total(0);
    }

    /** Twice the median in euros (the two middle values added), exact or to the unit; null when empty. */
    Fraction twiceMedian() {
        return count() == 0 ? null : twiceMedian(Selection.middle(chunks()));
    }

    /** Twice the median from the two middle values of this series (on its own scale), null for none. */
    private Fraction twiceMedian(long[] middle) {
        return middle == null ? null : new Fraction(BigInteger.valueOf(middle[0]).add(BigInteger.valueOf(middle[1])),
                BigInteger.valueOf(denominator == 0 ? unit : denominator));
    }

    /**
     * Twice the median of each series and their quartile bands. When both series are on one
     * scale (the usual case), one {@link OrderStatistics} gives all three; otherwise the medians
     * are taken on each series' own scale first, then the bands on a common one.
     */
    static MediansAndBands mediansAndBands(PayValues women, PayValues men) {
        if (women.count() == 0 || men.count() == 0 || women.denominator == men.denominator) {
            OrderStatistics statistics = OrderStatistics.of(women.chunks(), men.chunks());
            return new MediansAndBands(women.twiceMedian(statistics.womenMiddle()), men.twiceMedian(statistics.menMiddle()),
                    statistics.bands());
        }
        Fraction womenMedian = women.twiceMedian();
        Fraction menMedian = men.twiceMedian();
        women.readable();
        men.readable();
        long[][] values = onOneScale(women, men);
        return new MediansAndBands(womenMedian, menMedian, OrderStatistics.of(values[0], women.size, values[1], men.size).bands());
    }

    /** Twice each sex's median (null when a sex has no value) and the quartile bands. */
    record MediansAndBands(Fraction womenTwiceMedian, Fraction menTwiceMedian, java.util.List<QuartileBand> bands) {
    }

    /**
     * The values of two series on one scale, in no particular order, for the quartile bands: over
     * one common denominator when both are exact and it fits (the series are rescaled, still
     * exact), else copies rounded to the unit — the series themselves are never rounded here, so
     * a second {@code result()} gives the same figures. Read-only views where not copies.
     */
    static long[][] onOneScale(PayValues women, PayValues men) {
        women.readable();
        men.readable();
        if (women.size == 0 || men.size == 0 || women.denominator == men.denominator) {
            return new long[][] {women.values, men.values};
        }
        if (women.denominator > 0 && men.denominator > 0) {
            try {
                long lcm = Math.multiplyExact(women.denominator / gcd(women.denominator, men.denominator), men.denominator);
                long fw = lcm / women.denominator;
                long fm = lcm / men.denominator;
                if (women.fits(fw) && men.fits(fm)) {
                    women.scale(fw);
                    men.scale(fm);
                    return new long[][] {women.values, men.values};
                }
            } catch (ArithmeticException tooLarge) {
                // fall through to rounded copies
            }
        }
        return new long[][] {women.rounded(), men.rounded()};
    }

    /** Whether every value times {@code factor} fits in a long. */
    private boolean fits(long factor) {
        for (int i = 0; i < size; i++) {
            long v = values[i];
            if (Math.multiplyHigh(v, factor) != (v * factor >> 63)) {
                return false;
            }
        }
        return true;
    }

    /** Multiplies every numerator and the denominator by {@code factor}: the same amounts, exactly. */
    private void scale(long factor) {
        writable();
        for (int i = 0; i < size; i++) {
            values[i] *= factor;
        }
        denominator *= factor;
    }

    /** The values rounded to the unit, in a copy when they are exact. */
    private long[] rounded() {
        if (denominator <= 0) {
            return values;
        }
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = toUnit(values[i], denominator);
        }
        return out;
    }

    /** From exact numerators to values rounded to the unit, in place (the order is kept). */
    private void round() {
        if (denominator > 0) {
            writable();
            for (int i = 0; i < size; i++) {
                values[i] = toUnit(values[i], denominator);
            }
        }
        denominator = 0;
    }

    private long toUnit(long numerator, long den) {
        return toUnit(numerator, den, unit);
    }

    /**
     * {@code numerator × unit / den} rounded half up (away from zero at a half), in longs:
     * (numerator div den) × unit plus the remainder's share, exact while each step fits a long
     * (the usual case, once per value of a million); BigDecimal otherwise.
     */
    static long toUnit(long numerator, long den, long unit) {
        if (den > 0 && unit > 0 && den <= Long.MAX_VALUE / unit) {
            long whole = numerator / den;
            long rest = (numerator % den) * unit; // |rest| < den × unit: fits
            long quotient = rest / den;
            long remainder = rest % den;
            if (remainder > 0 ? remainder >= den - remainder : -remainder >= den + remainder && remainder != 0) {
                quotient += remainder > 0 ? 1 : -1;
            }
            try {
                return Math.addExact(Math.multiplyExact(whole, unit), quotient);
            } catch (ArithmeticException tooLarge) {
                // below, in BigDecimal
            }
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(unit))
                .divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private void push(long value) {
        if (size == values.length) {
            // by half, not double: ten million values (a 1 GB heap's stream) waste a third at most, and a growth holds 2.5×, not 3×
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }
}

package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Exact sums of amounts {@code numerator / denominator} where the denominators come from a small
 * set (one per working time and presence, e.g. weekly hours × 52 × days present): numerators are
 * summed per denominator in {@code long}s (spilling to {@link BigInteger} on overflow), in a
 * primitive open-addressing table, without boxing per record. {@link #total} adds the few
 * per-denominator sums as one exact fraction; should the common denominator grow past
 * {@value #MAX_EXACT_BITS} bits (thousands of unrelated working times), it falls back to a
 * 100-digit decimal sum.
 *
 * <p>Each denominator carries {@code width} sums (e.g. components × sexes). Mergeable.
 */
final class FractionSums {

    static final int MAX_EXACT_BITS = 16_384;
    private static final MathContext FALLBACK = new MathContext(100);

    private final int width;
    private long[] keys = new long[16];
    private long[] sums = new long[16 * 1];
    private BigInteger[] spill;
    private int used;
    /** The last denominator looked up and its slot (0: none; denominators are positive). */
    private long lastKey;
    private int lastSlot;

    FractionSums(int width) {
        this.width = width;
        this.sums = new long[keys.length * width];
    }

    /** Adds {@code numerator / denominator} to sum {@code component}; the denominator is positive. */
    void add(long denominator, int component, long numerator) {
        int slot = slot(denominator);
        int at = slot * width + component;
        long before = sums[at];
        long after = before + numerator;
        if (((before ^ after) & (numerator ^ after)) < 0) { // overflow: move the running sum to the spill
            spill()[at] = spill[at] == null ? BigInteger.valueOf(before) : spill[at].add(BigInteger.valueOf(before));
            after = numerator;
        }
        sums[at] = after;
    }

    /** Adds a numerator too large for a {@code long}. */
    void add(long denominator, int component, BigInteger numerator) {
        int at = slot(denominator) * width + component;
        spill()[at] = spill[at] == null ? numerator : spill[at].add(numerator);
    }

    void addAll(FractionSums other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != 0) {
                for (int c = 0; c < width; c++) {
                    int theirs = i * width + c;
                    add(other.keys[i], c, other.sums[theirs]);
                    if (other.spill != null && other.spill[theirs] != null) {
                        add(other.keys[i], c, other.spill[theirs]);
                    }
                }
            }
        }
    }

    /** The exact sum of component {@code component} over every denominator. */
    Fraction total(int component) {
        BigInteger p = BigInteger.ZERO;
        BigInteger q = BigInteger.ONE;
        BigDecimal approximate = null;
        long[] order = keys.clone();
        Arrays.sort(order); // a fixed order: the result must not depend on insertion order
        for (long key : order) {
            if (key == 0) {
                continue;
            }
            int at = slot(key) * width + component;
            BigInteger s = BigInteger.valueOf(sums[at]);
            if (spill != null && spill[at] != null) {
                s = s.add(spill[at]);
            }
            if (s.signum() == 0) {
                continue;
            }
            BigInteger d = BigInteger.valueOf(key);
            if (approximate == null) {
                BigInteger g = q.gcd(d);
                BigInteger lcm = q.divide(g).multiply(d);
                if (lcm.bitLength() <= MAX_EXACT_BITS) {
                    p = p.multiply(lcm.divide(q)).add(s.multiply(lcm.divide(d)));
                    q = lcm;
                    continue;
                }
                approximate = new BigDecimal(p).divide(new BigDecimal(q), FALLBACK);
            }
            approximate = approximate.add(new BigDecimal(s).divide(new BigDecimal(d), FALLBACK), FALLBACK);
        }
        if (approximate != null) {
            BigDecimal a = approximate.stripTrailingZeros();
            return a.scale() <= 0 ? new Fraction(a.toBigIntegerExact(), BigInteger.ONE)
                    : new Fraction(a.unscaledValue(), BigInteger.TEN.pow(a.scale()));
        }
        return new Fraction(p, q);
    }

    private BigInteger[] spill() {
        if (spill == null) {
            spill = new BigInteger[sums.length];
        }
        return spill;
    }

    /** The slot of a denominator, inserted when new. */
    private int slot(long key) {
        if (key == lastKey) {
            return lastSlot; // most people share a working time: the same denominator again
        }
        int slot = find(key);
        lastKey = key;
        lastSlot = slot;
        return slot;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if ((used + 1) * 2 > keys.length) {
            grow();
            return find(key);
        }
        keys[i] = key;
        used++;
        return i;
    }

    private void grow() {
        lastKey = 0; // the slots move
        long[] oldKeys = keys;
        long[] oldSums = sums;
        BigInteger[] oldSpill = spill;
        keys = new long[oldKeys.length * 2];
        sums = new long[keys.length * width];
        spill = null;
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int to = find(oldKeys[i]);
                System.arraycopy(oldSums, i * width, sums, to * width, width);
                if (oldSpill != null) {
                    for (int c = 0; c < width; c++) {
                        if (oldSpill[i * width + c] != null) {
                            spill()[to * width + c] = oldSpill[i * width + c];
                        }
                    }
                }
            }
        }
    }
}

package org.mixite.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-person columns of an {@link AnalyticsSample}, kept small enough for ten million people
 * in a 1 GB heap (issue 20): what varies per person (hourly pay, tenure, the gross pay of Egapro
 * indicator 1) in primitive columns, and what many people share in two small tables a person
 * points into — a <em>profile</em> (sex, category, labels, Egapro group) and a <em>time</em>
 * (hours paid, fte, the exact factors of indicator-1 pay). About 25 bytes a person, against
 * about 150 when every value had its own column and the exact figures were objects.
 *
 * <p>Indicator-1 pay is rebuilt on demand by the formula {@code EgaproAccumulator} uses, gross ×
 * period days / (fte × days present), from the gross (unscaled long and scale) and the time's
 * divisor; the builder checks each rebuilt pay against the one the core computed and keeps the
 * few that differ (or do not fit a long) as they are, so the value is always the core's, to the
 * scale. Immutable once built; package-private.
 */
final class SampleColumns {

    static final int NO_TENURE = -1;
    private static final MathContext DIGITS = MathContext.DECIMAL128;

    final int size;
    /** Null when the sample was built without ids. */
    final String[] ids;
    final int[] profile;
    final int[] time;
    /** Days from hire to period end, {@link #NO_TENURE} when unknown; null when tenure is not a control. */
    final int[] tenureDays;
    final long[] grossUnscaled;
    final byte[] grossScale;
    /** Indicator-1 pay the columns cannot rebuild exactly, by person. */
    final Map<Integer, BigDecimal> payAsIs;

    // per profile
    final boolean[] female;
    /** The Egapro cell key (the builder's "group\0band" code), -1 outside indicator 1. */
    final int[] cell;

    // per time
    final double[] hours;
    final double[] fte;
    final BigDecimal[] perNano;
    /** fte × days present; null for a full-time whole-period person, whose indicator-1 pay is the gross itself. */
    final BigDecimal[] divisor;
    final BigDecimal periodDays;

    SampleColumns(int size, String[] ids, int[] profile, int[] time, int[] tenureDays, long[] grossUnscaled,
                  byte[] grossScale, Map<Integer, BigDecimal> payAsIs, boolean[] female, int[] cell, double[] hours,
                  double[] fte, BigDecimal[] perNano, BigDecimal[] divisor, BigDecimal periodDays) {
        this.size = size;
        this.ids = ids;
        this.profile = profile;
        this.time = time;
        this.tenureDays = tenureDays;
        this.grossUnscaled = grossUnscaled;
        this.grossScale = grossScale;
        this.payAsIs = payAsIs;
        this.female = female;
        this.cell = cell;
        this.hours = hours;
        this.fte = fte;
        this.perNano = perNano;
        this.divisor = divisor;
        this.periodDays = periodDays;
    }

    String id(int i) {
        // Without ids, a person is named by position, zero-padded so that ids sort in order.
        return ids != null ? ids[i] : String.format("#%010d", i + 1);
    }

    boolean female(int i) {
        return female[profile[i]];
    }

    int cell(int i) {
        return cell[profile[i]];
    }

    double hours(int i) {
        return hours[time[i]];
    }

    double fte(int i) {
        return fte[time[i]];
    }

    /** Years from hire to period end (days / 365.25, as the record path derives them), NaN when unknown. */
    double tenure(int i) {
        int days = tenureDays[i];
        return days == NO_TENURE ? Double.NaN : days / 365.25;
    }

    boolean hasTenure(int i) {
        return tenureDays == null || tenureDays[i] != NO_TENURE;
    }

    /** Indicator-1 pay (full-time full-year euros), 0 outside indicator 1. */
    BigDecimal pay(int i) {
        if (cell(i) < 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal asIs = payAsIs.get(i);
        if (asIs != null) {
            return asIs;
        }
        return rebuiltPay(BigDecimal.valueOf(grossUnscaled[i], grossScale[i]), divisor[time[i]], periodDays);
    }

    BigDecimal perNano(int i) {
        return cell(i) < 0 ? BigDecimal.ZERO : perNano[time[i]];
    }

    /** EgaproAccumulator's conversion: the gross itself for a full-time whole period, else gross × period days / (fte × days). */
    static BigDecimal rebuiltPay(BigDecimal gross, BigDecimal divisor, BigDecimal periodDays) {
        return divisor == null ? gross : gross.multiply(periodDays).divide(divisor, DIGITS);
    }

    /** The same columns for some people only: row j is person rows[j]; the shared tables are shared. */
    SampleColumns rows(int[] rows) {
        int n = rows.length;
        String[] subIds = ids == null ? null : new String[n];
        int[] subProfile = new int[n];
        int[] subTime = new int[n];
        int[] subTenure = tenureDays == null ? null : new int[n];
        long[] subGross = new long[n];
        byte[] subScale = new byte[n];
        Map<Integer, BigDecimal> subAsIs = new HashMap<>();
        for (int j = 0; j < n; j++) {
            int i = rows[j];
            if (subIds != null) {
                subIds[j] = ids[i];
            }
            subProfile[j] = profile[i];
            subTime[j] = time[i];
            if (subTenure != null) {
                subTenure[j] = tenureDays[i];
            }
            subGross[j] = grossUnscaled[i];
            subScale[j] = grossScale[i];
            BigDecimal asIs = payAsIs.get(i);
            if (asIs != null) {
                subAsIs.put(j, asIs);
            }
        }
        return new SampleColumns(n, subIds, subProfile, subTime, subTenure, subGross, subScale, subAsIs, female, cell,
                hours, fte, perNano, divisor, periodDays);
    }
}

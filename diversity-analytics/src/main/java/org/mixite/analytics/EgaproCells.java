package org.mixite.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.Indicator;
import org.mixite.core.indicators.egapro.PayGapScore;

/**
 * Egapro indicator 1 as seen from a sample: the groups (CSP or level × age band) derived from
 * every record the sample was built from, and for each person of the sample the group they
 * count in and how their indicator-1 pay moves with their hourly pay. It lets a simulation
 * recompute indicator 1 exactly, with {@link EgaproCalculator}, after hourly raises.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproCells {

    private static final MathContext DIGITS = MathContext.DECIMAL128;

    private final EgaproInput base;
    private final int[] group;
    private final boolean[] female;
    private final BigDecimal[] pay;
    private final BigDecimal[] perHourlyNano;
    private final long[] baseHourly;

    EgaproCells(EgaproInput base, int[] group, boolean[] female, BigDecimal[] pay, BigDecimal[] perHourlyNano,
                long[] baseHourly) {
        this.base = Objects.requireNonNull(base, "base");
        this.group = group;
        this.female = female;
        this.pay = pay;
        this.perHourlyNano = perHourlyNano;
        this.baseHourly = baseHourly;
    }

    /** The same cells for some of the people only (row {@code j} is person {@code rows[j]}); the others keep their pay. */
    EgaproCells rows(int[] rows) {
        int n = rows.length;
        int[] g = new int[n];
        boolean[] f = new boolean[n];
        BigDecimal[] p = new BigDecimal[n];
        BigDecimal[] per = new BigDecimal[n];
        long[] b = new long[n];
        for (int j = 0; j < n; j++) {
            g[j] = group[rows[j]];
            f[j] = female[rows[j]];
            p[j] = pay[rows[j]];
            per[j] = perHourlyNano[rows[j]];
            b[j] = baseHourly[rows[j]];
        }
        return new EgaproCells(base, g, f, p, per, b);
    }

    /** The input the sample's records give, before any simulated raise. */
    public EgaproInput input() {
        return base;
    }

    /** The group person i counts in (an index into the input's {@code remunerations()}), or empty. */
    public Optional<Integer> group(int i) {
        return group[i] < 0 ? Optional.empty() : Optional.of(group[i]);
    }

    /** Person i's indicator-1 pay (full-time full-year euros) before any simulated raise; 0 outside indicator 1. */
    public BigDecimal pay(int i) {
        return pay[i];
    }

    /** How many euros of person i's indicator-1 pay one more nano-euro an hour gives. */
    public BigDecimal perHourlyNano(int i) {
        return perHourlyNano[i];
    }

    /** Indicator 1 with person i paid {@code hourlyNanos[i]} an hour instead of the sample's original pay. */
    public Indicator<PayGapScore, ?> indicator1(long[] hourlyNanos) {
        List<PayGroup> groups = base.remunerations();
        BigDecimal[][] added = new BigDecimal[groups.size()][2];
        for (int i = 0; i < hourlyNanos.length; i++) {
            long delta = hourlyNanos[i] - baseHourly[i];
            if (delta != 0 && group[i] >= 0) {
                int s = female[i] ? 0 : 1;
                BigDecimal more = perHourlyNano[i].multiply(BigDecimal.valueOf(delta));
                added[group[i]][s] = added[group[i]][s] == null ? more : added[group[i]][s].add(more);
            }
        }
        List<PayGroup> after = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            PayGroup p = groups.get(g);
            BigDecimal[] sums = added[g];
            after.add(new PayGroup(p.categorie(), p.trancheAge(), p.femmes(), p.hommes(),
                    p.remunerationMoyenneFemmes().map(m -> plus(m, sums[0], p.femmes())),
                    p.remunerationMoyenneHommes().map(m -> plus(m, sums[1], p.hommes()))));
        }
        return EgaproCalculator.payGap(base.modaliteRemunerations(), after);
    }

    private static BigDecimal plus(BigDecimal mean, BigDecimal addedToSum, int count) {
        return addedToSum == null ? mean : mean.add(addedToSum.divide(BigDecimal.valueOf(count), DIGITS));
    }
}

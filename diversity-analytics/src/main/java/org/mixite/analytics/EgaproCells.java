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
    /** The index in the input's groups of each cell key of the columns, -1 for none. */
    private final int[] groupOfCell;
    private final SampleColumns people;
    private final long[] baseHourly;

    EgaproCells(EgaproInput base, int[] groupOfCell, SampleColumns people, long[] baseHourly) {
        this.base = Objects.requireNonNull(base, "base");
        this.groupOfCell = groupOfCell;
        this.people = people;
        this.baseHourly = baseHourly;
    }

    /** The same cells over other columns of the same people (a subset, with their original pay). */
    EgaproCells over(SampleColumns subset, long[] subsetHourly) {
        return new EgaproCells(base, groupOfCell, subset, subsetHourly);
    }

    private int groupIndex(int i) {
        int cell = people.cell(i);
        return cell < 0 ? -1 : groupOfCell[cell];
    }

    /** The input the sample's records give, before any simulated raise. */
    public EgaproInput input() {
        return base;
    }

    /** The group person i counts in (an index into the input's {@code remunerations()}), or empty. */
    public Optional<Integer> group(int i) {
        int g = groupIndex(i);
        return g < 0 ? Optional.empty() : Optional.of(g);
    }

    /** Person i's indicator-1 pay (full-time full-year euros) before any simulated raise; 0 outside indicator 1. */
    public BigDecimal pay(int i) {
        return people.pay(i);
    }

    /** How many euros of person i's indicator-1 pay one more nano-euro an hour gives. */
    public BigDecimal perHourlyNano(int i) {
        return people.perNano(i);
    }

    /** Indicator 1 with person i paid {@code hourlyNanos[i]} an hour instead of the sample's original pay. */
    public Indicator<PayGapScore, ?> indicator1(long[] hourlyNanos) {
        List<PayGroup> groups = base.remunerations();
        BigDecimal[][] added = new BigDecimal[groups.size()][2];
        for (int i = 0; i < hourlyNanos.length; i++) {
            long delta = hourlyNanos[i] - baseHourly[i];
            int g = delta == 0 ? -1 : groupIndex(i);
            if (g >= 0) {
                int s = people.female(i) ? 0 : 1;
                BigDecimal more = people.perNano(i).multiply(BigDecimal.valueOf(delta));
                added[g][s] = added[g][s] == null ? more : added[g][s].add(more);
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

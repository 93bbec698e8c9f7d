package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.SexTally;

/**
 * Years to parity in technical digital jobs: a stock-flow projection of the women's share at
 * the period's rates, held constant.
 *
 * <p>Method. From the period's end stock S (women, men), its hires H and exits E: the stock at
 * the start is B = S − H + E; each sex's exit rate is e = E / B; the hire rate is
 * h = (H women + H men) / (B women + B men) and the women's share of hires w = H women / H.
 * Then, year after year, women(t+1) = women(t) × (1 − e women) + w × h × all(t), and
 * men(t+1) = men(t) × (1 − e men) + (1 − w) × h × all(t). The year a target share (40%, 50%) is
 * first reached is reported; where the share never gets there within {@value #HORIZON} years, "never
 * at current rates", with the long-run share the rates lead to.
 *
 * <p>Assumptions: the period is a year; rates stay as they were; moves between job families
 * (and a hire and exit of one person within the period) are not modelled; the members stay the
 * same. Computed in decimals of 34 digits; the shares are rounded once, for display.
 */
@API(status = API.Status.EXPERIMENTAL)
public record ParityProjection(Optional<String> notComputable, int baseYear, Optional<BigDecimal> startShare,
                               Optional<BigDecimal> exitRateFemale, Optional<BigDecimal> exitRateMale,
                               Optional<BigDecimal> hireRate, Optional<BigDecimal> womenShareOfHires,
                               Optional<BigDecimal> longRunShare, List<Target> targets) {

    /** How far ahead the projection looks. */
    public static final int HORIZON = 200;
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A share to reach.
     *
     * @param year    the first year at or above it (the base year when already there), empty when never at current rates
     */
    public record Target(int percent, Optional<Integer> year) {
    }

    static ParityProjection notComputable(int baseYear, String why) {
        return new ParityProjection(Optional.of(why), baseYear, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** Projects from the technical digital stock at the end of {@code baseYear}, its hires and exits in that year. */
    public static ParityProjection of(int baseYear, SexTally stock, SexTally hires, SexTally exits) {
        long startF = stock.female() - hires.female() + exits.female();
        long startM = stock.male() - hires.male() + exits.male();
        if (stock.female() + stock.male() == 0) {
            return notComputable(baseYear, "nobody in technical digital jobs at the period's end");
        }
        if (startF <= 0 || startM <= 0) {
            return notComputable(baseYear, "the stock at the period's start (end − hires + exits) has no women or no men");
        }
        BigDecimal eF = ratio(exits.female(), startF);
        BigDecimal eM = ratio(exits.male(), startM);
        long hired = hires.female() + hires.male();
        BigDecimal h = ratio(hired, startF + startM);
        BigDecimal w = hired == 0 ? BigDecimal.ZERO : ratio(hires.female(), hired);
        BigDecimal f = BigDecimal.valueOf(stock.female());
        BigDecimal m = BigDecimal.valueOf(stock.male());
        int[] targets = {40, 50};
        Integer[] reached = new Integer[targets.length];
        for (int t = 0; t <= HORIZON; t++) {
            for (int i = 0; i < targets.length; i++) {
                if (reached[i] == null && f.multiply(HUNDRED).compareTo(BigDecimal.valueOf(targets[i]).multiply(f.add(m))) >= 0) {
                    reached[i] = baseYear + t;
                }
            }
            BigDecimal all = f.add(m);
            BigDecimal newF = f.multiply(BigDecimal.ONE.subtract(eF), MC).add(w.multiply(h, MC).multiply(all, MC), MC);
            BigDecimal newM = m.multiply(BigDecimal.ONE.subtract(eM), MC).add(BigDecimal.ONE.subtract(w).multiply(h, MC).multiply(all, MC), MC);
            f = newF;
            m = newM;
            if (f.add(m).signum() == 0) {
                break;
            }
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            out.add(new Target(targets[i], Optional.ofNullable(reached[i])));
        }
        return new ParityProjection(Optional.empty(), baseYear, Optional.of(percent(BigDecimal.valueOf(stock.female()),
                BigDecimal.valueOf(stock.female() + stock.male()))), Optional.of(pct(eF)), Optional.of(pct(eM)), Optional.of(pct(h)),
                Optional.of(pct(w)), longRun(eF, eM, h, w), List.copyOf(out));
    }

    /**
     * The share the rates lead to in the long run: the women's share of the dominant eigenvector
     * of the yearly matrix, found by iterating the normalised shares until they settle.
     */
    private static Optional<BigDecimal> longRun(BigDecimal eF, BigDecimal eM, BigDecimal h, BigDecimal w) {
        double ef = eF.doubleValue();
        double em = eM.doubleValue();
        double hh = h.doubleValue();
        double ww = w.doubleValue();
        double p = 0.5;
        for (int i = 0; i < 100_000; i++) {
            double f = p * (1 - ef) + ww * hh;
            double m = (1 - p) * (1 - em) + (1 - ww) * hh;
            if (f + m <= 0) {
                return Optional.empty();
            }
            double next = f / (f + m);
            if (Math.abs(next - p) < 1e-13) {
                p = next;
                break;
            }
            p = next;
        }
        return Optional.of(BigDecimal.valueOf(p * 100).setScale(1, RoundingMode.HALF_UP));
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MC);
    }

    private static BigDecimal pct(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}

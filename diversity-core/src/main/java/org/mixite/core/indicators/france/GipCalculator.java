package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Computes the GIP-MDS figures A–F of each company (regulations.md §2) from employee records,
 * as Mixité's {@code fr} block defines them:
 * <ul>
 *   <li>the people: women and men present in the reference period (sex X or unknown left out);
 *       a pay series takes those who have it (annual: {@code annual_base_pay} given; hourly: an
 *       hourly pay given or derived; variable: a variable pay above 0);</li>
 *   <li>{@code _ecart} = (men − women) / men of the means (medians), a ratio to 4 decimals,
 *       empty when a sex has nobody or men's figure is 0; amounts to 2 decimals; every figure
 *       rounded once, half up, from the unrounded values;</li>
 *   <li>{@code Proportion_variable_F/_H}: the share of the women (men) with annual pay who
 *       received variable pay (E), {@code Effectif_F_rem_annuelle_variable /
 *       Effectif_F_rem_annuelle_globale} as the GIP-MDS file has it (the platform's
 *       {@code variablePay.ts} and its GIP fixture, 45 / 80 = 0,5625);</li>
 *   <li>F: the quartile bands of regulations.md (sizes q+1…, tie blocks apportioned by largest
 *       remainder, UK regulation 13(2)); {@code Seuil_Qk} is the highest pay in band k; the
 *       shares are each sex's share of the band, 4 decimals;</li>
 *   <li>{@code Effectif_RCD}: the annual average headcount of CSS art. R130-1
 *       ({@link AnnualHeadcount}).</li>
 * </ul>
 * The 15 quality indices are the state's own and are left empty.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class GipCalculator {

    private GipCalculator() {
    }

    /** The figures of every company in the records, by SIREN (records without a company: the SIREN ""). */
    public static Map<String, GipFigures> compute(Collection<EmployeeRecord> records, ReferencePeriod period, PayBasis basis) {
        Map<String, List<EmployeeRecord>> bySiren = bySiren(records);
        Map<String, GipFigures> out = new LinkedHashMap<>();
        bySiren.forEach((siren, list) -> out.put(siren, company(siren, list, period, basis)));
        return out;
    }

    /** The records by SIREN ({@code company}, "" when absent), in SIREN order. */
    public static Map<String, List<EmployeeRecord>> bySiren(Collection<EmployeeRecord> records) {
        Map<String, List<EmployeeRecord>> bySiren = new TreeMap<>();
        for (EmployeeRecord r : records) {
            bySiren.computeIfAbsent(r.company().orElse(""), k -> new ArrayList<>()).add(r);
        }
        return bySiren;
    }

    /** The figures of one company. */
    public static GipFigures company(String siren, Collection<EmployeeRecord> records, ReferencePeriod period, PayBasis basis) {
        AnnualHeadcount headcount = new AnnualHeadcount(period);
        List<PersonPay> people = new ArrayList<>();
        for (EmployeeRecord r : records) {
            headcount.add(r);
            PersonPay.of(r, period, basis).ifPresent(people::add);
        }
        Map<GipColumn, BigDecimal> v = new EnumMap<>(GipColumn.class);
        v.put(GipColumn.EFFECTIF_RCD, headcount.result().average());
        Series annual = series(people, PersonPay::annual);
        Series hourly = series(people, PersonPay::hourly);
        Series variableAnnual = series(people, PersonPay::variableAnnual);
        Series variableHourly = series(people, PersonPay::variableHourly);
        v.put(GipColumn.COUNT_ANNUAL_MEN, BigDecimal.valueOf(annual.men.size()));
        v.put(GipColumn.COUNT_ANNUAL_WOMEN, BigDecimal.valueOf(annual.women.size()));
        v.put(GipColumn.COUNT_HOURLY_MEN, BigDecimal.valueOf(hourly.men.size()));
        v.put(GipColumn.COUNT_HOURLY_WOMEN, BigDecimal.valueOf(hourly.women.size()));
        v.put(GipColumn.COUNT_VARIABLE_MEN, BigDecimal.valueOf(variableAnnual.men.size()));
        v.put(GipColumn.COUNT_VARIABLE_WOMEN, BigDecimal.valueOf(variableAnnual.women.size()));
        means(v, annual, GipColumn.MEAN_ANNUAL_GAP, GipColumn.MEAN_ANNUAL_WOMEN, GipColumn.MEAN_ANNUAL_MEN);
        means(v, hourly, GipColumn.MEAN_HOURLY_GAP, GipColumn.MEAN_HOURLY_WOMEN, GipColumn.MEAN_HOURLY_MEN);
        means(v, variableAnnual, GipColumn.MEAN_VARIABLE_ANNUAL_GAP, GipColumn.MEAN_VARIABLE_ANNUAL_WOMEN, GipColumn.MEAN_VARIABLE_ANNUAL_MEN);
        means(v, variableHourly, GipColumn.MEAN_VARIABLE_HOURLY_GAP, GipColumn.MEAN_VARIABLE_HOURLY_WOMEN, GipColumn.MEAN_VARIABLE_HOURLY_MEN);
        medians(v, annual, GipColumn.MEDIAN_ANNUAL_GAP, GipColumn.MEDIAN_ANNUAL_WOMEN, GipColumn.MEDIAN_ANNUAL_MEN);
        medians(v, hourly, GipColumn.MEDIAN_HOURLY_GAP, GipColumn.MEDIAN_HOURLY_WOMEN, GipColumn.MEDIAN_HOURLY_MEN);
        medians(v, variableAnnual, GipColumn.MEDIAN_VARIABLE_ANNUAL_GAP, GipColumn.MEDIAN_VARIABLE_ANNUAL_WOMEN, GipColumn.MEDIAN_VARIABLE_ANNUAL_MEN);
        medians(v, variableHourly, GipColumn.MEDIAN_VARIABLE_HOURLY_GAP, GipColumn.MEDIAN_VARIABLE_HOURLY_WOMEN, GipColumn.MEDIAN_VARIABLE_HOURLY_MEN);
        // the GIP-MDS convention: Effectif_F_rem_annuelle_variable / Effectif_F_rem_annuelle_globale
        share(v, GipColumn.VARIABLE_SHARE_WOMEN, variableAnnual.women.size(), annual.women.size());
        share(v, GipColumn.VARIABLE_SHARE_MEN, variableAnnual.men.size(), annual.men.size());
        quartiles(v, annual, List.of(GipColumn.Q1_THRESHOLD_ANNUAL, GipColumn.Q2_THRESHOLD_ANNUAL, GipColumn.Q3_THRESHOLD_ANNUAL, GipColumn.Q4_THRESHOLD_ANNUAL),
                List.of(GipColumn.Q1_ANNUAL_SHARE_WOMEN, GipColumn.Q2_ANNUAL_SHARE_WOMEN, GipColumn.Q3_ANNUAL_SHARE_WOMEN, GipColumn.Q4_ANNUAL_SHARE_WOMEN),
                List.of(GipColumn.Q1_ANNUAL_SHARE_MEN, GipColumn.Q2_ANNUAL_SHARE_MEN, GipColumn.Q3_ANNUAL_SHARE_MEN, GipColumn.Q4_ANNUAL_SHARE_MEN),
                List.of(GipColumn.Q1_ANNUAL_COUNT_WOMEN, GipColumn.Q2_ANNUAL_COUNT_WOMEN, GipColumn.Q3_ANNUAL_COUNT_WOMEN, GipColumn.Q4_ANNUAL_COUNT_WOMEN),
                List.of(GipColumn.Q1_ANNUAL_COUNT_MEN, GipColumn.Q2_ANNUAL_COUNT_MEN, GipColumn.Q3_ANNUAL_COUNT_MEN, GipColumn.Q4_ANNUAL_COUNT_MEN));
        quartiles(v, hourly, List.of(GipColumn.Q1_THRESHOLD_HOURLY, GipColumn.Q2_THRESHOLD_HOURLY, GipColumn.Q3_THRESHOLD_HOURLY, GipColumn.Q4_THRESHOLD_HOURLY),
                List.of(GipColumn.Q1_HOURLY_SHARE_WOMEN, GipColumn.Q2_HOURLY_SHARE_WOMEN, GipColumn.Q3_HOURLY_SHARE_WOMEN, GipColumn.Q4_HOURLY_SHARE_WOMEN),
                List.of(GipColumn.Q1_HOURLY_SHARE_MEN, GipColumn.Q2_HOURLY_SHARE_MEN, GipColumn.Q3_HOURLY_SHARE_MEN, GipColumn.Q4_HOURLY_SHARE_MEN),
                List.of(GipColumn.Q1_HOURLY_COUNT_WOMEN, GipColumn.Q2_HOURLY_COUNT_WOMEN, GipColumn.Q3_HOURLY_COUNT_WOMEN, GipColumn.Q4_HOURLY_COUNT_WOMEN),
                List.of(GipColumn.Q1_HOURLY_COUNT_MEN, GipColumn.Q2_HOURLY_COUNT_MEN, GipColumn.Q3_HOURLY_COUNT_MEN, GipColumn.Q4_HOURLY_COUNT_MEN));
        return new GipFigures(siren, v);
    }

    /**
     * One quartile band of F: the highest pay in it (empty for an empty band), its women and men.
     */
    public record Band(Optional<BigDecimal> threshold, long women, long men) {
        public Band {
            java.util.Objects.requireNonNull(threshold, "threshold");
        }
    }

    /** F's four bands, lower to upper, on annual pay ({@code hourly == false}, on {@code basis}) or on hourly pay. */
    public static List<Band> bands(Collection<EmployeeRecord> records, ReferencePeriod period, PayBasis basis, boolean hourly) {
        List<PersonPay> people = new ArrayList<>();
        records.forEach(r -> PersonPay.of(r, period, basis).ifPresent(people::add));
        Series s = series(people, hourly ? PersonPay::hourly : PersonPay::annual);
        List<BigDecimal> all = new ArrayList<>(s.women);
        all.addAll(s.men);
        all.sort(Comparator.naturalOrder());
        int[] sizes = sizes(all.size());
        long[] womenIn = womenPerBand(s.women, s.men, sizes);
        List<Band> out = new ArrayList<>();
        for (int b = 0, end = 0; b < 4; b++) {
            end += sizes[b];
            out.add(new Band(sizes[b] == 0 ? Optional.empty() : Optional.of(all.get(end - 1).setScale(2, RoundingMode.HALF_UP)),
                    womenIn[b], sizes[b] - womenIn[b]));
        }
        return out;
    }

    /** One pay series: the values of the women and of the men who have it, ascending. */
    private record Series(List<BigDecimal> women, List<BigDecimal> men) {
    }

    private static Series series(List<PersonPay> people, Function<PersonPay, Optional<BigDecimal>> value) {
        List<BigDecimal> women = new ArrayList<>();
        List<BigDecimal> men = new ArrayList<>();
        for (PersonPay p : people) {
            value.apply(p).ifPresent(x -> (p.woman() ? women : men).add(x));
        }
        women.sort(Comparator.naturalOrder());
        men.sort(Comparator.naturalOrder());
        return new Series(women, men);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void means(Map<GipColumn, BigDecimal> v, Series s, GipColumn gap, GipColumn women, GipColumn men) {
        BigDecimal sw = sum(s.women);
        BigDecimal sm = sum(s.men);
        if (!s.women.isEmpty()) {
            v.put(women, sw.divide(BigDecimal.valueOf(s.women.size()), 2, RoundingMode.HALF_UP));
        }
        if (!s.men.isEmpty()) {
            v.put(men, sm.divide(BigDecimal.valueOf(s.men.size()), 2, RoundingMode.HALF_UP));
        }
        if (!s.women.isEmpty() && !s.men.isEmpty() && sm.signum() != 0) {
            // (mean men − mean women) / mean men = (sm·nw − sw·nm) / (sm·nw), exact then rounded once
            BigDecimal nw = BigDecimal.valueOf(s.women.size());
            BigDecimal nm = BigDecimal.valueOf(s.men.size());
            BigDecimal den = sm.multiply(nw);
            v.put(gap, den.subtract(sw.multiply(nm)).divide(den, 4, RoundingMode.HALF_UP));
        }
    }

    static Optional<BigDecimal> median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2)));
    }

    private static void medians(Map<GipColumn, BigDecimal> v, Series s, GipColumn gap, GipColumn women, GipColumn men) {
        Optional<BigDecimal> mw = median(s.women);
        Optional<BigDecimal> mm = median(s.men);
        mw.ifPresent(x -> v.put(women, x.setScale(2, RoundingMode.HALF_UP)));
        mm.ifPresent(x -> v.put(men, x.setScale(2, RoundingMode.HALF_UP)));
        if (mw.isPresent() && mm.isPresent() && mm.get().signum() != 0) {
            v.put(gap, mm.get().subtract(mw.get()).divide(mm.get(), 4, RoundingMode.HALF_UP));
        }
    }

    private static void share(Map<GipColumn, BigDecimal> v, GipColumn column, long part, long whole) {
        if (whole > 0) {
            v.put(column, BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
        }
    }

    /** Band sizes for n people, lower to upper (regulations.md: extra people to the lower, upper-middle, lower-middle band). */
    static int[] sizes(int n) {
        int q = n / 4;
        int[] sizes = {q, q, q, q};
        int[] order = {0, 2, 1};
        for (int i = 0; i < n % 4; i++) {
            sizes[order[i]]++;
        }
        return sizes;
    }

    /** The women in each band: tie blocks straddling a boundary apportioned by largest remainder, ties to the lower band. */
    static long[] womenPerBand(List<BigDecimal> women, List<BigDecimal> men, int[] sizes) {
        List<BigDecimal> all = new ArrayList<>(women);
        all.addAll(men);
        all.sort(Comparator.naturalOrder());
        Map<BigDecimal, long[]> perValue = new TreeMap<>(); // value → {women, men}, compared by value
        women.forEach(x -> perValue.computeIfAbsent(x, k -> new long[2])[0]++);
        men.forEach(x -> perValue.computeIfAbsent(x, k -> new long[2])[1]++);
        int[] bandEnd = new int[4];
        for (int b = 0, end = 0; b < 4; b++) {
            end += sizes[b];
            bandEnd[b] = end;
        }
        long[] womenIn = new long[4];
        int rank = 0;
        for (long[] block : perValue.values()) {
            int size = (int) (block[0] + block[1]);
            int from = rank;
            int to = rank + size; // ranks [from, to)
            long[] seats = new long[4];
            for (int b = 0, start = 0; b < 4; start = bandEnd[b], b++) {
                seats[b] = Math.max(0, Math.min(to, bandEnd[b]) - Math.max(from, start));
            }
            long w = block[0];
            long[] given = new long[4];
            long placed = 0;
            BigInteger[] remainder = new BigInteger[4];
            for (int b = 0; b < 4; b++) {
                // quota = w × seats / size: floor, and the remainder numerator
                given[b] = w * seats[b] / size;
                remainder[b] = BigInteger.valueOf(w * seats[b] % size);
                placed += given[b];
            }
            while (placed < w) {
                int best = -1;
                for (int b = 0; b < 4; b++) {
                    if (given[b] < seats[b] && (best < 0 || remainder[b].compareTo(remainder[best]) > 0)) {
                        best = b;
                    }
                }
                given[best]++;
                remainder[best] = BigInteger.valueOf(-1);
                placed++;
            }
            for (int b = 0; b < 4; b++) {
                womenIn[b] += given[b];
            }
            rank = to;
        }
        return womenIn;
    }

    private static void quartiles(Map<GipColumn, BigDecimal> v, Series s, List<GipColumn> thresholds,
                                  List<GipColumn> womenShares, List<GipColumn> menShares,
                                  List<GipColumn> womenCounts, List<GipColumn> menCounts) {
        List<BigDecimal> all = new ArrayList<>(s.women);
        all.addAll(s.men);
        all.sort(Comparator.naturalOrder());
        int[] sizes = sizes(all.size());
        long[] womenIn = womenPerBand(s.women, s.men, sizes);
        for (int b = 0, end = 0; b < 4; b++) {
            end += sizes[b];
            if (sizes[b] == 0) {
                continue;
            }
            v.put(thresholds.get(b), all.get(end - 1).setScale(2, RoundingMode.HALF_UP));
            BigDecimal size = BigDecimal.valueOf(sizes[b]);
            v.put(womenShares.get(b), BigDecimal.valueOf(womenIn[b]).divide(size, 4, RoundingMode.HALF_UP));
            v.put(menShares.get(b), BigDecimal.valueOf(sizes[b] - womenIn[b]).divide(size, 4, RoundingMode.HALF_UP));
            v.put(womenCounts.get(b), BigDecimal.valueOf(womenIn[b]));
            v.put(menCounts.get(b), BigDecimal.valueOf(sizes[b] - womenIn[b]));
        }
    }
}

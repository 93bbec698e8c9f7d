package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.core.table.EmployeeTable;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Computes the annual average headcount of Code de la sécurité sociale art. L130-1 I and R130-1
 * over the months of a reference period (the civil year N − 1 for the declaration of year N):
 * <ul>
 *   <li>who counts: people with an employment contract (R130-1 II); apprentices are left out
 *       (R130-1 III, Code du travail L1111-3 1°), interns have no employment contract and
 *       temporary agency workers count in their agency's headcount;</li>
 *   <li>full-time people count 1 in a month, part-time people their working time ({@code fte},
 *       contractual hours over full time, L1111-2 last paragraph), and everyone in proportion to
 *       the days of the month they were employed (R130-1 II, last paragraph): hire and exit
 *       dates place those days; a record with only {@code days_present} counts that share of the
 *       period in every month;</li>
 *   <li>the average is over the months in which someone was employed (R130-1 I), truncated to 2
 *       decimals ("il n'est pas tenu compte de la fraction d'effectif au-delà de la deuxième
 *       décimale").</li>
 * </ul>
 * Exact: each month's sum is kept as fte × days, divided once. Mergeable. Not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AnnualHeadcount {

    private final ReferencePeriod period;
    private final YearMonth first;
    /** Per month of the period: Σ fte × days employed in the month (exact decimals). */
    private final BigDecimal[] monthSums;
    private long apprentices;
    private long interns;
    private long temporaryAgency;

    public AnnualHeadcount(ReferencePeriod period) {
        this.period = Objects.requireNonNull(period, "period");
        this.first = YearMonth.from(period.start());
        int months = (int) (first.until(YearMonth.from(period.end()), java.time.temporal.ChronoUnit.MONTHS) + 1);
        this.monthSums = new BigDecimal[months];
        java.util.Arrays.fill(monthSums, BigDecimal.ZERO);
    }

    /** The annual average headcount of these records over the period. */
    public static Workforce of(Iterable<EmployeeRecord> records, ReferencePeriod period) {
        AnnualHeadcount h = new AnnualHeadcount(period);
        records.forEach(h::add);
        return h.result();
    }

    /**
     * The annual average headcount of a table's rows, the same as {@link #of(Iterable, ReferencePeriod)}
     * of its records: rows read from the columns (days per month summed per fte value, multiplied
     * once), the others through {@link #add}.
     */
    public static Workforce of(EmployeeTable table, ReferencePeriod period) {
        AnnualHeadcount h = new AnnualHeadcount(period);
        TableColumns c = table.columns();
        int months = h.monthSums.length;
        long[] monthStart = new long[months];
        long[] monthEnd = new long[months];
        for (int m = 0; m < months; m++) {
            YearMonth month = h.first.plusMonths(m);
            monthStart[m] = month.atDay(1).toEpochDay();
            monthEnd[m] = month.atEndOfMonth().toEpochDay();
        }
        long start = period.start().toEpochDay();
        long end = period.end().toEpochDay();
        // Per fte value and month: the days employed, summed exactly in a long (≤ 31 × rows).
        long[][] days = new long[c.ftes().size()][months];
        ContractType[] contracts = ContractType.values();
        for (int row = 0; row < c.size(); row++) {
            if (!c.plain(row)) {
                h.add(c.record(row));
                continue;
            }
            switch (contracts[c.contract(row)]) {
                case APPRENTICE -> { h.apprentices++; continue; }
                case INTERN -> { h.interns++; continue; }
                case TEMPORARY -> { h.temporaryAgency++; continue; }
                default -> { }
            }
            int hired = c.hireDay(row);
            int left = c.exitDay(row);
            long from = hired == TableColumns.ABSENT || hired <= start ? start : hired;
            long to = left == TableColumns.ABSENT || left >= end ? end : left;
            if (to < from) {
                continue;
            }
            long[] byMonth = days[c.fte(row)];
            for (int m = 0; m < months; m++) {
                long s = Math.max(monthStart[m], from);
                long e = Math.min(monthEnd[m], to);
                if (e >= s) {
                    byMonth[m] += e - s + 1;
                }
            }
        }
        for (int f = 0; f < days.length; f++) {
            BigDecimal fte = c.ftes().get(f);
            for (int m = 0; m < months; m++) {
                if (days[f][m] > 0) {
                    h.monthSums[m] = h.monthSums[m].add(fte.multiply(BigDecimal.valueOf(days[f][m])));
                }
            }
        }
        return h.result();
    }

    /** Adds one record. */
    public void add(EmployeeRecord r) {
        switch (r.contract()) {
            case APPRENTICE -> { apprentices++; return; }
            case INTERN -> { interns++; return; }
            case TEMPORARY -> { temporaryAgency++; return; }
            default -> { }
        }
        if (r.daysPresent().isPresent() && r.hireDate().isEmpty() && r.exitDate().isEmpty()) {
            // No dates to place the days in months: the same share of every month of the period.
            BigDecimal share = BigDecimal.valueOf(Math.min(r.daysPresent().get(), period.days()));
            for (int m = 0; m < monthSums.length; m++) {
                YearMonth month = first.plusMonths(m);
                long days = daysInPeriod(month, period.start(), period.end());
                // fte × days × present / period days, to 10⁻¹² of a person-day
                monthSums[m] = monthSums[m].add(r.fte().multiply(BigDecimal.valueOf(days)).multiply(share)
                        .divide(BigDecimal.valueOf(period.days()), 12, RoundingMode.HALF_UP));
            }
            return;
        }
        LocalDate from = r.hireDate().filter(d -> d.isAfter(period.start())).orElse(period.start());
        LocalDate to = r.exitDate().filter(d -> d.isBefore(period.end())).orElse(period.end());
        if (to.isBefore(from)) {
            return;
        }
        for (int m = 0; m < monthSums.length; m++) {
            long days = daysInPeriod(first.plusMonths(m), from, to);
            if (days > 0) {
                monthSums[m] = monthSums[m].add(r.fte().multiply(BigDecimal.valueOf(days)));
            }
        }
    }

    private static long daysInPeriod(YearMonth month, LocalDate from, LocalDate to) {
        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return end.isBefore(start) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Adds what another accumulator over the same period saw. */
    public AnnualHeadcount merge(AnnualHeadcount o) {
        if (!period.equals(o.period)) {
            throw new IllegalArgumentException("cannot merge headcounts of different periods");
        }
        for (int m = 0; m < monthSums.length; m++) {
            monthSums[m] = monthSums[m].add(o.monthSums[m]);
        }
        apprentices += o.apprentices;
        interns += o.interns;
        temporaryAgency += o.temporaryAgency;
        return this;
    }

    /** The annual average: Σ (month sum / days in month) / months with someone employed, truncated to 2 decimals. */
    public Workforce result() {
        BigInteger lcm = BigInteger.valueOf(377_580); // lcm(28, 29, 30, 31): every month's days divide it
        BigDecimal total = BigDecimal.ZERO;
        int months = 0;
        for (int m = 0; m < monthSums.length; m++) {
            if (monthSums[m].signum() > 0) {
                months++;
                int days = first.plusMonths(m).lengthOfMonth();
                total = total.add(monthSums[m].multiply(new BigDecimal(lcm.divide(BigInteger.valueOf(days)))));
            }
        }
        BigDecimal average = months == 0 ? BigDecimal.ZERO.setScale(2)
                : total.divide(new BigDecimal(lcm.multiply(BigInteger.valueOf(months))), 2, RoundingMode.DOWN);
        return new Workforce(average, months, apprentices, interns, temporaryAgency);
    }
}

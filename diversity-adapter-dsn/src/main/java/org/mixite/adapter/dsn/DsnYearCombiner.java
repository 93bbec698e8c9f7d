package org.mixite.adapter.dsn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;

/**
 * Combines the monthly records of one year into one annual record per person, matched by
 * company (SIREN) and the NIR's pseudonymous key (a salted hash, identical across months for one
 * salt), or by the record id (the matricule) when a month has no usable NIR: two companies may
 * use the same matricule for different people. Pay is summed over
 * the months read; FTE is the average of the monthly FTEs (dsn.md §4); the hire date is the
 * earliest seen; descriptive fields (job, contract, establishment, exit date and reason) come
 * from the latest month, so a person who left and
 * came back is active; flags are OR-ed. A month whose pay is unknown (no pay declared, dsn.md
 * "Pay that is not declared") makes the year's pay unknown too: a sum over the other months would
 * look like a full year's pay. Keeps one small accumulator per person, never the text.
 * The result does not depend on the order in which months are added.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DsnYearCombiner {

    private final Map<String, Acc> people = new LinkedHashMap<>();
    private long duplicates;

    /** How many person-months were declared more than once (and read once). */
    public long duplicateMonths() {
        return duplicates;
    }
    /** A rise of more than 0.5%. */
    private static final BigDecimal RAISE_THRESHOLD = new BigDecimal("1.005");

    /** Adds one person's record of the declaration of {@code month}. */
    public DsnYearCombiner add(YearMonth month, EmployeeRecord record) {
        return add(month, record, MonthFacts.NONE);
    }

    /** Adds one person's record with the month's facts from the declaration (dsn.md §4). */
    DsnYearCombiner add(YearMonth month, EmployeeRecord record, MonthFacts facts) {
        return add(key(record, facts), month, record, facts);
    }

    /** {@link #add(YearMonth, EmployeeRecord, MonthFacts)} with the {@link #key} already made (on another thread). */
    DsnYearCombiner add(String key, YearMonth month, EmployeeRecord record, MonthFacts facts) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(record, "record");
        Acc acc = people.computeIfAbsent(key, k -> new Acc());
        if (!acc.declare(month)) {
            // The same person twice in one month: a replacement declaration, or the same file twice.
            // Summing would double the month's pay; the first one read is kept (dsn.md §4).
            duplicates++;
            return this;
        }
        acc.add(month, record, facts);
        return this;
    }

    /** The matching key: company and the NIR's pseudonym, else company and id. */
    static String key(EmployeeRecord record, MonthFacts facts) {
        return record.company().orElse("") + facts.nirKey().map(k -> "\u0000nir\u0000" + k).orElse("\u0000id\u0000" + record.id());
    }

    /** The annual records, sorted by id then company (deterministic output). */
    public List<EmployeeRecord> result() {
        return combined().stream().map(Combined::record).toList();
    }

    /** One annual record with the key it was matched by. */
    record Combined(String key, EmployeeRecord record) {
    }

    /** The annual records with their matching keys, sorted by id then company. */
    List<Combined> combined() {
        List<Combined> out = new ArrayList<>(people.size());
        people.forEach((key, acc) -> out.add(new Combined(key, acc.build())));
        return sorted(out);
    }

    private static List<Combined> sorted(List<Combined> out) {
        out.sort(Comparator.comparing((Combined c) -> c.record().id()).thenComparing(c -> c.record().company().orElse(""))
                .thenComparing(Combined::key));
        return List.copyOf(out);
    }

    /**
     * {@link #combined()} with the annual records built in {@code parts} slices on {@code pool} (each
     * person's record depends on that person's months only), so the end of a year's read is not
     * left to one core. Same list; if building a record fails, the failure of the first such person
     * in {@link #combined()}'s order is thrown, as there.
     *
     * @throws InterruptedException if interrupted while waiting for the slices
     */
    List<Combined> combined(java.util.concurrent.ExecutorService pool, int parts) throws InterruptedException {
        List<Map.Entry<String, Acc>> entries = new ArrayList<>(people.entrySet());
        Combined[] built = new Combined[entries.size()];
        int size = Math.max(1, (entries.size() + parts - 1) / parts);
        List<java.util.concurrent.Future<?>> slices = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += size) {
            int start = from;
            int end = Math.min(entries.size(), from + size);
            slices.add(pool.submit(() -> {
                for (int i = start; i < end; i++) {
                    built[i] = new Combined(entries.get(i).getKey(), entries.get(i).getValue().build());
                }
            }));
        }
        for (java.util.concurrent.Future<?> slice : slices) { // in order: the first failure is the first slice's
            try {
                slice.get();
            } catch (java.util.concurrent.ExecutionException e) {
                for (java.util.concurrent.Future<?> other : slices) {
                    other.cancel(true);
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return sorted(new ArrayList<>(java.util.Arrays.asList(built)));
    }

    private static final class Acc {
        private YearMonth latestMonth;
        private EmployeeRecord latest;
        private LocalDate hire;
        private BigDecimal base;
        private BigDecimal variable;
        private BigDecimal excluded;
        private boolean maternity;
        private BigDecimal fteSum = BigDecimal.ZERO;
        private int months;
        private boolean raised;
        private boolean promoted;
        /** A month without pay (no 51 nor base 03): the year's pay is unknown, not the sum of the other months. */
        private boolean payUnknown;
        /**
         * The months declared, in month order, with their facts (null for {@link MonthFacts#NONE}): a
         * sorted array rather than a set and a tree map per person, as a year has twelve months and
         * they mostly come in order.
         */
        private YearMonth[] declared = new YearMonth[12];
        private MonthFacts[] facts = new MonthFacts[12];
        private int count;
        /** Where {@link #declare} put the last month. */
        private int last;

        /** Records {@code month} as declared; false when it already was. */
        boolean declare(YearMonth month) {
            int at = count;
            while (at > 0 && declared[at - 1].compareTo(month) >= 0) {
                if (declared[at - 1].equals(month)) {
                    return false;
                }
                at--;
            }
            if (count == declared.length) {
                declared = java.util.Arrays.copyOf(declared, count * 2);
                facts = java.util.Arrays.copyOf(facts, count * 2);
            }
            System.arraycopy(declared, at, declared, at + 1, count - at);
            System.arraycopy(facts, at, facts, at + 1, count - at);
            declared[at] = month;
            facts[at] = null;
            count++;
            last = at;
            return true;
        }

        /** The facts of the months declared with some, in month order. */
        private List<MonthFacts> facts() {
            List<MonthFacts> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (facts[i] != null) {
                    out.add(facts[i]);
                }
            }
            return out;
        }

        /** Adds the month {@link #declare} has just declared. */
        void add(YearMonth month, EmployeeRecord r, MonthFacts monthFacts) {
            if (monthFacts != MonthFacts.NONE) {
                facts[last] = monthFacts;
            }
            if (latestMonth == null || month.compareTo(latestMonth) >= 0) {
                latestMonth = month;
                latest = r;
            }
            r.hireDate().ifPresent(h -> hire = hire == null || h.isBefore(hire) ? h : hire);
            fteSum = fteSum.add(r.fte());
            months++;
            payUnknown |= r.annualBasePay().isEmpty() && r.hourlyPay().isEmpty();
            base = sum(base, r.annualBasePay());
            variable = sum(variable, r.annualVariablePay());
            excluded = sum(excluded, r.annualExcludedPay());
            maternity |= r.maternityReturn();
            raised |= r.raised();
            promoted |= r.promoted();
        }

        private static BigDecimal sum(BigDecimal acc, Optional<BigDecimal> v) {
            return v.map(x -> acc == null ? x : acc.add(x)).orElse(acc);
        }

        EmployeeRecord build() {
            EmployeeRecord.Builder b = (payUnknown ? withoutPay(latest) : latest.toBuilder())
                    .fte(fteSum.divide(BigDecimal.valueOf(months), MathContext.DECIMAL64).stripTrailingZeros());
            if (hire != null) {
                b.hireDate(hire);
            }
            if (base != null && !payUnknown) {
                b.annualBasePay(base);
            }
            if (variable != null && !payUnknown) {
                b.annualVariablePay(variable);
            }
            if (excluded != null && !payUnknown) {
                b.annualExcludedPay(excluded);
            }
            return b.maternityReturn(maternity).raised(raised || raisedOverTheYear()).promoted(promoted || promotedOverTheYear())
                    .build();
        }

        /** {@code r} without its pay amounts: the builder can set a field, not clear one. */
        private static EmployeeRecord.Builder withoutPay(EmployeeRecord r) {
            EmployeeRecord.Builder b = EmployeeRecord.builder(r.id(), r.sex()).managementLevel(r.managementLevel())
                    .contract(r.contract()).fte(r.fte()).raised(r.raised()).promoted(r.promoted())
                    .maternityReturn(r.maternityReturn()).raisedAfterMaternity(r.raisedAfterMaternity());
            r.birthDate().ifPresent(b::birthDate);
            r.birthYear().ifPresent(b::birthYear);
            r.company().ifPresent(b::company);
            r.establishment().ifPresent(b::establishment);
            r.jobCode().ifPresent(b::jobCode);
            r.jobFamily().ifPresent(b::jobFamily);
            r.category().ifPresent(b::category);
            r.level().ifPresent(b::level);
            r.hireDate().ifPresent(b::hireDate);
            r.exitDate().ifPresent(b::exitDate);
            r.exitReason().ifPresent(b::exitReason);
            r.weeklyHours().ifPresent(b::weeklyHours);
            r.daysPresent().ifPresent(b::daysPresent);
            return b;
        }

        /**
         * dsn.md §4: the hourly base rate (type 010 amount / hours) rose by more than 0.5% from one
         * comparable month to the next; months with a stoppage, or whose working time differs from
         * the month compared with, are skipped. An estimate, and documented as one.
         */
        private boolean raisedOverTheYear() {
            MonthFacts previous = null;
            for (MonthFacts m : facts()) {
                if (m.stoppage() || m.hourlyBaseRate().isEmpty()) {
                    continue;
                }
                if (previous != null && previous.fte().equals(m.fte())
                        && m.hourlyBaseRate().get().compareTo(previous.hourlyBaseRate().get().multiply(RAISE_THRESHOLD)) > 0) {
                    return true;
                }
                previous = m;
            }
            return false;
        }

        /** dsn.md §4: the PCS-ESE, statut or level moved up from one month to a later one. */
        private boolean promotedOverTheYear() {
            MonthFacts previous = null;
            for (MonthFacts m : facts()) {
                if (previous != null && previous.promotedTo(m)) {
                    return true;
                }
                previous = m;
            }
            return false;
        }
    }
}

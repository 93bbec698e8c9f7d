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
 * company (SIREN) and record id (the matricule, or the NIR's pseudonymous key, identical across
 * months for one salt): two companies may use the same matricule for different people. Pay is summed over
 * the months read; FTE is the average of the monthly FTEs (dsn.md §4); the hire date is the
 * earliest seen; descriptive fields (job, contract, establishment, exit date and reason) come
 * from the latest month, so a person who left and
 * came back is active; flags are OR-ed. Keeps one small accumulator per person, never the text.
 * The result does not depend on the order in which months are added.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DsnYearCombiner {

    private final Map<String, Acc> people = new LinkedHashMap<>();

    /** Adds one person's record of the declaration of {@code month}. */
    public DsnYearCombiner add(YearMonth month, EmployeeRecord record) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(record, "record");
        people.computeIfAbsent(key(record), k -> new Acc()).add(month, record);
        return this;
    }

    /** The matching key: company and id. */
    static String key(EmployeeRecord record) {
        return record.company().orElse("") + "\u0000" + record.id();
    }

    /** The annual records, sorted by id then company (deterministic output). */
    public List<EmployeeRecord> result() {
        List<EmployeeRecord> out = new ArrayList<>(people.size());
        for (Acc a : people.values()) {
            out.add(a.build());
        }
        out.sort(Comparator.comparing(EmployeeRecord::id).thenComparing(r -> r.company().orElse("")));
        return List.copyOf(out);
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

        void add(YearMonth month, EmployeeRecord r) {
            if (latestMonth == null || month.compareTo(latestMonth) >= 0) {
                latestMonth = month;
                latest = r;
            }
            r.hireDate().ifPresent(h -> hire = hire == null || h.isBefore(hire) ? h : hire);
            fteSum = fteSum.add(r.fte());
            months++;
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
            EmployeeRecord.Builder b = latest.toBuilder()
                    .fte(fteSum.divide(BigDecimal.valueOf(months), MathContext.DECIMAL64).stripTrailingZeros());
            if (hire != null) {
                b.hireDate(hire);
            }
            if (base != null) {
                b.annualBasePay(base);
            }
            if (variable != null) {
                b.annualVariablePay(variable);
            }
            if (excluded != null) {
                b.annualExcludedPay(excluded);
            }
            return b.maternityReturn(maternity).raised(raised).promoted(promoted).build();
        }
    }
}

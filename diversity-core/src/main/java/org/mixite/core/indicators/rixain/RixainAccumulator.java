package org.mixite.core.indicators.rixain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/**
 * Counts the members of both bodies among the records employed on a given day ({@code asOf}, the
 * reference period's last day): hired on or before it and not exited before it. Compliance is
 * judged separately, at the date given to {@link #result} (1 March after the period by default),
 * which only chooses the threshold in force. Mergeable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RixainAccumulator {

    /** 30% of each sex from this date. */
    public static final LocalDate FIRST_THRESHOLD_DATE = LocalDate.of(2026, 3, 1);
    /** 40% of each sex from this date. */
    public static final LocalDate SECOND_THRESHOLD_DATE = LocalDate.of(2029, 3, 1);
    /** The law applies to companies of at least this many employees (for 3 consecutive years). */
    public static final int SUBJECT_HEADCOUNT = 1000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Body.values() clones its array on every call; this runs once per record. */
    private static final Body[] BODIES = Body.values();

    private final LocalDate asOf;
    /** [body][women, men, others]. */
    private final int[][] counts = new int[Body.values().length][3];

    /** @param asOf the day the members are counted: the reference period's last day */
    public RixainAccumulator(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    public void add(EmployeeRecord r) {
        if (r.hireDate().isPresent() && r.hireDate().get().isAfter(asOf)
                || r.exitDate().isPresent() && r.exitDate().get().isBefore(asOf)) {
            return; // not employed on the counting day
        }
        for (Body body : BODIES) {
            if (r.managementLevel() == body.level()) {
                counts[body.ordinal()][r.sex() == Sex.FEMALE ? 0 : r.sex() == Sex.MALE ? 1 : 2]++;
            }
        }
    }

    /**
     * Counts the rows {@code [from, to)} of a table exactly as {@link #add} counts their records:
     * plain rows ({@link TableColumns#plain}) from the columns, the others through {@link #add}.
     * The column-wise pass of {@code IndicatorSuite.compute(table, …)}. Internal.
     */
    @API(status = API.Status.INTERNAL)
    public void addRows(TableColumns columns, int from, int to) {
        long day = asOf.toEpochDay();
        for (int row = from; row < to; row++) {
            if (!columns.plain(row)) {
                add(columns.record(row));
                continue;
            }
            int hired = columns.hireDay(row);
            int left = columns.exitDay(row);
            if (hired != TableColumns.ABSENT && hired > day || left != TableColumns.ABSENT && left < day) {
                continue; // not employed on the counting day
            }
            int level = columns.managementLevel(row);
            for (Body body : BODIES) {
                if (level == body.level().ordinal()) {
                    counts[body.ordinal()][Math.min(columns.sex(row), 2)]++; // Sex ordinals: F 0, M 1, then the others
                }
            }
        }
    }

    /** Adds {@code other}'s counts into this one; equal to counting the union. */
    public RixainAccumulator merge(RixainAccumulator other) {
        if (!asOf.equals(other.asOf)) {
            throw new IllegalArgumentException("cannot merge counts taken on different days");
        }
        for (int b = 0; b < counts.length; b++) {
            for (int s = 0; s < 3; s++) {
                counts[b][s] += other.counts[b][s];
            }
        }
        return this;
    }

    /** The minimum share of each sex in force at {@code date}, in percent. */
    public static Optional<BigDecimal> threshold(LocalDate date) {
        if (date.isBefore(FIRST_THRESHOLD_DATE)) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(date.isBefore(SECOND_THRESHOLD_DATE) ? 30 : 40));
    }

    /**
     * The figures, with compliance judged at {@code date}.
     *
     * <p>Below {@value #SUBJECT_HEADCOUNT} employees the company is not subject to the law: the
     * shares are still given, no body is judged against the threshold, and the compliance is
     * {@link Compliance#NOT_SUBJECT}. At {@value #SUBJECT_HEADCOUNT} or more it is taken as subject;
     * the law's 3-consecutive-year condition needs the previous periods, which the caller checks.
     *
     * @param headcount the company's headcount for the period: the people the Egapro index counts
     *                  ({@code EgaproAggregation.summary().counted()})
     */
    public RixainResult result(LocalDate date, long headcount) {
        if (headcount < 0) {
            throw new IllegalArgumentException("headcount must be 0 or more, was " + headcount);
        }
        Optional<BigDecimal> threshold = threshold(date);
        boolean subject = headcount >= SUBJECT_HEADCOUNT;
        Optional<BigDecimal> judgedAgainst = subject ? threshold : Optional.empty();
        BodyShare executives = share(Body.CADRES_DIRIGEANTS, judgedAgainst);
        BodyShare board = share(Body.INSTANCES_DIRIGEANTES, judgedAgainst);
        Compliance compliance = subject ? compliance(threshold, executives, board) : Compliance.NOT_SUBJECT;
        return new RixainResult(date, headcount, threshold, executives, board, compliance);
    }

    /** Computes the shares of one body from counts; exposed for declared figures. */
    public static BodyShare share(Body body, int women, int men, int others, Optional<BigDecimal> threshold) {
        int members = women + men + others;
        if (members < 1) {
            return new BodyShare.NotCalculable(body);
        }
        BigDecimal total = BigDecimal.valueOf(members);
        // Compliance on the exact shares: women × 100 ≥ threshold × members.
        Optional<Boolean> compliant = threshold.map(t -> BigDecimal.valueOf(women * 100L).compareTo(t.multiply(total)) >= 0
                && BigDecimal.valueOf(men * 100L).compareTo(t.multiply(total)) >= 0);
        return new BodyShare.Computed(body, women, men, others,
                BigDecimal.valueOf(women * 100L).divide(total, 1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(men * 100L).divide(total, 1, RoundingMode.HALF_UP), compliant);
    }

    private BodyShare share(Body body, Optional<BigDecimal> threshold) {
        int[] c = counts[body.ordinal()];
        return share(body, c[0], c[1], c[2], threshold);
    }

    /**
     * Any body below the threshold → not compliant (an empty body cannot save it); else any body
     * without members → undetermined; else compliant.
     */
    private static Compliance compliance(Optional<BigDecimal> threshold, BodyShare... bodies) {
        if (threshold.isEmpty()) {
            return Compliance.NOT_YET_APPLICABLE;
        }
        boolean empty = false;
        for (BodyShare b : bodies) {
            if (b instanceof BodyShare.Computed computed) {
                if (!computed.compliant().orElse(false)) {
                    return Compliance.NOT_COMPLIANT;
                }
            } else {
                empty = true;
            }
        }
        return empty ? Compliance.UNDETERMINED : Compliance.COMPLIANT;
    }
}

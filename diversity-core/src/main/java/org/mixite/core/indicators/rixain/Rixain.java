package org.mixite.core.indicators.rixain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/**
 * Counts the cadres dirigeants ({@link ManagementLevel#EXECUTIVE}) and the members of the
 * instances dirigeantes ({@link ManagementLevel#BOARD}) by sex, and judges them against the
 * loi Rixain's thresholds (egapro.md §5). A single-pass, mergeable accumulator.
 *
 * <p>People who left before the date do not count. The share of each sex is taken over all
 * members, sex X or unknown included. The law applies to companies of 1,000 employees or more
 * for 3 consecutive years; the caller knows the history, Mixité computes the figures.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Rixain {

    /** 30% of each sex from this date. */
    public static final LocalDate FIRST_THRESHOLD_DATE = LocalDate.of(2026, 3, 1);
    /** 40% of each sex from this date. */
    public static final LocalDate SECOND_THRESHOLD_DATE = LocalDate.of(2029, 3, 1);

    private final LocalDate at;
    private final int[] executives = new int[3];
    private final int[] board = new int[3];

    /** @param at the date at which members are counted and compliance judged */
    public Rixain(LocalDate at) {
        this.at = at;
    }

    /** The threshold in force at a date, in percent; empty before 2026-03-01. */
    public static Optional<BigDecimal> thresholdAt(LocalDate date) {
        if (date.isBefore(FIRST_THRESHOLD_DATE)) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(date.isBefore(SECOND_THRESHOLD_DATE) ? 30 : 40));
    }

    public void add(EmployeeRecord r) {
        if (r.exitDate().filter(exit -> exit.isBefore(at)).isPresent()) {
            return;
        }
        int sex = r.sex() == Sex.FEMALE ? 0 : r.sex() == Sex.MALE ? 1 : 2;
        if (r.managementLevel() == ManagementLevel.EXECUTIVE) {
            executives[sex]++;
        } else if (r.managementLevel() == ManagementLevel.BOARD) {
            board[sex]++;
        }
    }

    public Rixain merge(Rixain other) {
        if (!at.equals(other.at)) {
            throw new IllegalArgumentException("cannot merge counts taken at different dates");
        }
        for (int i = 0; i < 3; i++) {
            executives[i] += other.executives[i];
            board[i] += other.board[i];
        }
        return this;
    }

    public RixainResult result() {
        Optional<BigDecimal> threshold = thresholdAt(at);
        return new RixainResult(body(executives, threshold), body(board, threshold), at, threshold);
    }

    /** Judges counts directly, e.g. declared figures. */
    public static RixainResult.Body body(int women, int men, int other, Optional<BigDecimal> threshold) {
        return body(new int[] {women, men, other}, threshold);
    }

    private static RixainResult.Body body(int[] counts, Optional<BigDecimal> threshold) {
        int members = counts[0] + counts[1] + counts[2];
        if (members < 1) {
            return new RixainResult.Body(counts[0], counts[1], counts[2], Optional.empty(), Optional.empty(),
                    Optional.empty(), "no member: not calculable");
        }
        BigDecimal total = BigDecimal.valueOf(members);
        Optional<Boolean> compliant = threshold.map(t -> atLeast(counts[0], members, t) && atLeast(counts[1], members, t));
        return new RixainResult.Body(counts[0], counts[1], counts[2],
                Optional.of(share(counts[0], total)), Optional.of(share(counts[1], total)), compliant,
                threshold.isEmpty() ? "no threshold before " + FIRST_THRESHOLD_DATE : "");
    }

    private static BigDecimal share(int count, BigDecimal total) {
        return BigDecimal.valueOf(count * 100L).divide(total, 1, RoundingMode.HALF_UP);
    }

    /** count / members ≥ threshold %, exactly: count × 100 ≥ threshold × members. */
    private static boolean atLeast(int count, int members, BigDecimal threshold) {
        return BigDecimal.valueOf(count * 100L).compareTo(threshold.multiply(BigDecimal.valueOf(members))) >= 0;
    }
}

package org.mixite.core.indicators.rixain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The loi Rixain's balanced-representation figures (loi 2021-1774, Code du travail L1142-11 and
 * following): the share of each sex among the cadres dirigeants and among the members of the
 * instances dirigeantes, against the threshold in force at a date.
 *
 * @param at        the date at which compliance is judged
 * @param threshold the minimum share of each sex in force at that date (30% from 2026-03-01,
 *                  40% from 2029-03-01); empty before 2026-03-01, when only publication is due
 */
@API(status = API.Status.EXPERIMENTAL)
public record RixainResult(Body executives, Body board, LocalDate at, Optional<BigDecimal> threshold) {

    public RixainResult {
        Objects.requireNonNull(executives, "executives");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** Compliant when both bodies are compliant; empty when a body is not calculable or no threshold applies. */
    public Optional<Boolean> compliant() {
        if (executives.compliant().isEmpty() || board.compliant().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(executives.compliant().get() && board.compliant().get());
    }

    /**
     * One body.
     *
     * @param other      members of sex X or unknown, counted in the total
     * @param womenShare women / all members × 100, one decimal; empty when the body has no member
     * @param compliant  both sexes at or above the threshold (compared exactly, before rounding);
     *                   empty when not calculable or no threshold applies
     * @param reason     why a figure is empty, or the empty string
     */
    public record Body(int women, int men, int other, Optional<BigDecimal> womenShare, Optional<BigDecimal> menShare,
                       Optional<Boolean> compliant, String reason) {
        public Body {
            Objects.requireNonNull(womenShare, "womenShare");
            Objects.requireNonNull(menShare, "menShare");
            Objects.requireNonNull(compliant, "compliant");
            Objects.requireNonNull(reason, "reason");
        }

        public int members() {
            return women + men + other;
        }

        public boolean calculable() {
            return members() >= 1;
        }
    }
}

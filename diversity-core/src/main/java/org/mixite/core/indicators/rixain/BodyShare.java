package org.mixite.core.indicators.rixain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/** The composition of one body: {@link Computed}, or {@link NotCalculable} when it has no member. */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface BodyShare permits BodyShare.Computed, BodyShare.NotCalculable {

    Body body();

    /**
     * @param women          women members
     * @param men            men members
     * @param others         members of sex X or unknown; they count in the denominator
     * @param shareWomen     women / all members × 100, one decimal, half up
     * @param shareMen       men / all members × 100, one decimal, half up
     * @param compliant      both sexes at or above the threshold, judged on the exact shares; empty when no
     *                       threshold applies (before 2026-03-01, or a company of fewer than 1,000 employees)
     */
    record Computed(Body body, int women, int men, int others, BigDecimal shareWomen, BigDecimal shareMen,
            Optional<Boolean> compliant) implements BodyShare {
        public Computed {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(shareWomen, "shareWomen");
            Objects.requireNonNull(shareMen, "shareMen");
            Objects.requireNonNull(compliant, "compliant");
        }

        public int members() {
            return women + men + others;
        }
    }

    /** The body has no member. */
    record NotCalculable(Body body) implements BodyShare {
        public NotCalculable {
            Objects.requireNonNull(body, "body");
        }
    }
}

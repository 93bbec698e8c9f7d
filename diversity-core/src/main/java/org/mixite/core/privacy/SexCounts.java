package org.mixite.core.privacy;

import org.apiguardian.api.API;

/**
 * Headcounts by sex in one cell of a breakdown.
 *
 * @param female women
 * @param male   men
 * @param other  sex {@code X} or unknown: counted, never part of a female/male comparison
 */
@API(status = API.Status.STABLE)
public record SexCounts(long female, long male, long other) {

    public static final SexCounts ZERO = new SexCounts(0, 0, 0);

    public SexCounts {
        if (female < 0 || male < 0 || other < 0) {
            throw new IllegalArgumentException("negative headcount: " + female + "/" + male + "/" + other);
        }
    }

    public long total() {
        return female + male + other;
    }

    public SexCounts plus(SexCounts that) {
        return new SexCounts(female + that.female, male + that.male, other + that.other);
    }
}

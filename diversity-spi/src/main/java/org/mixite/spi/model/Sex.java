package org.mixite.spi.model;

import org.apiguardian.api.API;

/**
 * Sex as recorded by payroll. {@link #OTHER} ({@code X}) and {@link #UNKNOWN} (empty) count in
 * headcounts and are left out of every female/male gap metric; reports say how many.
 */
@API(status = API.Status.STABLE)
public enum Sex {
    FEMALE("F"),
    MALE("M"),
    OTHER("X"),
    UNKNOWN("");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The canonical CSV code: {@code F}, {@code M}, {@code X} or the empty string. */
    public String code() {
        return code;
    }

    /** True for {@link #FEMALE} and {@link #MALE}, the two sexes that gap metrics compare. */
    public boolean isBinary() {
        return this == FEMALE || this == MALE;
    }

    /** The other binary sex; {@link #OTHER} and {@link #UNKNOWN} map to themselves. */
    public Sex swapped() {
        return switch (this) {
            case FEMALE -> MALE;
            case MALE -> FEMALE;
            default -> this;
        };
    }
}

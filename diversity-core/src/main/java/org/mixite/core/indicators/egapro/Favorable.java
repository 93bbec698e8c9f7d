package org.mixite.core.indicators.egapro;

import org.apiguardian.api.API;

/** The sex an indicator's gap favours: {@code femmes}, {@code hommes} or {@code egalite}. */
@API(status = API.Status.EXPERIMENTAL)
public enum Favorable {
    FEMMES("femmes"),
    HOMMES("hommes"),
    EGALITE("egalite");

    private final String code;

    Favorable(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The other sex; {@link #EGALITE} stays itself. */
    public Favorable opposite() {
        return switch (this) {
            case FEMMES -> HOMMES;
            case HOMMES -> FEMMES;
            case EGALITE -> EGALITE;
        };
    }

    /** By the sign of a men-minus-women gap: positive favours men, negative women. */
    static Favorable ofSign(int signum) {
        return signum > 0 ? HOMMES : signum < 0 ? FEMMES : EGALITE;
    }
}

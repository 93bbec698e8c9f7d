package org.mixite.core.indicators.egapro;

import org.apiguardian.api.API;

/** Which sex a gap favours, as the contract spells it. */
@API(status = API.Status.EXPERIMENTAL)
public enum Favorable {
    FEMMES("femmes"), HOMMES("hommes"), EGALITE("egalite");

    private final String code;

    Favorable(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The other sex; {@link #EGALITE} has none and stays itself. */
    public Favorable opposite() {
        return switch (this) {
            case FEMMES -> HOMMES;
            case HOMMES -> FEMMES;
            case EGALITE -> EGALITE;
        };
    }
}

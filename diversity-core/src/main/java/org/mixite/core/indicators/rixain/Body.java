package org.mixite.core.indicators.rixain;

import org.apiguardian.api.API;
import org.mixite.spi.model.ManagementLevel;

/** The two populations of the loi Rixain. */
@API(status = API.Status.EXPERIMENTAL)
public enum Body {
    /** Cadres dirigeants: {@link ManagementLevel#EXECUTIVE}. */
    CADRES_DIRIGEANTS("cadresDirigeants", ManagementLevel.EXECUTIVE),
    /** Members of the instances dirigeantes: {@link ManagementLevel#BOARD}. */
    INSTANCES_DIRIGEANTES("instancesDirigeantes", ManagementLevel.BOARD);

    private final String code;
    private final ManagementLevel level;

    Body(String code, ManagementLevel level) {
        this.code = code;
        this.level = level;
    }

    /** The JSON member name. */
    public String code() {
        return code;
    }

    public ManagementLevel level() {
        return level;
    }
}

package org.mixite.core.indicators.egapro;

import java.util.Optional;
import org.apiguardian.api.API;

/** The four age bands of indicator 1, by age on the last day of the reference period. */
@API(status = API.Status.EXPERIMENTAL)
public enum AgeBand {
    UNDER_30("<30"),
    FROM_30_TO_39("30-39"),
    FROM_40_TO_49("40-49"),
    FROM_50("50+");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    /** The contract's code: {@code <30}, {@code 30-39}, {@code 40-49}, {@code 50+}. */
    public String code() {
        return code;
    }

    public static Optional<AgeBand> ofCode(String code) {
        for (AgeBand b : values()) {
            if (b.code.equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The band of an age in whole years. */
    public static AgeBand ofAge(int age) {
        if (age < 30) {
            return UNDER_30;
        }
        if (age < 40) {
            return FROM_30_TO_39;
        }
        return age < 50 ? FROM_40_TO_49 : FROM_50;
    }
}

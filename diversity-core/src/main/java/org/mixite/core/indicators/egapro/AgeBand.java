package org.mixite.core.indicators.egapro;

import java.util.Optional;
import org.apiguardian.api.API;

/** The four Egapro age bands, by age on the last day of the period (egapro.md §2). */
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

    public String code() {
        return code;
    }

    public static AgeBand ofAge(int age) {
        if (age < 30) {
            return UNDER_30;
        }
        if (age < 40) {
            return FROM_30_TO_39;
        }
        return age < 50 ? FROM_40_TO_49 : FROM_50;
    }

    public static Optional<AgeBand> parse(String code) {
        for (AgeBand a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}

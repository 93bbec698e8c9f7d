package org.mixite.core.indicators.egapro;

import java.util.Optional;
import org.apiguardian.api.API;

/** The headcount band ({@code tranche}), which decides the indicator set (egapro.md §1). */
@API(status = API.Status.EXPERIMENTAL)
public enum Tranche {
    /** 50 to 250 employees: indicators 1, 2et3, 4 and 5. */
    FROM_50_TO_250("50-250"),
    /** 251 to 999 employees: indicators 1, 2, 3, 4 and 5. */
    FROM_251_TO_999("251-999"),
    /** 1000 employees and more: as 251-999. */
    FROM_1000("1000+");

    private final String code;

    Tranche(String code) {
        this.code = code;
    }

    /** The contract's code: {@code 50-250}, {@code 251-999} or {@code 1000+}. */
    public String code() {
        return code;
    }

    /** True for 50-250, the band that has the combined indicator 2et3. */
    public boolean isSmall() {
        return this == FROM_50_TO_250;
    }

    public static Optional<Tranche> ofCode(String code) {
        for (Tranche t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The band of a headcount. Below 50 the index is not mandatory; such a headcount gets the
     * 50-250 rules, the closest band.
     */
    public static Tranche ofHeadcount(long headcount) {
        if (headcount >= 1000) {
            return FROM_1000;
        }
        return headcount >= 251 ? FROM_251_TO_999 : FROM_50_TO_250;
    }
}

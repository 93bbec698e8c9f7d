package org.mixite.core.indicators.egapro;

import java.util.Optional;
import org.apiguardian.api.API;

/** The headcount band of the company, which decides the indicator set (egapro.md §1). */
@API(status = API.Status.EXPERIMENTAL)
public enum Tranche {
    /** 50 to 250 employees: indicators 1, 2et3, 4, 5. */
    FROM_50_TO_250("50-250"),
    /** 251 to 999 employees: indicators 1, 2, 3, 4, 5. */
    FROM_251_TO_999("251-999"),
    /** 1000 employees or more: indicators 1, 2, 3, 4, 5. */
    FROM_1000("1000+");

    private final String code;

    Tranche(String code) {
        this.code = code;
    }

    /** The contract's code, e.g. {@code 50-250}. */
    public String code() {
        return code;
    }

    /** Whether raises and promotions are scored together (indicator 2et3) rather than apart. */
    public boolean combinesRaisesAndPromotions() {
        return this == FROM_50_TO_250;
    }

    public static Optional<Tranche> parse(String code) {
        for (Tranche t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The band for a headcount; under 50 the index is voluntary and uses the 50–250 rules. */
    public static Tranche forHeadcount(long headcount) {
        if (headcount >= 1000) {
            return FROM_1000;
        }
        return headcount >= 251 ? FROM_251_TO_999 : FROM_50_TO_250;
    }
}

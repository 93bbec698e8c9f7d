package org.mixite.core.indicators.egapro;

import java.util.Optional;
import org.apiguardian.api.API;

/** The four socio-professional categories of the Egapro index. */
@API(status = API.Status.EXPERIMENTAL)
public enum Csp {
    /** Ouvriers. */
    OUV("ouv"),
    /** Employés. */
    EMP("emp"),
    /** Techniciens et agents de maîtrise. */
    TAM("tam"),
    /** Ingénieurs et cadres. */
    IC("ic");

    private final String code;

    Csp(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Csp> parse(String code) {
        for (Csp c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

package org.mixite.core.indicators.egapro;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The four Egapro socio-professional categories. */
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

    /** The CSP of a contract code ({@code ouv}, {@code emp}, {@code tam}, {@code ic}), exactly. */
    public static Optional<Csp> ofCode(String code) {
        for (Csp c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** As {@link #ofCode} but ignoring case and surrounding spaces, for employee records. */
    public static Optional<Csp> ofLenient(String text) {
        Optional<Csp> exact = ofCode(text); // the usual case, without allocating
        return exact.isPresent() ? exact : ofCode(text.trim().toLowerCase(Locale.ROOT));
    }
}

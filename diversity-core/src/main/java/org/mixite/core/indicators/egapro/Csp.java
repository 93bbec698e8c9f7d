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

    /**
     * The CSP of a PCS-ESE (or PCS 2020) code, by its first digit: 2 (chefs d'entreprise
     * salariés) and 3 → {@code ic}, 4 → {@code tam}, 5 → {@code emp}, 6 → {@code ouv}
     * (job-families.md, "Deriving the Egapro CSP from PCS-ESE"); empty for any other code.
     */
    public static Optional<Csp> ofPcs(String jobCode) {
        if (jobCode.isEmpty()) {
            return Optional.empty();
        }
        return switch (jobCode.charAt(0)) {
            case '2', '3' -> Optional.of(IC);
            case '4' -> Optional.of(TAM);
            case '5' -> Optional.of(EMP);
            case '6' -> Optional.of(OUV);
            default -> Optional.empty();
        };
    }

    /** As {@link #ofCode} but ignoring case and surrounding spaces, for employee records. */
    public static Optional<Csp> ofLenient(String text) {
        Optional<Csp> exact = ofCode(text); // the usual case, without allocating
        return exact.isPresent() ? exact : ofCode(text.trim().toLowerCase(Locale.ROOT));
    }
}

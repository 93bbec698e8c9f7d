package org.mixite.spi.model;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An enumerated column whose canonical code is the constant's name in lower case
 * ({@code FIXED_TERM} is written {@code fixed_term}).
 */
@API(status = API.Status.STABLE)
public interface CodedValue {

    String name();

    /** The canonical code, e.g. {@code fixed_term}. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a canonical code, ignoring case and surrounding spaces; empty when unknown. */
    static <E extends Enum<E> & CodedValue> Optional<E> parse(Class<E> type, String text) {
        String wanted = text.trim();
        Object exact = CodedValues.byCode(type).get(wanted); // the canonical spelling: one lookup, no allocation
        if (exact != null) {
            return Optional.of(type.cast(exact));
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equalsIgnoreCase(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}

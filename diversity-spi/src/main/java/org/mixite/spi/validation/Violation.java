package org.mixite.spi.validation;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem with one field of one record. The message names the field and, unless it is
 * personal data (pay), the offending value.
 *
 * @param position where the value was read (file, line, column)
 * @param field    the canonical column name ({@code annual_base_pay}), or empty for the whole record
 * @param message  what is wrong, for a person
 */
@API(status = API.Status.STABLE)
public record Violation(SourcePosition position, String field, String message) {

    public Violation {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return position + (field.isEmpty() ? "" : " [" + field + "]") + ": " + message;
    }
}

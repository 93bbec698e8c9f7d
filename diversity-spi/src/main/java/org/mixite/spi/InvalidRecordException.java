package org.mixite.spi;

import java.util.List;
import org.apiguardian.api.API;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * Strict mode met an invalid record. The message names the file and line, and lists every
 * violation of that record with its column and field.
 */
@API(status = API.Status.STABLE)
public final class InvalidRecordException extends MixiteException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final transient List<Violation> violations;

    public InvalidRecordException(SourcePosition position, List<Violation> violations) {
        super(describe(position, violations));
        this.position = position;
        this.violations = List.copyOf(violations);
    }

    private static String describe(SourcePosition position, List<Violation> violations) {
        StringBuilder text = new StringBuilder(position.toString()).append(": invalid record");
        for (Violation v : violations) {
            text.append(System.lineSeparator()).append("  ").append(v);
        }
        return text.toString();
    }

    public SourcePosition position() {
        return position;
    }

    public List<Violation> violations() {
        return violations;
    }
}

package org.mixite.spi;

import java.util.List;
import org.apiguardian.api.API;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * The input cannot be used: a file that is not what it claims (binary, not UTF-8, no header),
 * or, in strict mode, the first invalid record. The message names the file, the line and the
 * field; {@link #violations()} lists every problem found for that place.
 */
@API(status = API.Status.STABLE)
public final class InputException extends MixiteException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final transient List<Violation> violations;

    public InputException(SourcePosition position, String message) {
        this(position, message, null);
    }

    public InputException(SourcePosition position, String message, Throwable cause) {
        super(position + ": " + message, cause);
        this.position = position;
        this.violations = List.of(new Violation(position, "", message));
    }

    public InputException(SourcePosition position, List<Violation> violations) {
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

package org.mixite.spi;

import org.apiguardian.api.API;
import org.mixite.spi.validation.SourcePosition;

/**
 * The input cannot be used as a whole: a file that is not what it claims (binary, not UTF-8,
 * no header, a missing required column). The message names the file, the line and, where
 * there is one, the field. Invalid single records are {@link InvalidRecordException}s.
 */
@API(status = API.Status.STABLE)
public final class InputException extends MixiteException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    public InputException(SourcePosition position, String message) {
        this(position, message, null);
    }

    public InputException(SourcePosition position, String message, Throwable cause) {
        super(position + ": " + message, cause);
        this.position = position;
    }

    public SourcePosition position() {
        return position;
    }
}

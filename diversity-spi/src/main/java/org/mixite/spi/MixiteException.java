package org.mixite.spi;

import org.apiguardian.api.API;

/**
 * Root of every exception Mixité throws on purpose. Callers that want to report any Mixité
 * failure cleanly catch this one type; its message is written for a person and never carries
 * personal data (names, national ids, pay).
 */
@API(status = API.Status.STABLE)
public abstract class MixiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected MixiteException(String message) {
        super(message);
    }

    protected MixiteException(String message, Throwable cause) {
        super(message, cause);
    }
}

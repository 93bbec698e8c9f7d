package org.mixite.spi;

import org.apiguardian.api.API;

/**
 * The caller asked for something that cannot be done as configured: an unknown adapter, an
 * unknown option, a mapping file that does not parse, an unreadable file.
 */
@API(status = API.Status.STABLE)
public final class ConfigurationException extends MixiteException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.mixite.spi;

import org.apiguardian.api.API;

/**
 * An adapter failed in a way that is its own fault, not the input's: it threw an unexpected
 * exception, broke the SPI contract, or could not be loaded. The message names the adapter.
 */
@API(status = API.Status.STABLE)
public final class AdapterException extends MixiteException {
    private static final long serialVersionUID = 1L;

    private final String adapterName;

    public AdapterException(String adapterName, String message, Throwable cause) {
        super("adapter '" + adapterName + "': " + message, cause);
        this.adapterName = adapterName;
    }

    public AdapterException(String adapterName, String message) {
        this(adapterName, message, null);
    }

    public String adapterName() {
        return adapterName;
    }
}

package org.mixite.core.indicators.egapro;

import org.apiguardian.api.API;
import org.mixite.spi.MixiteException;

/**
 * The aggregated Egapro input is inconsistent. The message names the JSON path of the
 * offending value, e.g. {@code remunerations[3].femmes}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproInputException extends MixiteException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public EgaproInputException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /** The JSON path of the offending value. */
    public String path() {
        return path;
    }
}

package org.mixite.core.indicators.egapro;

import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.spi.MixiteException;

/**
 * The aggregated Egapro input is not usable: a negative count, a rate over 100, an unknown CSP
 * or age band, a section missing for the company's band, a valid group without its averages,
 * top earners that are not 10. The message starts with the JSON path of the culprit, e.g.
 * {@code remunerations[3].femmes: must be 0 or more (got -1)}. No index is ever computed
 * from an input that raised it.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproInputException extends MixiteException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public EgaproInputException(String path, String problem) {
        super(Objects.requireNonNull(path, "path") + ": " + problem);
        this.path = path;
    }

    /** The JSON path of the offending member, e.g. {@code remunerations[3].femmes}. */
    public String path() {
        return path;
    }
}

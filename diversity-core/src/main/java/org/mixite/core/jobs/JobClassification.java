package org.mixite.core.jobs;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A job's family, its digital sub-family when the code tells it (development, infrastructure
 * and support, …), and how it was decided.
 */
@API(status = API.Status.EXPERIMENTAL)
public record JobClassification(JobFamily family, Optional<String> subFamily, String basis) {

    public JobClassification {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(subFamily, "subFamily");
        Objects.requireNonNull(basis, "basis");
    }
}

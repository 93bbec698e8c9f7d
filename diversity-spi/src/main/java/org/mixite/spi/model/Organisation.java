package org.mixite.spi.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The organisation a dataset describes.
 *
 * @param companyId         company identifier (e.g. SIREN), may be empty when unknown
 * @param name              display name used on reports
 * @param federationMemberId optional member id within a federation
 * @param establishments    establishment identifiers or labels, in a stable order
 */
@API(status = API.Status.STABLE)
public record Organisation(String companyId, String name, Optional<String> federationMemberId,
                           List<String> establishments) {

    public Organisation {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(federationMemberId, "federationMemberId");
        establishments = List.copyOf(establishments);
    }

    /** An organisation known only by its display name. */
    public static Organisation named(String name) {
        return new Organisation("", name, Optional.empty(), List.of());
    }
}

package org.mixite.core.region;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A region of France as the INSEE code list gives it (the 18 regions of 2016).
 *
 * @param code         the INSEE region code, e.g. {@code 76}
 * @param name         its name, e.g. {@code Occitanie} (a proper name: the same in every report language)
 * @param departements its départements, e.g. {@code 09}, {@code 2A}, {@code 971}
 */
@API(status = API.Status.EXPERIMENTAL)
public record Region(String code, String name, List<String> departements) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        departements = List.copyOf(departements);
    }
}

package org.mixite.spi.adapter;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An option an adapter understands, e.g. {@code mapping} (a column-mapping file).
 *
 * @param name         the key, lower-case
 * @param description  one line for {@code mixite adapters}
 * @param defaultValue the value used when the option is not given
 */
@API(status = API.Status.STABLE)
public record AdapterOption(String name, String description, Optional<String> defaultValue) {

    public AdapterOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    public static AdapterOption of(String name, String description) {
        return new AdapterOption(name, description, Optional.empty());
    }
}

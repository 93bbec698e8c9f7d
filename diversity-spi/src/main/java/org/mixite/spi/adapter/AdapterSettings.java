package org.mixite.spi.adapter;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The option values passed to {@link HrisAdapter#open}, keyed by {@link AdapterOption#name()}.
 */
@API(status = API.Status.STABLE)
public record AdapterSettings(Map<String, String> values) {

    public static final AdapterSettings NONE = new AdapterSettings(Map.of());

    public AdapterSettings {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A copy with one more value. */
    public AdapterSettings with(String name, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new AdapterSettings(copy);
    }
}

package org.mixite.adapter.tck;

import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;

/**
 * An input for the adapter under test and the option values to read it with, as a user would
 * give them ({@code --option key=value}); the kit adds the declared defaults like the loader.
 *
 * @param label    names the sample in failure messages (the input's name by default)
 * @param input    what to read: a file, bytes, or a URI the adapter opens itself
 * @param settings the option values
 */
@API(status = API.Status.EXPERIMENTAL)
public record Sample(String label, InputSource input, AdapterSettings settings) {

    public Sample {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(settings, "settings");
    }

    public static Sample of(InputSource input) {
        return new Sample(input.name(), input, AdapterSettings.NONE);
    }

    public static Sample of(InputSource input, AdapterSettings settings) {
        return new Sample(input.name(), input, settings);
    }

    /** A copy with one more option value. */
    public Sample with(String option, String value) {
        return new Sample(label, input, settings.with(option, value));
    }

    /** A copy with another label. */
    public Sample labelled(String newLabel) {
        return new Sample(newLabel, input, settings);
    }

    /** Whether the kit can read the bytes itself (file or in-memory content), not a URI. */
    boolean hasContent() {
        return input.uri().isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}

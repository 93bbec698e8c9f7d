package org.mixite.core.indicators.egapro;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One indicator section of the aggregated input, in the three states the contract gives it:
 * {@link Absent} (the member is missing), {@link NotCalculable} (the member is JSON
 * {@code null}: the company declares the indicator not calculable) and {@link Declared}.
 *
 * @param <T> the section's content
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Declaration<T> permits Declaration.Absent, Declaration.NotCalculable, Declaration.Declared {

    /** The member is missing from the input. */
    record Absent<T>() implements Declaration<T> {
    }

    /** The member is {@code null}: the company declares the indicator not calculable. */
    record NotCalculable<T>() implements Declaration<T> {
    }

    /** The member is given. */
    record Declared<T>(T value) implements Declaration<T> {
        public Declared {
            Objects.requireNonNull(value, "value");
        }
    }

    static <T> Declaration<T> absent() {
        return new Absent<>();
    }

    static <T> Declaration<T> notCalculable() {
        return new NotCalculable<>();
    }

    static <T> Declaration<T> of(T value) {
        return new Declared<>(value);
    }

    /** The content when declared. */
    default Optional<T> declared() {
        return this instanceof Declared<T> d ? Optional.of(d.value()) : Optional.empty();
    }
}

package org.mixite.core.indicators.egapro;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One Egapro indicator: calculable, with its result and points, or not calculable, with the
 * reason. A not-calculable indicator adds neither points nor maximum to the index.
 *
 * @param <T> the indicator's result
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Indicator<T extends Indicator.Scored> permits Indicator.Calculable, Indicator.NotCalculable {

    /** What every calculable result carries: its points and the indicator's maximum. */
    interface Scored {
        int note();

        int max();
    }

    record Calculable<T extends Scored>(T result) implements Indicator<T> {
        public Calculable {
            Objects.requireNonNull(result, "result");
        }
    }

    record NotCalculable<T extends Scored>(String reason) implements Indicator<T> {
        public NotCalculable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <T extends Scored> Indicator<T> of(T result) {
        return new Calculable<>(result);
    }

    static <T extends Scored> Indicator<T> notCalculable(String reason) {
        return new NotCalculable<>(reason);
    }

    /** The result when calculable. */
    default Optional<T> value() {
        return this instanceof Calculable<T> c ? Optional.of(c.result()) : Optional.empty();
    }

    default boolean calculable() {
        return this instanceof Calculable;
    }

    /** Points earned, 0 when not calculable. */
    default int points() {
        return value().map(Scored::note).orElse(0);
    }

    /** Points at stake, 0 when not calculable. */
    default int pointsMax() {
        return value().map(Scored::max).orElse(0);
    }
}

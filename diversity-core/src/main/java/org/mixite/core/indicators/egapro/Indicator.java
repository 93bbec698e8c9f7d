package org.mixite.core.indicators.egapro;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One indicator's outcome: {@link Computed}, with its score, or {@link NotCalculable}, with
 * its reason. Both carry the explanation of the figures behind them when there are any
 * (none when the input declares the indicator not calculable).
 *
 * @param <S> the score type
 * @param <E> the explanation type
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Indicator<S extends Score, E> permits Indicator.Computed, Indicator.NotCalculable {

    /** The explanation of the figures, when the indicator had figures to explain. */
    Optional<E> explanation();

    default boolean calculable() {
        return this instanceof Computed;
    }

    default Optional<S> computed() {
        return this instanceof Computed<S, E> c ? Optional.of(c.score()) : Optional.empty();
    }

    /** Points counted in the index: the score's note, 0 when not calculable. */
    default int points() {
        return computed().map(Score::note).orElse(0);
    }

    /** Maximum counted in the index: the score's maximum, 0 when not calculable. */
    default int pointsMax() {
        return computed().map(Score::max).orElse(0);
    }

    record Computed<S extends Score, E>(S score, E details) implements Indicator<S, E> {
        public Computed {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(details, "details");
        }

        @Override
        public Optional<E> explanation() {
            return Optional.of(details);
        }
    }

    record NotCalculable<S extends Score, E>(NotCalculableReason reason, Optional<E> explanation) implements Indicator<S, E> {
        public NotCalculable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}

package org.mixite.core.privacy;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One cell of a published breakdown: its value, or "suppressed" with the reason. Built by
 * {@link SmallCellSuppression}; reports print a suppressed cell as suppressed, never its value.
 */
@API(status = API.Status.STABLE)
public sealed interface Cell<T> permits Cell.Shown, Cell.Suppressed {

    record Shown<T>(T value) implements Cell<T> {
        public Shown {
            Objects.requireNonNull(value, "value");
        }
    }

    record Suppressed<T>(SuppressionReason reason) implements Cell<T> {
        public Suppressed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default Optional<T> shown() {
        return this instanceof Shown<T> s ? Optional.of(s.value()) : Optional.empty();
    }
}

package org.mixite.spi.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * A record the loader turned away, with every reason.
 *
 * @param position   where the record starts
 * @param adapter    the adapter that read it
 * @param id         its id, when one could be read (ids are pseudonymous and may be shown)
 * @param violations the reasons, at least one
 */
@API(status = API.Status.STABLE)
public record Rejection(SourcePosition position, String adapter, Optional<String> id, List<Violation> violations) {

    public Rejection {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(id, "id");
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one violation");
        }
    }

    @Override
    public String toString() {
        return position + " (" + adapter + ")" + id.map(i -> " id " + i.replaceAll("\\p{Cntrl}", "?")).orElse("")
                + ": " + violations.size() + " violation(s)";
    }
}

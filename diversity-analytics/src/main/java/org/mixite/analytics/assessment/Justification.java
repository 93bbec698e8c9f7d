package org.mixite.analytics.assessment;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A reason recorded for a category's gap (Art. 10(2)(d)), as the employer and the workers'
 * representatives establish it.
 *
 * @param category  the category of workers
 * @param justified whether they agree the difference rests on objective, gender-neutral criteria
 *                  (then no measure is planned for it, Art. 10(1)(b))
 * @param reason    the reason, in their words
 */
@API(status = API.Status.EXPERIMENTAL)
public record Justification(String category, boolean justified, String reason) {
    public Justification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
    }
}

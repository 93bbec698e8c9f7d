package org.mixite.core.information;

import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.core.indicators.paygap.PayLevel;

/** The average pay level of one sex in the worker's category, or why it is withheld. */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface GroupFigure {

    /**
     * The average, over at least the minimum cell size. The annual and component averages are
     * present only when at least that many people of the group have a known annual pay, and none or
     * at least that many have none (the hourly average minus the components would give those few away).
     */
    record Shown(PayLevel average) implements GroupFigure {
        public Shown {
            Objects.requireNonNull(average, "average");
        }
    }

    /**
     * Withheld: fewer than {@code minimum} people of this sex in the category (none included) have
     * pay, so an average could reveal a colleague's pay. The exact number is not given either.
     */
    record Withheld(int minimum) implements GroupFigure {
    }
}

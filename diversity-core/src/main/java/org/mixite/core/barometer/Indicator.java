package org.mixite.core.barometer;

import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.jobs.JobFamily;

/** The figures on which members are distributed, placed and followed over time: each a women's share. */
@API(status = API.Status.EXPERIMENTAL)
public enum Indicator {
    /** Women among all the people at the period's end. */
    WOMEN_SHARE(Contribution::total),
    /** Women in technical digital jobs. */
    TECHNICAL_DIGITAL(c -> family(c, JobFamily.TECHNICAL_DIGITAL)),
    /** Women in digitised jobs (empty unless the members map them). */
    DIGITISED(c -> family(c, JobFamily.DIGITISED)),
    /** Women among managers, executives (cadres dirigeants) and board members together. */
    MANAGEMENT(c -> {
        Map<String, SexTally> levels = c.stock().get("managementLevel");
        return levels.getOrDefault("manager", SexTally.EMPTY).plus(levels.getOrDefault("executive", SexTally.EMPTY))
                .plus(levels.getOrDefault("board", SexTally.EMPTY));
    }),
    /** Women among the period's hires into technical digital jobs. */
    TECHNICAL_DIGITAL_HIRES(c -> c.flows().byFamily().get(JobFamily.TECHNICAL_DIGITAL.code()).hires());

    private final Function<Contribution, SexTally> cell;

    Indicator(Function<Contribution, SexTally> cell) {
        this.cell = cell;
    }

    /** The member's cell for this indicator. */
    public SexTally of(Contribution contribution) {
        return cell.apply(contribution);
    }

    /** The JSON key, e.g. {@code technical_digital}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static SexTally family(Contribution c, JobFamily family) {
        return c.stock().get("jobFamily").getOrDefault(family.code(), SexTally.EMPTY);
    }
}

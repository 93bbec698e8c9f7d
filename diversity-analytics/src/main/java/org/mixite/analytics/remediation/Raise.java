package org.mixite.analytics.remediation;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * One person's raise.
 *
 * @param id         the record id (for the HR team acting on the plan; never published)
 * @param category   the person's category of workers
 * @param fromNanos the hourly pay before, in nano-euros
 * @param toNanos   the hourly pay after (always more)
 * @param annualCost (to − from) × the hours paid in the period, in euros, rounded up to the cent
 */
@API(status = API.Status.EXPERIMENTAL)
public record Raise(String id, String category, long fromNanos, long toNanos, BigDecimal annualCost) {
    public Raise {
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("a raise must increase pay");
        }
    }
}

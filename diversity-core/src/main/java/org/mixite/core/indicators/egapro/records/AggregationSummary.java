package org.mixite.core.indicators.egapro.records;

import org.apiguardian.api.API;

/**
 * Who the aggregation counted and left out, so that the figures reconcile: {@code read =
 * counted + excludedContract + excludedPresence}. Among the counted, some are left out of
 * particular indicators: sex X or unknown (every F/M indicator), pay unknown (indicators 1
 * and 5), age unknown or group unknown (indicator 1; group unknown also 2 and 3).
 *
 * @param read             records seen
 * @param counted          records that count: contract not excluded, at least 183 days present
 * @param excludedContract apprentices, interns, temporary agency workers
 * @param excludedPresence present fewer than 183 days in the period
 * @param sexNotBinary     counted, sex X or unknown: in the headcount band only
 * @param payUnknown       counted, neither base nor variable pay given
 * @param ageUnknown       counted, neither birth date nor birth year
 * @param groupUnknown     counted, no CSP (csp mode and indicators 2, 3) or no level (level modes)
 */
@API(status = API.Status.EXPERIMENTAL)
public record AggregationSummary(long read, long counted, long excludedContract, long excludedPresence,
        long sexNotBinary, long payUnknown, long ageUnknown, long groupUnknown) {
}

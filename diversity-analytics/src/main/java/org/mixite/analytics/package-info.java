/**
 * Pay-equity analytics beyond the regulated figures: the sample they share
 * ({@link org.mixite.analytics.AnalyticsSample}) and the controls
 * ({@link org.mixite.analytics.Control}). The regression, the Oaxaca-Blinder
 * decomposition, the remediation simulator and the trend live in sub-packages. These are
 * statistics, not regulated figures: they are computed in {@code double}.
 */
@API(status = API.Status.EXPERIMENTAL)
package org.mixite.analytics;

import org.apiguardian.api.API;

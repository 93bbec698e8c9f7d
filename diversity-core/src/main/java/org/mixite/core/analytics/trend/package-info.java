/**
 * Trend analysis: the headline analytics of two or more periods and their changes. See
 * {@link org.mixite.core.analytics.trend.Trends}.
 */
@API(status = API.Status.EXPERIMENTAL)
package org.mixite.core.analytics.trend;

import org.apiguardian.api.API;

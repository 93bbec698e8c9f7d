/**
 * Trend analysis: the headline analytics of two or more periods and their changes. See
 * {@link org.mixite.analytics.trend.Trends}.
 */
@API(status = API.Status.EXPERIMENTAL)
package org.mixite.analytics.trend;

import org.apiguardian.api.API;

/**
 * The adjusted pay gap: an OLS regression of log hourly pay on a female indicator and
 * controls, with heteroskedasticity-robust (HC1) standard errors. See
 * {@link org.mixite.analytics.regression.PayRegression}.
 */
@API(status = API.Status.EXPERIMENTAL)
package org.mixite.analytics.regression;

import org.apiguardian.api.API;

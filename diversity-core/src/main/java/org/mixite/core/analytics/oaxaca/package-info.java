/**
 * The Oaxaca-Blinder two-fold decomposition of the mean log-pay gap. See
 * {@link org.mixite.core.analytics.oaxaca.OaxacaBlinder}.
 */
@API(status = API.Status.EXPERIMENTAL)
package org.mixite.core.analytics.oaxaca;

import org.apiguardian.api.API;

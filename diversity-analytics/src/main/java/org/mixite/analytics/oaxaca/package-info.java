/**
 * The Oaxaca-Blinder two-fold decomposition of the mean log-pay gap. See
 * {@link org.mixite.analytics.oaxaca.OaxacaBlinder}.
 */
@API(status = API.Status.EXPERIMENTAL)
package org.mixite.analytics.oaxaca;

import org.apiguardian.api.API;

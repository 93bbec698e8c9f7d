/**
 * The remediation simulator: the individual raises that reach a pay-equity target, their
 * cost and the indicators after them. See
 * {@link org.mixite.analytics.remediation.RemediationSimulator}.
 */
@API(status = API.Status.EXPERIMENTAL)
package org.mixite.analytics.remediation;

import org.apiguardian.api.API;

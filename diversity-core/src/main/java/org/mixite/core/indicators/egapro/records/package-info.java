/**
 * From raw {@link org.mixite.spi.model.EmployeeRecord}s to the Egapro aggregated input
 * (egapro.md §2): who counts, the full-time full-year pay, CSP, age band, raises, promotions,
 * maternity returns and the top 10 earners, in one mergeable single-pass
 * {@link org.mixite.core.indicators.egapro.records.EgaproAccumulator}.
 */
package org.mixite.core.indicators.egapro.records;

/**
 * The French Egapro index (Code du travail L1142-8, D1142-2 and following), computed from the
 * aggregated input of the government's form ({@link org.mixite.core.indicators.egapro.EgaproInput})
 * by {@link org.mixite.core.indicators.egapro.EgaproCalculator}, exactly as egapro.md §3 states the
 * official calculator's rules. Every indicator is either computed, with its points and its
 * explanation, or not calculable, with its reason.
 */
package org.mixite.core.indicators.egapro;

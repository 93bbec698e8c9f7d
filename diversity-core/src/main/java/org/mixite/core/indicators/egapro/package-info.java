/**
 * The French Egapro index (index de l'égalité professionnelle, Code du travail L1142-8 and
 * D1142-2 and following): the five indicators for both size variants, from aggregates
 * ({@link org.mixite.core.indicators.egapro.EgaproCalculator}) or from employee records
 * ({@link org.mixite.core.indicators.egapro.EgaproAggregator}).
 */
package org.mixite.core.indicators.egapro;

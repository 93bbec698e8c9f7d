/**
 * France from 2027 (Egapro V2, regulations.md §2): who declares what and by when
 * ({@link org.mixite.core.indicators.france.Obligations}), the annual average headcount of the
 * Code de la sécurité sociale ({@link org.mixite.core.indicators.france.AnnualHeadcount}), the
 * GIP-MDS pre-fill file (the figures A–F per SIREN, written and read:
 * {@link org.mixite.core.indicators.france.GipFigures}, {@link org.mixite.core.indicators.france.GipFile})
 * and its reconciliation with the company's own data
 * ({@link org.mixite.core.indicators.france.Reconciliation}).
 */
package org.mixite.core.indicators.france;

/**
 * Composition and flows by sex: job families (technical digital jobs first), categories,
 * levels, age bands, management levels, establishments and contracts; hires, exits and
 * promotions; the leaky pipeline; national benchmarks; and the federation view.
 */
package org.mixite.core.indicators.composition;

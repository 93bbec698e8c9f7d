/**
 * Pay-gap reporting (regulations.md): the EU Pay Transparency Directive 2023/970 Art. 9 and 10,
 * France's Egapro V2 indicators A–G, the UK gender pay gap, ESRS S1 and GRI 405, all computed by
 * one mergeable {@link org.mixite.core.indicators.paygap.PayGapAccumulator}.
 */
package org.mixite.core.indicators.paygap;

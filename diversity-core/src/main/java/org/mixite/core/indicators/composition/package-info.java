/**
 * Composition and flows by sex (issue 5): job families (technical digital jobs first),
 * categories, levels, age bands, management levels, establishments and contracts; hires, exits
 * and promotions; the leaky pipeline; national benchmarks; and the federation view.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>Headcount</b>: the people present at any time in the period: hired on or before its
 *       end (or no hire date) and not gone before its start (or no exit date). FTE is Σ {@code fte}.</li>
 *   <li><b>Women's share</b>: F / (F + M) × 100, one decimal, {@link java.math.RoundingMode#HALF_UP};
 *       empty (JSON {@code null}) when F + M = 0. Sex {@code X} or unknown is counted apart and left
 *       out of every share. Its 95% interval is Wilson's score interval (z = 1.959964), so that a
 *       team of 12 is not over-read.</li>
 *   <li><b>Age</b>: at the period end, from the birth date, or by year difference from the
 *       birth year. Bands &lt;30, 30–39, 40–49, 50+; ESRS S1 bands &lt;30, 30–50 (50 included), &gt;50.</li>
 *   <li><b>Flows</b>: hires and exits whose date falls in the period (bounds included), exits by
 *       {@code exit_reason}; promotions are the {@code promoted} flags of people in the headcount.
 *       Rates are per 100 people of the same sex in the headcount.</li>
 *   <li><b>Leaky pipeline</b>: the women's share at each management step, in order none
 *       (individual contributors) → manager → executive (cadre dirigeant) → board (instance
 *       dirigeante). A leak is a fall of the share from one step to the next. Steps come from
 *       {@code management_level}, which every record carries (default none).</li>
 *   <li><b>Job family</b>: from {@link org.mixite.core.jobs.JobClassifier}: a record's
 *       {@code job_family} decides when it names a family or a label of the company mapping,
 *       else its {@code job_code}.</li>
 * </ul>
 *
 * <h2>Privacy</h2>
 * A company's totals (people, hires, exits, promotions) are never suppressed. Every breakdown is,
 * through the shared {@link org.mixite.core.privacy.SmallCellSuppression} (cells under k people,
 * k = 5 by default, plus the complementary cell, or the whole breakdown when the lone hidden cell
 * would equal the total); the flows by family and reason, the pipeline and the benchmark values
 * too. Breakdowns list every known key with zeros (every exit reason, age band, level, contract,
 * sub-family, and an unknown cell), so which keys appear does not say where the people are. A
 * {@link org.mixite.core.indicators.composition.Federation} also hides cells, and withholds
 * totals with their rates, that fewer than 3 companies contribute to, and positions companies by
 * rank, quartile and percentile without publishing their own figures.
 */
package org.mixite.core.indicators.composition;

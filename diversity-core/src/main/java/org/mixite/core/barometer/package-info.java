/**
 * The federation barometer without raw records (issue 18). Each member computes its
 * {@link org.mixite.core.barometer.Contribution} — counts by sex, never a person — with a
 * {@link org.mixite.core.barometer.ContributionAccumulator}; the federation merges them with
 * {@link org.mixite.core.barometer.Barometer}: composition and flows by job family, level, age
 * band, contract and region, the distribution of members, the like-for-like trend and the years
 * to parity. Every published cell follows {@link org.mixite.core.barometer.Disclosure}: k people,
 * at least 3 contributing members, no member above 85% of the cell, and the complementary cell.
 */
package org.mixite.core.barometer;

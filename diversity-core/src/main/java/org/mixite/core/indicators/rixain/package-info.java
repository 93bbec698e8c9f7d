/**
 * Représentation équilibrée (loi Rixain, 2021-1774): the share of women and of men among the
 * cadres dirigeants ({@code management_level=executive}) and the members of the instances
 * dirigeantes ({@code board}), against 30% from 1 March 2026 and 40% from 1 March 2029.
 */
package org.mixite.core.indicators.rixain;

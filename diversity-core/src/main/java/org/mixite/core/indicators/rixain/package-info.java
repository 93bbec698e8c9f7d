/** Loi Rixain (2021-1774): balanced representation of women and men among senior executives and governing bodies. */
package org.mixite.core.indicators.rixain;

/** Privacy of published figures: small-cell suppression, primary and complementary. */
package org.mixite.core.privacy;

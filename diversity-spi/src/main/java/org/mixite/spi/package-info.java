/** The exception hierarchy shared by every Mixité module, rooted at {@link org.mixite.spi.MixiteException}. */
package org.mixite.spi;

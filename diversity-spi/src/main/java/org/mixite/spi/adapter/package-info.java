/**
 * The adapter SPI: implement {@link org.mixite.spi.adapter.HrisAdapter} to feed Mixité from
 * any system; find adapters with {@link org.mixite.spi.adapter.AdapterRegistry}.
 */
package org.mixite.spi.adapter;

/** Loading inputs through adapters: validation, strict and lenient modes, reconciled summaries. */
package org.mixite.spi.load;

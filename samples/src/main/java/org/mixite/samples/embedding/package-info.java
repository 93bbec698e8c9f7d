/** A minimal, tested example of embedding Mixité in an application. */
package org.mixite.samples.embedding;

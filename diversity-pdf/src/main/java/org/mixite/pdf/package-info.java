/** Rendering of Mixité results to PDF. */
package org.mixite.pdf;

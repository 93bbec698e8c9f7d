/** Versioned reference tables shipped in the jar (job families, benchmark figures) or supplied by a company. */
package org.mixite.core.reference;

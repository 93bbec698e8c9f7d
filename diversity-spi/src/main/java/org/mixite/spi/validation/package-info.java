/** Validation of employee records and the violations it reports, each with its source position. */
package org.mixite.spi.validation;

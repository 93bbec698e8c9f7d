/**
 * Excel out: the report's tables as a workbook, one sheet per section, written from the same
 * JSON document the PDF renders, so the three files always show the same numbers.
 */
package org.mixite.samples.xlsx;

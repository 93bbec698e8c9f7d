/**
 * Rendering of the report document to PDF: {@link org.mixite.pdf.ReportRenderer} with
 * {@link org.mixite.pdf.ReportOptions}.
 */
package org.mixite.pdf;

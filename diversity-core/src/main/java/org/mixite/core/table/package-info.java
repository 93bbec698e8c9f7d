/**
 * A workforce held in memory column by column ({@link org.mixite.core.table.EmployeeTable}):
 * primitive columns and dictionary codes, no object per employee, for computing every indicator
 * over a large workforce with {@code IndicatorSuite.compute(table, settings)}. The column-wise
 * passes give exactly the figures of the record accumulators (property-tested); rows the columns
 * cannot hold exactly keep their record and go through those accumulators.
 */
package org.mixite.core.table;

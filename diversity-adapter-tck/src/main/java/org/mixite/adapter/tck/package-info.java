/**
 * The adapter compatibility kit. Extend {@link org.mixite.adapter.tck.AdapterCompatibilityKit}
 * in your adapter's tests; {@link org.mixite.adapter.tck.Sample} says what to read and
 * {@link org.mixite.adapter.tck.EmployeeGenerator} makes valid records to write.
 */
package org.mixite.adapter.tck;

/**
 * Mixité on Apache Spark: {@link org.mixite.spark.MixiteSpark#records} validates canonical
 * rows with the loader's own rules on the executors, {@link org.mixite.spark.MixiteSpark#perCompany}
 * gives every company's report (the single-JVM {@code report.json}, byte for byte) through a
 * typed Aggregator over {@code IndicatorSuite}, {@link org.mixite.spark.MixiteSpark#total} one
 * result over everything, and {@link org.mixite.spark.MixiteSpark#dsn} reads DSN files with the
 * DSN adapter, one task per file or monthly directory.
 *
 * <p>No {@code module-info}: Spark runs its jobs on the class path, and its jars have no stable
 * module names to require.
 */
package org.mixite.spark;

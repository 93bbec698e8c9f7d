package org.mixite.benchmarks;

import java.util.List;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Every single-pass indicator of a full report (Egapro with its aggregation, loi Rixain, the
 * EU/FR/UK/ESRS/GRI pay gaps, composition and flows), through the same {@link IndicatorSuite}
 * the CLI uses. The analytics regression is not included: it is not an aggregation.
 */
final class AllIndicators {

    static final IndicatorSuite.ReportSettings SETTINGS = IndicatorSuite.ReportSettings.of(ReferencePeriod.calendarYear(2025));

    private AllIndicators() {
    }

    static IndicatorResults compute(List<EmployeeRecord> records) {
        Accumulator all = new Accumulator();
        records.forEach(all::add);
        return all.result();
    }

    /** The suite, fed one record at a time. */
    static final class Accumulator {
        private final IndicatorSuite suite = new IndicatorSuite(SETTINGS);

        void add(EmployeeRecord record) {
            suite.add(record);
        }

        IndicatorResults result() {
            return suite.results();
        }
    }
}

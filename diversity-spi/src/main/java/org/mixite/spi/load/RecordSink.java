package org.mixite.spi.load;

import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;

/** Receives the outcome of a streaming load, one entry at a time, in input order. */
@API(status = API.Status.STABLE)
public interface RecordSink {

    /** A valid record. */
    void accept(EmployeeRecord record);

    /** A rejected entry (lenient mode only: strict mode throws instead). */
    default void reject(Rejection rejection) {
    }
}

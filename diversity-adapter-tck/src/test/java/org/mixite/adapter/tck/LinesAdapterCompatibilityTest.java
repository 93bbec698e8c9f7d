package org.mixite.adapter.tck;

import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.DisplayName;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.model.EmployeeRecord;

/** The kit applied to an adapter that keeps the contract: every test passes. */
@DisplayName("A contract-abiding test adapter passes the compatibility kit")
class LinesAdapterCompatibilityTest extends AdapterCompatibilityKit {

    @Override
    protected HrisAdapter adapter() {
        return new LinesAdapter();
    }

    @Override
    protected Sample validSample() {
        return LinesFormat.validSample();
    }

    @Override
    protected long validSampleRecords() {
        return 4;
    }

    @Override
    protected long validSampleRejections() {
        return 1; // E4 has sex Q
    }

    @Override
    protected Sample write(Iterator<EmployeeRecord> records, Path directory) throws Exception {
        return LinesFormat.write(records, directory);
    }
}

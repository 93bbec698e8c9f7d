package com.acme.hris.mixite;

import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.DisplayName;
import org.mixite.adapter.tck.AdapterCompatibilityKit;
import org.mixite.adapter.tck.Sample;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.model.EmployeeRecord;

/** The certification of the sample plugin: it extends the kit and inherits every contract test. */
@DisplayName("The ACME HRIS plugin passes the adapter compatibility kit")
class AcmeHrisAdapterCompatibilityTest extends AdapterCompatibilityKit {

    @Override
    protected HrisAdapter adapter() {
        return new AcmeHrisAdapter();
    }

    @Override
    protected Sample validSample() {
        return Sample.of(InputSource.of(Path.of("src/test/resources/sample.acme.json")));
    }

    @Override
    protected long validSampleRecords() {
        return 4;
    }

    @Override
    protected long validSampleRejections() {
        return 3; // W-005 gender "robot", W-006 paid in USD, W-007 ratio 150 %
    }

    @Override
    protected Sample write(Iterator<EmployeeRecord> records, Path directory) throws Exception {
        return Sample.of(InputSource.of(AcmeExports.write(records, directory.resolve("written.acme.json"))));
    }
}

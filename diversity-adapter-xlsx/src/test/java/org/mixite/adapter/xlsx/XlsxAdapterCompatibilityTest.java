package org.mixite.adapter.xlsx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.DisplayName;
import org.mixite.adapter.tck.AdapterCompatibilityKit;
import org.mixite.adapter.tck.Sample;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.model.EmployeeRecord;

@DisplayName("The Excel adapter passes the adapter compatibility kit")
class XlsxAdapterCompatibilityTest extends AdapterCompatibilityKit {

    @Override
    protected HrisAdapter adapter() {
        return new XlsxAdapter();
    }

    @Override
    protected Sample validSample() throws Exception {
        return Sample.of(InputSource.of("sample.xlsx", Workbooks.sample()));
    }

    @Override
    protected long validSampleRecords() {
        return 5;
    }

    @Override
    protected long validSampleRejections() {
        return 2; // A4: birth year 1800; A5: an error cell
    }

    @Override
    protected Sample write(Iterator<EmployeeRecord> records, Path directory) throws Exception {
        Path file = directory.resolve("written.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
             XlsxRecordWriter writer = new XlsxRecordWriter(out, "Employees")) {
            while (records.hasNext()) {
                writer.write(records.next());
            }
        }
        return Sample.of(InputSource.of(file));
    }
}

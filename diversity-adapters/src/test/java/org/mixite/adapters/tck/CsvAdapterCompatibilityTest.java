package org.mixite.adapters.tck;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.DisplayName;
import org.mixite.adapter.tck.AdapterCompatibilityKit;
import org.mixite.adapter.tck.Sample;
import org.mixite.adapters.csv.CanonicalCsvWriter;
import org.mixite.adapters.csv.CsvAdapter;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.model.EmployeeRecord;

@DisplayName("The CSV adapter passes the adapter compatibility kit")
class CsvAdapterCompatibilityTest extends AdapterCompatibilityKit {

    /** Five valid rows (one ';'-free quoted field, one with an ignored-column value) and two invalid ones. */
    private static final String SAMPLE = """
            id,sex,birth_date,birth_year,establishment,job_code,hire_date,fte,annual_base_pay,bonus_12m,raised
            A1,F,1980-04-02,,Paris,388a,2010-01-01,1,52000.00,1000,true
            A2,M,,1975,"Lyon, Part-Dieu",462a,2012-05-01,0.8,38000,,false
            A3,X,1990-12-31,1990,Lille,543a,,1,30000,0,0
            A4,F,,1800,Paris,388a,2015-01-01,1,41000,,no
            A5,M,1969-07-14,,Paris,625a,2001-03-01,2,29000,,
            A6,F,1985-01-01,,Paris,372c,2019-09-01,0.5,61000.50,500,oui
            A7,M,1979-05-05,,Lyon,467b,2020-01-01,1,33000,,false
            """;

    @Override
    protected HrisAdapter adapter() {
        return new CsvAdapter();
    }

    @Override
    protected Sample validSample() {
        return Sample.of(InputSource.of("sample.csv", SAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    protected long validSampleRecords() {
        return 5;
    }

    @Override
    protected long validSampleRejections() {
        return 2; // A4: birth year 1800; A5: fte 2
    }

    @Override
    protected Sample write(Iterator<EmployeeRecord> records, Path directory) throws Exception {
        Path file = directory.resolve("written.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CanonicalCsvWriter csv = new CanonicalCsvWriter(out)) {
            while (records.hasNext()) {
                csv.write(records.next());
            }
        }
        return Sample.of(InputSource.of(file));
    }
}

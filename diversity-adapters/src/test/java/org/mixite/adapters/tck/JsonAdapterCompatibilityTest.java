package org.mixite.adapters.tck;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.DisplayName;
import org.mixite.adapter.tck.AdapterCompatibilityKit;
import org.mixite.adapter.tck.Sample;
import org.mixite.adapters.json.JsonAdapter;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.FieldText;

@DisplayName("The JSON adapter passes the adapter compatibility kit")
class JsonAdapterCompatibilityTest extends AdapterCompatibilityKit {

    private static final String SAMPLE = """
            [
              {"id": "A1", "sex": "F", "birthDate": "1980-04-02", "establishment": "Paris", "annualBasePay": 52000.00, "raised": true},
              {"id": "A2", "sex": "M", "birthYear": 1975, "fte": 0.8, "annualBasePay": "38000", "bonus12m": null},
              {"id": "A3", "sex": "X", "birthYear": 1990, "jobCode": "543a", "unknownMember": {"nested": [1, 2]}},
              {"id": "A4", "sex": "F", "birthYear": 1800},
              {"id": "A5", "sex": "M", "birthDate": "1969-07-14", "fte": 2},
              {"id": "A6", "sex": "F", "birthDate": "1985-01-01", "fte": "0.5", "raised": "oui"},
              {"id": "A7", "sex": "M", "birthDate": "1979-05-05", "establishment": ["not", "a", "string"]},
              {"id": "A8", "sex": "M", "birthDate": "1979-05-05", "hireDate": "2020-01-01"}
            ]
            """;

    @Override
    protected HrisAdapter adapter() {
        return new JsonAdapter();
    }

    @Override
    protected Sample validSample() {
        return Sample.of(InputSource.of("sample.json", SAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    protected long validSampleRecords() {
        return 5;
    }

    @Override
    protected long validSampleRejections() {
        return 3; // A4: birth year 1800; A5: fte 2; A7: establishment is an array
    }

    /** Newline-delimited JSON, every field as a string (the adapter parses strings like CSV cells). */
    @Override
    protected Sample write(Iterator<EmployeeRecord> records, Path directory) throws Exception {
        Path file = directory.resolve("written.ndjson");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (records.hasNext()) {
                EmployeeRecord record = records.next();
                StringBuilder line = new StringBuilder("{");
                for (RecordField field : RecordField.values()) {
                    String value = FieldText.format(record, field);
                    if (!value.isEmpty()) {
                        line.append(line.length() > 1 ? "," : "").append(quote(field.jsonName())).append(':').append(quote(value));
                    }
                }
                out.write(line.append("}\n").toString());
            }
        }
        return Sample.of(InputSource.of(file));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

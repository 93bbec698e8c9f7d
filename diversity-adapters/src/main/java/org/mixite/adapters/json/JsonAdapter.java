package org.mixite.adapters.json;

import java.io.IOException;
import java.util.Set;
import org.apiguardian.api.API;
import org.mixite.adapters.text.TextInput;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.adapter.RecordReader;

/**
 * Employee records as JSON objects whose members are the canonical names in camelCase
 * ({@code annualBasePay}), either as one array or as newline-delimited JSON (one object per
 * line). Read with Jackson's streaming parser, one object at a time.
 */
@API(status = API.Status.STABLE)
public final class JsonAdapter implements HrisAdapter {

    public static final String NAME = "json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Employee records as a JSON array or newline-delimited JSON (camelCase canonical names)";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("json", "ndjson", "jsonl");
    }

    @Override
    public Probe probe(InputSource input) throws IOException {
        if (input.uri().isPresent() || input.extension().filter(fileExtensions()::contains).isEmpty()) {
            return Probe.NO;
        }
        return Probe.LIKELY;
    }

    @Override
    public RecordReader open(InputSource input, AdapterSettings settings) throws IOException {
        byte[] head = input.head(TextInput.SNIFF_BYTES);
        TextInput.requireText(input, head, "JSON");
        return new JsonRecordReader(input, TextInput.openUtf8(input));
    }
}

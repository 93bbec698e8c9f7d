package org.mixite.adapters.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.mixite.adapters.text.TextInput;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.adapter.RecordReader;

/**
 * The canonical CSV of {@code employee-record.md}: a header row (names matched without regard
 * to case or surrounding spaces, in any order), {@code ,} or {@code ;} as delimiter (detected
 * from the header), UTF-8 with or without BOM, RFC 4180 quoting. With the {@code mapping}
 * option, a column-mapping file maps other headers (e.g. {@code matricule;sexe}) onto the
 * canonical names.
 */
@API(status = API.Status.STABLE)
public final class CsvAdapter implements HrisAdapter {

    public static final String NAME = "csv";
    /** Option: path of a column-mapping file (two columns: source header, canonical name). */
    public static final String MAPPING = "mapping";
    /** Option: the delimiter, {@code ,} or {@code ;}; detected from the header by default. */
    public static final String DELIMITER = "delimiter";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Canonical employee CSV (',' or ';' delimited, UTF-8), optionally with a column-mapping file";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("csv", "txt");
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(
                AdapterOption.of(MAPPING, "column-mapping file: 'source header,canonical name' per line"),
                AdapterOption.of(DELIMITER, "',' or ';' (detected from the header when absent)"));
    }

    @Override
    public Probe probe(InputSource input) throws IOException {
        if (input.uri().isPresent()) {
            return Probe.NO;
        }
        if (input.extension().filter(fileExtensions()::contains).isPresent()) {
            return Probe.LIKELY;
        }
        return Probe.NO;
    }

    @Override
    public RecordReader open(InputSource input, AdapterSettings settings) throws IOException {
        Dialect dialect = dialect(input, settings);
        return new CsvRecordReader(input, TextInput.openUtf8(input), dialect.delimiter(), dialect.mapping());
    }

    /** How an input is read: its column mapping and delimiter, from the options or its first line. */
    record Dialect(ColumnMapping mapping, char delimiter) {
    }

    /** Decides the dialect of an input, refusing binary files, as {@link #open} does. */
    static Dialect dialect(InputSource input, AdapterSettings settings) throws IOException {
        ColumnMapping mapping = settings.get(MAPPING).map(Path::of).map(ColumnMapping::read)
                .orElse(ColumnMapping.canonical());
        byte[] head = input.head(TextInput.SNIFF_BYTES);
        TextInput.requireText(input, head, "CSV");
        char delimiter = settings.get(DELIMITER).map(CsvAdapter::delimiterOption)
                .orElseGet(() -> Delimiters.detect(TextInput.headText(head)));
        return new Dialect(mapping, delimiter);
    }

    private static char delimiterOption(String value) {
        return Optional.of(value.trim()).filter(v -> v.equals(",") || v.equals(";")).map(v -> v.charAt(0))
                .orElseThrow(() -> new org.mixite.spi.ConfigurationException(
                        "csv option delimiter must be ',' or ';', was '" + value + "'"));
    }
}

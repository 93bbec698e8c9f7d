package org.mixite.adapter.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.mixite.adapters.csv.ColumnMapping;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.adapter.RecordReader;

/**
 * Employee records from an Excel workbook ({@code .xlsx}): one sheet (the first, or the one
 * named by the {@code sheet} option), whose header row holds the canonical column names or the
 * names of a column-mapping file (the CSV adapter's {@code mapping} option). Title rows above
 * the header are skipped. Cells keep their Excel types: dates are read as dates (also a date
 * serial number in a date column), numbers as exact decimals, and text that holds a number or a
 * date is accepted too. Problems name the sheet and the cell, e.g. {@code Sheet1!F12}.
 *
 * <p>The sheet is streamed: only the shared strings and the styles are held in memory.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class XlsxAdapter implements HrisAdapter {

    public static final String NAME = "xlsx";
    /** Option: the name of the sheet to read; the first sheet by default. */
    public static final String SHEET = "sheet";
    /** Option: path of a column-mapping file, as for the CSV adapter. */
    public static final String MAPPING = "mapping";

    /** The two bytes that open every zip archive, so every .xlsx. */
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Excel workbook (.xlsx): the first sheet or --option sheet=NAME, canonical headers or a column-mapping file";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("xlsx", "xlsm");
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(
                AdapterOption.of(SHEET, "name of the sheet to read (the first sheet when absent)"),
                AdapterOption.of(MAPPING, "column-mapping file: 'source header,canonical name' per line"));
    }

    @Override
    public Probe probe(InputSource input) throws IOException {
        if (input.uri().isPresent() || input.extension().filter(fileExtensions()::contains).isEmpty()) {
            return Probe.NO;
        }
        byte[] head = input.head(ZIP_SIGNATURE.length);
        return java.util.Arrays.equals(head, ZIP_SIGNATURE) ? Probe.CERTAIN : Probe.LIKELY;
    }

    @Override
    public RecordReader open(InputSource input, AdapterSettings settings) throws IOException {
        ColumnMapping mapping = settings.get(MAPPING).map(Path::of).map(ColumnMapping::read)
                .orElse(ColumnMapping.canonical());
        return XlsxRecordReader.open(input, settings.get(SHEET), mapping);
    }
}

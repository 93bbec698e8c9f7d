package org.mixite.adapter.tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.RowMapper;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * A minimal adapter that keeps the contract, for the kit's own tests: one record per line,
 * {@code id;sex;birth_year}, UTF-8. The broken adapters of {@link BrokenAdapters} each break
 * one clause of the contract by overriding a hook.
 */
public class LinesAdapter implements HrisAdapter {

    @Override
    public String name() {
        return "tck-lines";
    }

    @Override
    public String description() {
        return "Test adapter: id;sex;birth_year per line";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("lines");
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(AdapterOption.of("separator", "field separator, ';' by default"));
    }

    @Override
    public RecordReader open(InputSource input, AdapterSettings settings) throws IOException {
        String separator = settings.get("separator").orElse(";");
        BufferedReader in = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        return new LinesReader(input.name(), in, separator);
    }

    /** Hook for broken adapters: what to do with a line that has the wrong number of fields. */
    protected Optional<ReadResult> wrongFieldCount(SourcePosition at, String line, int fields) {
        return Optional.of(new ReadResult.Malformed(at, Optional.empty(),
                List.of(new Violation(at, "", "expected 3 fields, found " + fields))));
    }

    /** Hook for broken adapters: called with every entry before it is returned. */
    protected Optional<ReadResult> returned(ReadResult entry) {
        return Optional.of(entry);
    }

    /** Hook for broken adapters: closes the underlying reader. */
    protected void closeReader(BufferedReader in, boolean alreadyClosed) throws IOException {
        in.close();
    }

    private final class LinesReader implements RecordReader {
        private final String source;
        private final BufferedReader in;
        private final String separator;
        private final RowMapper mapper = new RowMapper(false);
        private long line;
        private boolean closed;

        LinesReader(String source, BufferedReader in, String separator) {
            this.source = source;
            this.in = in;
            this.separator = separator;
        }

        @Override
        public Optional<ReadResult> next() throws IOException {
            while (true) {
                String text;
                try {
                    text = in.readLine();
                } catch (CharacterCodingException e) {
                    throw new InputException(SourcePosition.of(source, line + 1), "is not UTF-8", e);
                }
                if (text == null) {
                    return Optional.empty();
                }
                line++;
                if (text.isBlank()) {
                    continue;
                }
                SourcePosition at = SourcePosition.of(source, line);
                String[] fields = text.split(java.util.regex.Pattern.quote(separator), -1);
                if (fields.length != 3) {
                    Optional<ReadResult> wrong = wrongFieldCount(at, text, fields.length);
                    if (wrong.isEmpty()) {
                        continue;
                    }
                    return wrong;
                }
                Map<RecordField, String> values = new EnumMap<>(RecordField.class);
                values.put(RecordField.ID, fields[0]);
                values.put(RecordField.SEX, fields[1]);
                values.put(RecordField.BIRTH_YEAR, fields[2]);
                Optional<ReadResult> entry = returned(mapper.map(values, at, Map.of()));
                if (entry.isPresent()) {
                    return entry;
                }
            }
        }

        @Override
        public void close() throws IOException {
            closeReader(in, closed);
            closed = true;
        }
    }
}

package org.mixite.adapter.dsn;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.validation.SourcePosition;

/**
 * Reads a monthly DSN file (norme NEODeS, dsn.md) into employee records, one per individual
 * of each declaration (establishment): id from the matricule (30.019) or the NIR's salted hash,
 * sex, birth date, SIRET, PCS-ESE code, contract nature, FTE, hire and exit dates and reason,
 * base pay (51 type 010), bonuses (52 types 026–031) and benefits in kind as variable pay,
 * indemnities and profit sharing as excluded pay, and a maternity return in the month.
 *
 * <p>A directory of monthly files of one year combines into one annual record per person
 * ({@link DsnYearReader}). Encoding: UTF-8 when the file has a byte-order mark or decodes as UTF-8 with multi-byte
 * characters, ISO-8859-1 otherwise (dsn.md §1). Names and addresses are never read into records.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DsnAdapter implements HrisAdapter {

    public static final String NAME = "dsn";
    /** Option: the secret salt of the NIR pseudonyms. */
    public static final String SALT = "salt";
    /** Option: how many monthly files of a directory are read at once (default: the number of cores). */
    public static final String THREADS = "threads";

    private static final int SNIFF = 1 << 16;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "French monthly payroll declaration (DSN, norme NEODeS P25/P26), ISO-8859-1 or UTF-8";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("dsn");
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(new AdapterOption(SALT, "secret salt of the NIR pseudonyms (set your own before sharing results)",
                Optional.of(Pseudonyms.DEFAULT_SALT)),
                AdapterOption.of(THREADS, "monthly files of a directory read at once, one per thread (default: the number of cores)"));
    }

    @Override
    public Probe probe(InputSource input) throws IOException {
        if (input.uri().isPresent()) {
            return Probe.NO;
        }
        if (input.path().filter(java.nio.file.Files::isDirectory).isPresent()) {
            try (var listing = java.nio.file.Files.list(input.path().get())) {
                return listing.anyMatch(f -> f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".dsn")) ? Probe.LIKELY : Probe.NO;
            }
        }
        String head = new String(input.head(64), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\uFEFF") || head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(head.charAt(0) == '\uFEFF' ? 1 : 3);
        }
        if (head.startsWith("S10.G00.00.")) {
            return Probe.CERTAIN;
        }
        return input.extension().filter(fileExtensions()::contains).map(e -> Probe.LIKELY).orElse(Probe.NO);
    }

    @Override
    public RecordReader open(InputSource input, AdapterSettings settings) throws IOException {
        if (input.path().filter(java.nio.file.Files::isDirectory).isPresent()) {
            return year(input.path().get(), settings);
        }
        return openFile(input, settings);
    }

    /** One monthly (or other) declaration file. */
    DsnRecordReader openFile(InputSource input, AdapterSettings settings) throws IOException {
        Pseudonyms pseudonyms;
        try {
            pseudonyms = new Pseudonyms(settings.get(SALT).orElse(Pseudonyms.DEFAULT_SALT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("dsn option salt: " + e.getMessage());
        }
        byte[] head = input.head(SNIFF);
        for (byte b : head) {
            if (b == 0) {
                throw new InputException(SourcePosition.of(input.name()), "is a binary file (it contains NUL bytes), not a DSN");
            }
        }
        Charset charset = charset(head);
        var stream = input.open();
        if (charset.equals(StandardCharsets.UTF_8) && head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF) {
            stream.readNBytes(3);
        }
        // Replacement, not failure: a bad byte can only sit in a name or an address, which Mixité does not read.
        // ISO-8859-1 maps every byte to one character: its lines are read as bytes, without a decoder.
        DsnLines lines = charset.equals(StandardCharsets.ISO_8859_1) ? DsnLines.latin1(input.name(), stream)
                : new DsnLines(input.name(), new InputStreamReader(stream, charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        return new DsnRecordReader(input.name(), lines, pseudonyms);
    }

    /** A directory of monthly files (*.dsn) of one year: one annual record per person. */
    private RecordReader year(java.nio.file.Path directory, AdapterSettings settings) throws IOException {
        List<String> files;
        try (var listing = java.nio.file.Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".dsn"))
                    .map(java.nio.file.Path::toString).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new InputException(SourcePosition.of(directory.toString()), "holds no .dsn file");
        }
        DsnYearReader.MonthlyFiles monthly = file -> openFile(InputSource.of(java.nio.file.Path.of(file)), settings);
        int threads = Math.min(threads(settings), files.size());
        // One file per core, replayed in file order: the same result as reading them one after the other.
        return threads > 1 ? new ParallelDsnYearReader(files, monthly, threads) : new DsnYearReader(files, monthly);
    }

    private static int threads(AdapterSettings settings) {
        Optional<String> value = settings.get(THREADS);
        if (value.isEmpty()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(value.get().strip());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("dsn option threads: expected a whole number of at least 1, was '" + value.get() + "'");
    }

    /** dsn.md §1: a BOM, or valid UTF-8 with multi-byte sequences, means UTF-8; otherwise ISO-8859-1. */
    static Charset charset(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        boolean multiByte = false;
        for (byte b : head) {
            if (b < 0) {
                multiByte = true;
                break;
            }
        }
        if (!multiByte) {
            return StandardCharsets.ISO_8859_1;
        }
        int end = head.length;
        // The sniffed head may cut a multi-byte character in two: ignore an incomplete tail.
        while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}

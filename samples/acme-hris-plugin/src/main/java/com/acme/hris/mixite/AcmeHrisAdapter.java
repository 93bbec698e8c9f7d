package com.acme.hris.mixite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.adapter.RecordReader;

/**
 * Reads the JSON export of ACME HRIS ({@code *.acme.json}): {@code {"export": {"vendor":
 * "ACME HRIS", ...}, "workers": [...]}}. Each worker is read and mapped on its own, so an export
 * of any size streams.
 */
public final class AcmeHrisAdapter implements HrisAdapter {

    public static final String NAME = "acme-hris";
    /** Option: the currency pay must be in; other workers are rejected. */
    public static final String CURRENCY = "currency";

    static final String VENDOR = "ACME HRIS";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ACME HRIS JSON export (*.acme.json), sample vendor plugin";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("acme.json");
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(new AdapterOption(CURRENCY, "currency of the pay amounts; workers paid in another are rejected",
                java.util.Optional.of("EUR")));
    }

    /** Certain for {@code *.acme.json} or an export header in the first bytes; never for other inputs. */
    @Override
    public Probe probe(InputSource input) throws IOException {
        if (input.uri().isPresent()) {
            return Probe.NO;
        }
        if (input.name().toLowerCase(java.util.Locale.ROOT).endsWith(".acme.json")) {
            return Probe.CERTAIN;
        }
        String head = new String(input.head(512), StandardCharsets.UTF_8);
        return head.contains("\"" + VENDOR + "\"") ? Probe.CERTAIN : Probe.NO;
    }

    @Override
    public RecordReader open(InputSource input, AdapterSettings settings) throws IOException {
        return new AcmeRecordReader(input, new WorkerMapping(settings.get(CURRENCY).orElse("EUR")));
    }
}

package org.mixite.samples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixite.adapters.csv.CsvAdapter;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import picocli.CommandLine.Option;

/** The options every command that reads employee records shares. */
final class InputOptions {

    @Option(names = {"-i", "--input"}, required = true, arity = "1..*", paramLabel = "FILE|URI",
            description = "Input file(s): canonical CSV, JSON/NDJSON, DSN, or any format an adapter reads; "
                    + "or a jdbc: URL (with --option query=… or --option table=…).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--adapter", paramLabel = "NAME",
            description = "Adapter to use (see 'mixite adapters'); probed from the input by default.")
    String adapter;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Column-mapping file for CSV exports with other headers (lines: source header,canonical name).")
    Path mapping;

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "Adapter option, repeatable (see 'mixite adapters').")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--strict", description = "Stop at the first invalid record (default: reject it and go on).")
    boolean strict;

    /** The same options for one of the inputs alone (commands that treat each file as a period). */
    InputOptions only(String file) {
        InputOptions one = new InputOptions();
        one.inputs = List.of(file);
        one.adapter = adapter;
        one.mapping = mapping;
        one.options = options;
        one.strict = strict;
        return one;
    }

    /** The inputs as sources: a {@code jdbc:} URL is opened by its adapter, anything else is a file. */
    List<InputSource> sources() {
        return inputs.stream()
                .map(input -> input.startsWith("jdbc:") ? InputSource.of(URI.create(input)) : InputSource.of(Path.of(input)))
                .toList();
    }

    DatasetLoader.Builder loaderBuilder() {
        DatasetLoader.Builder builder = DatasetLoader.builder()
                .mode(mode())
                .settings(settings());
        Optional.ofNullable(adapter).ifPresent(builder::adapter);
        return builder;
    }

    LoadMode mode() {
        return strict ? LoadMode.STRICT : LoadMode.LENIENT;
    }

    /** The adapter options, {@code --mapping} included. */
    AdapterSettings settings() {
        Map<String, String> values = new LinkedHashMap<>(options);
        if (mapping != null) {
            values.put(CsvAdapter.MAPPING, mapping.toString());
        }
        return new AdapterSettings(values);
    }
}

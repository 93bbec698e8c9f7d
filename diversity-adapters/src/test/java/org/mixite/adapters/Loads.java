package org.mixite.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mixite.adapters.csv.CsvAdapter;
import org.mixite.adapters.json.JsonAdapter;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;

/** Test helpers: load text or bytes through the built-in adapters. */
public final class Loads {

    private Loads() {
    }

    public static DatasetLoader lenient() {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new CsvAdapter(), new JsonAdapter())).build();
    }

    public static DatasetLoader lenient(AdapterSettings settings) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).settings(settings)
                .registry(AdapterRegistry.of(new CsvAdapter(), new JsonAdapter())).build();
    }

    public static LoadResult csv(String text) {
        return lenient().load(InputSource.of("employees.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    public static LoadResult json(String text) {
        return lenient().load(InputSource.of("employees.json", text.getBytes(StandardCharsets.UTF_8)));
    }

    public static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.mixite.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The built-in adapters are found on the module path through {@code provides} in their
 * module descriptor, not only through META-INF/services: the SPI and adapter modules are
 * resolved in a fresh module layer and the services bound.
 */
class ModulePathDiscoveryTest {

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("on the module path, the csv and json adapters are bound to the SPI's 'uses' by their 'provides'")
    void providesOnModulePath() throws Exception {
        Path[] modules = Stream.of(
                org.mixite.spi.adapter.HrisAdapter.class,
                org.mixite.adapters.csv.CsvAdapter.class,
                org.mixite.core.table.EmployeeTable.class, // the adapters' ParallelCsvTableReader fills a core table
                com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.annotation.JsonProperty.class,
                com.fasterxml.jackson.dataformat.csv.CsvMapper.class,
                jakarta.validation.Validation.class,
                org.hibernate.validator.HibernateValidator.class,
                org.jboss.logging.Logger.class,
                com.fasterxml.classmate.TypeResolver.class)
                .map(ModulePathDiscoveryTest::location).distinct().toArray(Path[]::new);
        ModuleLayer parent = ModuleLayer.boot();
        Configuration configuration = parent.configuration()
                .resolveAndBind(ModuleFinder.of(modules), ModuleFinder.of(), Set.of("org.mixite.spi"));
        assertThat(configuration.findModule("org.mixite.adapters")).as("bound through provides").isPresent();
        ModuleLayer layer = parent.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());

        Class<?> spi = layer.findLoader("org.mixite.spi").loadClass("org.mixite.spi.adapter.HrisAdapter");
        assertThat(spi.getModule().getName()).isEqualTo("org.mixite.spi");
        List<String> names = new ArrayList<>();
        for (ServiceLoader.Provider<?> provider : ServiceLoader.load(layer, spi).stream().toList()) {
            assertThat(provider.type().getModule().getName()).isEqualTo("org.mixite.adapters");
            names.add((String) spi.getMethod("name").invoke(provider.get()));
        }
        assertThat(names).containsExactlyInAnyOrder("csv", "json");
    }
}

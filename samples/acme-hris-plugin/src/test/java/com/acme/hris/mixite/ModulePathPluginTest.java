package com.acme.hris.mixite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dropped on the module path, the plugin is found through {@code provides} in its module
 * descriptor: its classes are packed into a jar, resolved in a fresh module layer with the SPI
 * and Jackson, and the layer's own {@code AdapterRegistry.discover(layer)} is asked for it.
 */
class ModulePathPluginTest {

    @TempDir
    Path dir;

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plugin's compiled classes as a jar, without META-INF/services: only 'provides' can find it. */
    private Path pluginJar() throws IOException {
        Path classes = Path.of(System.getProperty("acme.plugin.classes", "target/classes"));
        Path jar = dir.resolve("acme-hris-plugin.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                if (name.startsWith("META-INF/services/")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    @DisplayName("on the module path, AdapterRegistry.discover(layer) finds acme-hris through 'provides'")
    void discoveredFromModulePath() throws Exception {
        Path[] modulePath = Stream.concat(Stream.of(pluginJar()), Stream.of(
                        org.mixite.spi.adapter.HrisAdapter.class,
                        com.fasterxml.jackson.core.JsonFactory.class,
                        com.fasterxml.jackson.databind.ObjectMapper.class,
                        com.fasterxml.jackson.annotation.JsonProperty.class,
                        jakarta.validation.Validation.class,
                        org.hibernate.validator.HibernateValidator.class,
                        org.jboss.logging.Logger.class,
                        com.fasterxml.classmate.TypeResolver.class)
                .map(ModulePathPluginTest::location))
                .distinct().toArray(Path[]::new);
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration()
                .resolveAndBind(ModuleFinder.of(modulePath), ModuleFinder.of(), Set.of("org.mixite.spi"));
        assertThat(configuration.findModule("com.acme.hris.mixite")).as("bound to the SPI's 'uses' by its 'provides'").isPresent();
        ModuleLayer layer = boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());

        // The layer has its own copy of the SPI: call its AdapterRegistry, not the test's.
        Class<?> registryType = layer.findLoader("org.mixite.spi").loadClass("org.mixite.spi.adapter.AdapterRegistry");
        assertThat(registryType.getModule().getName()).isEqualTo("org.mixite.spi");
        Object registry = registryType.getMethod("discover", ModuleLayer.class).invoke(null, layer);
        Optional<?> found = (Optional<?>) registryType.getMethod("find", String.class).invoke(registry, "acme-hris");
        assertThat(found).isPresent();
        Class<?> adapterType = found.get().getClass();
        assertThat(adapterType.getName()).isEqualTo(AcmeHrisAdapter.class.getName());
        assertThat(adapterType.getModule().getName()).as("loaded as a named module, not from the class path")
                .isEqualTo("com.acme.hris.mixite");
        assertThat((List<?>) registryType.getMethod("problems").invoke(registry)).isEmpty();
    }
}

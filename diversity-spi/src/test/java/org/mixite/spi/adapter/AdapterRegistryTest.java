package org.mixite.spi.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.AdapterException;
import org.mixite.spi.ConfigurationException;

class AdapterRegistryTest {

    @Test
    @DisplayName("an adapter placed only on the class path (META-INF/services) is discovered")
    void discoversClassPathAdapter() {
        AdapterRegistry registry = AdapterRegistry.discover(getClass().getClassLoader());
        assertThat(registry.adapters()).extracting(HrisAdapter::name).contains("test-list");
    }

    @Test
    @DisplayName("a provider that fails to load is reported by class name, not fatal")
    void brokenProviderIsReported() {
        AdapterRegistry registry = AdapterRegistry.discover(getClass().getClassLoader());
        assertThat(registry.problems()).anySatisfy(p -> assertThat(p)
                .contains(BrokenAdapter.class.getName()).contains("licence server unreachable"));
    }

    @Test
    @DisplayName("an adapter is chosen by name, or by probing the input")
    void selectByNameOrProbe() {
        ListAdapter a = new ListAdapter("alpha", List::of);
        AdapterRegistry registry = AdapterRegistry.of(a, new ListAdapter("beta", List::of) {
            @Override
            public java.util.Set<String> fileExtensions() {
                return java.util.Set.of("beta");
            }
        });
        assertThat(registry.select(InputSource.of("x.beta", new byte[0]), Optional.empty()).name()).isEqualTo("beta");
        assertThat(registry.select(InputSource.of("x.beta", new byte[0]), Optional.of("alpha"))).isSameAs(a);
        assertThatThrownBy(() -> registry.select(InputSource.of("x.beta", new byte[0]), Optional.of("gamma")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no adapter named 'gamma'")
                .hasMessageContaining("alpha, beta");
        assertThatThrownBy(() -> registry.select(InputSource.of("x.pdf", new byte[0]), Optional.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no adapter recognises x.pdf");
    }

    @Test
    @DisplayName("an adapter whose probe throws is reported with its name")
    void throwingProbeNamesAdapter() {
        AdapterRegistry registry = AdapterRegistry.of(new ListAdapter("flaky", List::of) {
            @Override
            public Probe probe(InputSource input) {
                throw new NullPointerException("oops");
            }
        });
        assertThatThrownBy(() -> registry.select(InputSource.of("x.y", new byte[0]), Optional.empty()))
                .isInstanceOf(AdapterException.class).hasMessageStartingWith("adapter 'flaky'");
    }
}

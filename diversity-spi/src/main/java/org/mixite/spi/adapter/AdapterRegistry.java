package org.mixite.spi.adapter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.mixite.spi.AdapterException;
import org.mixite.spi.ConfigurationException;

/**
 * The adapters available to a host, found with {@link ServiceLoader} or given explicitly, and
 * the choice of one for an input: by name, or by probing. A provider that fails to load is
 * not fatal: it is left out and listed in {@link #problems()} with its class name.
 */
@API(status = API.Status.STABLE)
public final class AdapterRegistry {

    private static final System.Logger LOG = System.getLogger(AdapterRegistry.class.getName());

    private final Map<String, HrisAdapter> byName;
    private final List<String> problems;

    private AdapterRegistry(List<HrisAdapter> adapters, List<String> problems) {
        Map<String, HrisAdapter> map = new TreeMap<>();
        List<String> issues = new ArrayList<>(problems);
        for (HrisAdapter adapter : adapters) {
            String name;
            try {
                name = Objects.requireNonNull(adapter.name(), "name()");
            } catch (RuntimeException e) {
                issues.add(adapter.getClass().getName() + ": name() failed: " + e);
                continue;
            }
            HrisAdapter previous = map.putIfAbsent(name, adapter);
            if (previous != null && previous.getClass() != adapter.getClass()) {
                issues.add("adapter name '" + name + "' is declared by both " + previous.getClass().getName()
                        + " and " + adapter.getClass().getName() + "; the first one is used");
            }
        }
        this.byName = java.util.Collections.unmodifiableMap(map); // sorted by name: stable listings and probe ties
        this.problems = List.copyOf(issues);
        this.problems.forEach(p -> LOG.log(System.Logger.Level.WARNING, p));
    }

    /** The adapters visible to this module's class loader and module layer. */
    public static AdapterRegistry discover() {
        return load(ServiceLoader.load(HrisAdapter.class, AdapterRegistry.class.getClassLoader()));
    }

    /** The adapters visible to a class loader (class path, {@code META-INF/services}). */
    public static AdapterRegistry discover(ClassLoader loader) {
        return load(ServiceLoader.load(HrisAdapter.class, loader));
    }

    /** The adapters provided by the modules of a layer and its parents ({@code provides}). */
    public static AdapterRegistry discover(ModuleLayer layer) {
        return load(ServiceLoader.load(layer, HrisAdapter.class));
    }

    /** A registry of the given adapters, without discovery. */
    public static AdapterRegistry of(HrisAdapter... adapters) {
        return new AdapterRegistry(List.of(adapters), List.of());
    }

    private static AdapterRegistry load(ServiceLoader<HrisAdapter> loader) {
        List<HrisAdapter> adapters = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<ServiceLoader.Provider<HrisAdapter>> providers = loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<HrisAdapter> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                problems.add("an adapter could not be found: " + e.getMessage());
                continue;
            }
            try {
                adapters.add(provider.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                problems.add("adapter " + provider.type().getName() + " could not be created: " + cause);
            }
        }
        return new AdapterRegistry(adapters, problems);
    }

    /** All adapters, sorted by name. */
    public List<HrisAdapter> adapters() {
        return List.copyOf(byName.values());
    }

    /** Providers that could not be loaded, one line each. */
    public List<String> problems() {
        return problems;
    }

    public Optional<HrisAdapter> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Chooses the adapter for an input: the named one when a name is given, otherwise the one
     * whose {@link HrisAdapter#probe} is highest (ties broken by name, so the choice is stable).
     *
     * @throws ConfigurationException when the name is unknown or no adapter fits the input
     */
    public HrisAdapter select(InputSource input, Optional<String> name) {
        if (name.isPresent()) {
            return find(name.get()).orElseThrow(() -> new ConfigurationException(
                    "no adapter named '" + name.get() + "'; known adapters: " + String.join(", ", byName.keySet())));
        }
        HrisAdapter best = null;
        Probe bestProbe = Probe.NO;
        for (HrisAdapter adapter : byName.values()) {
            Probe probe = probe(adapter, input);
            if (probe.compareTo(bestProbe) > 0) {
                best = adapter;
                bestProbe = probe;
            }
        }
        if (best == null) {
            throw new ConfigurationException("no adapter recognises " + input.name()
                    + "; choose one with --adapter (known: " + String.join(", ", byName.keySet()) + ")");
        }
        return best;
    }

    private static Probe probe(HrisAdapter adapter, InputSource input) {
        try {
            return Objects.requireNonNullElse(adapter.probe(input), Probe.NO);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigurationException(input.name() + ": file not found", e);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + input.name() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AdapterException(adapter.name(), "probe of " + input.name() + " failed: " + e, e);
        }
    }
}

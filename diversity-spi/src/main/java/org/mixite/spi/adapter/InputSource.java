package org.mixite.spi.adapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an adapter reads: a file, an in-memory document, or a URI (e.g. {@code jdbc:…}) that
 * an adapter knows how to open itself.
 */
@API(status = API.Status.STABLE)
public final class InputSource {

    private final String name;
    private final Optional<Path> path;
    private final Optional<URI> uri;
    private final byte[] bytes;
    private final Opener opener;

    private InputSource(String name, Optional<Path> path, Optional<URI> uri, byte[] bytes, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.uri = uri;
        this.bytes = bytes;
        this.opener = opener;
    }

    /** Opens a fresh stream over some content each time it is called. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static InputSource of(Path file) {
        return new InputSource(file.toString(), Optional.of(file), Optional.empty(), null, null);
    }

    /** An in-memory document; {@code name} is used in messages and for probing. */
    public static InputSource of(String name, byte[] content) {
        return new InputSource(name, Optional.empty(), Optional.empty(), content.clone(), null);
    }

    /**
     * Content that is opened on demand, e.g. a stream from a vendor's API or a wrapped stream
     * (the adapter compatibility kit wraps streams to check that adapters close them). Each
     * call of {@link #open()} must return a new stream over the same bytes.
     */
    public static InputSource of(String name, Opener content) {
        return new InputSource(name, Optional.empty(), Optional.empty(), null, Objects.requireNonNull(content, "content"));
    }

    /** A URI for adapters that open it themselves, e.g. a JDBC URL. */
    public static InputSource of(URI uri) {
        return new InputSource(displayName(uri), Optional.empty(), Optional.of(uri), null, null);
    }

    /** The URI as shown in messages: credentials (user info, password parameters) masked. */
    private static String displayName(URI uri) {
        return uri.toString()
                .replaceAll("//[^/@?#]*@", "//***@")
                .replaceAll("(?i)(password|pwd|secret|token)=[^&;]*", "$1=***");
    }

    /** The name used in messages: the file path as given, or the URI. */
    public String name() {
        return name;
    }

    public Optional<Path> path() {
        return path;
    }

    public Optional<URI> uri() {
        return uri;
    }

    /** The lower-case extension of the name, without the dot. */
    public Optional<String> extension() {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(last.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Opens the content. URI sources have none: their adapter opens the URI itself. */
    public InputStream open() throws IOException {
        if (path.isPresent()) {
            return Files.newInputStream(path.get());
        }
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        if (opener != null) {
            return Objects.requireNonNull(opener.open(), "the opener of " + name + " returned null");
        }
        throw new IOException(name + " has no byte content; its adapter must open the URI itself");
    }

    /** Up to {@code max} first bytes of the content, for probing; empty for URI sources. */
    public byte[] head(int max) throws IOException {
        if (uri.isPresent()) {
            return new byte[0];
        }
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

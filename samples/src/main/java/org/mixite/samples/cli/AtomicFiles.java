package org.mixite.samples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/** Writes files all or nothing: each to a temporary file beside it first, then moved into place. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes every file's bytes; on failure none of the targets is touched and the temporary files are removed. */
    static void write(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temporary = new TreeMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : new TreeMap<>(files).entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                temporary.put(target, tmp);
                Files.write(tmp, e.getValue());
            }
            for (Map.Entry<Path, Path> e : temporary.entrySet()) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path tmp : temporary.values()) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}

package org.mixite.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run of the launcher's ahead-of-time cache (JDK 25+, {@code -XX:AOTCacheOutput};
 * JEPs 483, 514 and 515): the main job on generated data — {@code generate}, then {@code report}
 * on it — and {@code demo}, in one JVM. The cache then holds the classes they load, already
 * linked, their resolved lambdas and method handles, and the profiles of their hot methods, so a
 * later {@code ./mixite} starts with them instead of loading, linking, generating and profiling
 * them again (a report of 2,000 rows: about a quarter less CPU and half the wall time than with
 * the class-data archive of earlier JDKs; BENCHMARKS.md). The workload is fixed, not the user's
 * first command, so the cache is the same whatever ran first. Writes only under a temporary
 * directory, deleted at the end; prints nothing.
 */
public final class StartupTraining {

    /** Enough rows for the hot loops to be profiled, few enough to take seconds, once per build. */
    static final int EMPLOYEES = 100_000;

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
        Path dir = Files.createTempDirectory("mixite-training");
        PrintStream out = System.out;
        PrintStream err = System.err;
        int status;
        try (PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream())) {
            System.setOut(nowhere);
            System.setErr(nowhere);
            status = train(dir, EMPLOYEES);
        } finally {
            System.setOut(out);
            System.setErr(err);
            delete(dir);
        }
        System.exit(status);
    }

    /** The workload, its files under {@code dir}: the worst exit status of its commands (0 when all worked). */
    static int train(Path dir, int employees) {
        String csv = dir.resolve("employees.csv").toString();
        int status = run("generate", "--quiet", "--employees", String.valueOf(employees), "--seed", "1", "--out", csv);
        status = Math.max(status, run("report", "--quiet", "--input", csv, "--out", dir.resolve("report").toString()));
        return Math.max(status, run("demo", "--quiet", "--out", dir.resolve("demo").toString()));
    }

    private static int run(String... args) {
        return MixiteWithServe.newCommandLine().execute(args);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

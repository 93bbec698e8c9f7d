package org.mixite.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a JVM of its own, as a user runs it: a heap limit, the serial collector (as the
 * launcher's), stdout and stderr into one log. For the tests of memory limits and large inputs.
 *
 * @param exit   the exit code
 * @param output what the command printed
 * @param millis the wall time, start to exit
 */
record ForkedCli(int exit, String output, long millis) {

    /** Runs {@code mixite ARGS} with {@code heap} (e.g. "-Xmx1g"), failing the test past {@code timeout}. */
    static ForkedCli run(Path log, String heap, Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "org.mixite.samples.cli.MixiteCli"));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + timeout + ": " + String.join(" ", args));
        }
        return new ForkedCli(process.exitValue(), Files.readString(log), (System.nanoTime() - start) / 1_000_000);
    }
}

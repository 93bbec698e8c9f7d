package org.mixite.samples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: --quiet/--verbose and the terminal. */
abstract class BaseCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try {
            return run(new Terminal(spec.commandLine(), output));
        } catch (OutOfMemoryError e) {
            // Everything the command held is unreachable once the stack has unwound to here, so
            // there is room again to say, in one line, what to do (issue 20: an input error, not a crash).
            spec.commandLine().getErr().println("mixite: " + outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE_OR_IO;
        }
    }

    /** What to do when the heap cannot hold the work: how big it was, how to raise it, what streams instead. */
    static String outOfMemoryMessage(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        long suggested = Math.max(2, (maxHeapBytes * 2 + (1L << 30) - 1) >> 30); // twice the heap, in whole GB
        return "not enough memory: the input does not fit in the Java heap of " + mb + " MB."
                + " Run again with a larger heap, e.g. MIXITE_JAVA_OPTS=-Xmx" + suggested + "g ./mixite ...,"
                + " or use 'mixite report --stream --period START..END', which reads the input twice and holds no records"
                + " (the same report, tens of millions of rows in 1 GB).";
    }

    /** Runs the command; returns one of the {@link ExitCodes}. */
    protected abstract int run(Terminal terminal) throws Exception;
}

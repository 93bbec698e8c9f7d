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
        return run(new Terminal(spec.commandLine(), output));
    }

    /** Runs the command; returns one of the {@link ExitCodes}. */
    protected abstract int run(Terminal terminal) throws Exception;
}

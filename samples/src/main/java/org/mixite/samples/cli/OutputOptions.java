package org.mixite.samples.cli;

import picocli.CommandLine.Option;

/** --quiet and --verbose, shared by every command. */
final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print only the result: no summary, no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, and the stack trace of errors.")
    boolean verbose;
}

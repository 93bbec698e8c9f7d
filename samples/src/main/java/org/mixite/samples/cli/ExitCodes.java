package org.mixite.samples.cli;

/** The CLI's documented exit codes. */
final class ExitCodes {
    /** Everything went well. */
    static final int OK = 0;
    /** Some input records were rejected (or, in strict mode, the load stopped at one). */
    static final int DATA_REJECTED = 1;
    /** Usage error, unreadable file, or any other failure to run. */
    static final int USAGE_OR_IO = 2;

    static final String HELP = """
            Exit codes:
              0  success
              1  input records were rejected (see the listed violations)
              2  usage error, unreadable input, or other failure""";

    private ExitCodes() {
    }
}

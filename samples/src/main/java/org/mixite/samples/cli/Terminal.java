package org.mixite.samples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Where the CLI talks to people: results on stdout, summaries and errors on stderr. Colour
 * only when stderr is a terminal (picocli's ANSI auto-detection) and never with --quiet.
 */
final class Terminal {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final CommandLine.Help.Ansi ansi;
    private final java.util.Locale locale;

    Terminal(CommandLine cli, OutputOptions options) {
        this.out = cli.getOut();
        this.err = cli.getErr();
        this.quiet = options.quiet;
        this.verbose = options.verbose;
        this.ansi = cli.getColorScheme().ansi();
        this.locale = options.locale();
    }

    /** The language of reports and text output (--lang, or the system locale). */
    java.util.Locale locale() {
        return locale;
    }

    PrintWriter out() {
        return out;
    }

    boolean quiet() {
        return quiet;
    }

    boolean verbose() {
        return verbose;
    }

    /** A line of the human summary on stderr; silent with --quiet. */
    void info(String text) {
        if (!quiet) {
            err.println(text);
            err.flush();
        }
    }

    /** A detail line, shown with --verbose only. */
    void detail(String text) {
        if (verbose && !quiet) {
            err.println(text);
            err.flush();
        }
    }

    /** A warning on stderr, even with --quiet. */
    void warn(String text) {
        err.println(ansi.string("@|yellow warning:|@ ") + text);
        err.flush();
    }

    /** A heading in bold when colour is on. */
    String bold(String text) {
        return ansi.string("@|bold " + escape(text) + "|@");
    }

    private static String escape(String text) {
        return text.replace("|@", "| @");
    }
}

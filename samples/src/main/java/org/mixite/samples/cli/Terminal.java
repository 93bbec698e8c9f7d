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

    /**
     * Text from the input made safe for a terminal (docs/robustness.md): control characters (an
     * ANSI escape could recolour or rewrite the screen), Unicode line separators (a fake line) and
     * bidirectional overrides (text shown in another order than it reads) become {@code ?};
     * line feeds stay, messages use them to list violations.
     */
    static String printable(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c != '\n' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'));
            if (bad && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(bad ? '?' : c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    /** A line of the human summary on stderr; silent with --quiet. */
    void info(String text) {
        if (!quiet) {
            err.println(printable(text));
            err.flush();
        }
    }

    /** A detail line, shown with --verbose only. */
    void detail(String text) {
        if (verbose && !quiet) {
            err.println(printable(text));
            err.flush();
        }
    }

    /** A warning on stderr, even with --quiet. */
    void warn(String text) {
        err.println(ansi.string("@|yellow warning:|@ ") + printable(text));
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

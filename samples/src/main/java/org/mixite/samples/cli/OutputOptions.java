package org.mixite.samples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** --quiet, --verbose and --lang, shared by every command. */
final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print only the result: no summary, no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, and the stack trace of errors.")
    boolean verbose;

    /** The report languages. */
    enum Language { fr, en }

    @Option(names = "--lang", paramLabel = "fr|en",
            description = "Language of reports and text output (default: from the system locale, French if it is French, else English).")
    Language lang;

    /** French or English: --lang when given, else the system locale. */
    Locale locale() {
        if (lang != null) {
            return lang == Language.fr ? Locale.FRENCH : Locale.ENGLISH;
        }
        return Locale.getDefault().getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }
}

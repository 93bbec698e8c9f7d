package org.mixite.samples.cli;

import org.mixite.spi.load.ProgressListener;

/** Progress of long loads on stderr: only on a terminal, never with --quiet. */
final class Progress {

    private Progress() {
    }

    static ProgressListener forTerminal(Terminal terminal) {
        if (terminal.quiet() || System.console() == null) {
            return ProgressListener.NONE;
        }
        return (source, read) -> terminal.info(String.format("  %s: %,d records read", source, read));
    }
}

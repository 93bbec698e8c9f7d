package org.mixite.samples.cli;

import java.io.Console;
import java.util.HashMap;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.ProgressListener;

/**
 * A progress bar on stderr for long loads (records read and throughput), drawn with
 * me.tongfei:progressbar. Off when stderr is not a terminal, and with --quiet. It appears only
 * once a load passes {@link DatasetLoader#PROGRESS_STEP} records, so short loads stay silent.
 */
final class Progress implements ProgressListener, AutoCloseable {

    private final Map<String, ProgressBar> bars = new HashMap<>();

    private Progress() {
    }

    /** A listener that draws bars, or {@link ProgressListener#NONE} when it should not. */
    static ProgressListener forTerminal(Terminal terminal) {
        return enabled(terminal.quiet(), System.console()) ? new Progress() : ProgressListener.NONE;
    }

    /** Progress is for people: only on an interactive terminal, never with --quiet. */
    static boolean enabled(boolean quiet, Console console) {
        return !quiet && console != null && isTerminal(console);
    }

    private static boolean isTerminal(Console console) {
        // JDK 22+ returns a Console even when redirected; Console.isTerminal() tells the truth there.
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a non-null console is a terminal
        }
    }

    @Override
    public void progress(String source, long entriesRead) {
        ProgressBar bar = bars.computeIfAbsent(source, name -> new ProgressBarBuilder()
                .setTaskName(shortName(name))
                .setInitialMax(-1)
                .setUnit(" records", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build());
        bar.stepTo(entriesRead);
    }

    private static String shortName(String source) {
        int slash = source.lastIndexOf('/');
        return slash >= 0 ? source.substring(slash + 1) : source;
    }

    @Override
    public void close() {
        bars.values().forEach(ProgressBar::close);
        bars.clear();
    }
}

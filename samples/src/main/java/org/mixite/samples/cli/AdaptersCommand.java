package org.mixite.samples.cli;

import java.io.PrintWriter;
import java.util.TreeSet;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.HrisAdapter;
import picocli.CommandLine.Command;

@Command(name = "adapters",
        description = "List the input adapters found on the class path and module path.",
        footer = {"", "Plugins: put a vendor adapter jar in MIXITE_PLUGINS (./mixite adds it to the class path).",
                "", ExitCodes.HELP})
final class AdaptersCommand extends BaseCommand {

    @Override
    protected int run(Terminal terminal) {
        AdapterRegistry registry = AdapterRegistry.discover();
        PrintWriter out = terminal.out();
        for (HrisAdapter adapter : registry.adapters()) {
            out.printf("%-12s %s%n", adapter.name(), adapter.description());
            out.printf("%-12s   extensions: %s%n", "", String.join(", ", new TreeSet<>(adapter.fileExtensions())));
            if (!adapter.uriSchemes().isEmpty()) {
                out.printf("%-12s   URI schemes: %s%n", "", String.join(", ", new TreeSet<>(adapter.uriSchemes())));
            }
            for (AdapterOption option : adapter.options()) {
                out.printf("%-12s   --option %s=…  %s%s%n", "", option.name(), option.description(),
                        option.defaultValue().map(d -> " (default " + d + ")").orElse(""));
            }
        }
        out.flush();
        registry.problems().forEach(terminal::warn);
        return registry.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE_OR_IO;
    }
}

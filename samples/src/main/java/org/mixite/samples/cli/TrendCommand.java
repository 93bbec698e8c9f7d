package org.mixite.samples.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.Trend;
import org.mixite.json.MixiteJson;
import org.mixite.json.ReportJson;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trend",
        description = {"Year-over-year changes of the headline indicators, one file per period.",
                "Oldest first; each file's period is the calendar year of its latest date."},
        footer = {"", "Examples:",
                "  mixite trend --input 2024.csv 2025.csv",
                "  mixite trend --input 2023.csv 2024.csv 2025.csv --format text", "", ExitCodes.HELP})
final class TrendCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    protected int run(Terminal terminal) throws IOException {
        if (input.inputs.size() < 2) {
            throw new ConfigurationException("a trend needs at least two input files, one per period, oldest first");
        }
        List<String> labels = new ArrayList<>();
        List<IndicatorResults> results = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (String file : input.inputs) {
            InputOptions one = input.only(file);
            LoadedRecords loaded = LoadedRecords.load(one, terminal);
            loaded.report(terminal);
            ReferencePeriod period = Periods.resolve(null, loaded);
            labels.add(Integer.toString(period.end().getYear()));
            results.add(ReportFiles.compute(loaded, IndicatorSuite.ReportSettings.of(period)));
            exit = Math.max(exit, loaded.exitCode());
        }
        Trend trend = ReportFiles.trend(labels, results).orElseThrow();
        if (format == Format.json) {
            terminal.out().print(MixiteJson.toString(ReportJson.trend(trend)));
        } else {
            terminal.out().println(String.format("%-28s", "") + String.join("  ", labels.stream().map(l -> String.format("%8s", l)).toList())
                    + "    change");
            for (Trend.Series s : trend.series()) {
                StringBuilder line = new StringBuilder(String.format("%-28s", s.figure()));
                s.values().forEach(v -> line.append(String.format("%8s  ", v.map(BigDecimal::toPlainString).orElse("n/a"))));
                Optional<BigDecimal> last = s.changes().get(s.changes().size() - 1);
                line.append(String.format("%8s", last.map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString()).orElse("n/a")));
                terminal.out().println(line);
            }
        }
        terminal.out().flush();
        return exit;
    }
}

package org.mixite.samples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "barometer",
        description = {"Merge members' contributions into a federation barometer: barometer.json and barometer.pdf.",
                "Shares of women overall, in technical digital jobs, by level and region, the members' distribution,",
                "the like-for-like trend and the years to parity; with --member, that member's own placement."},
        footer = {"", "Examples:",
                "  mixite barometer --contributions contributions/2024 contributions/2025 --out barometer",
                "  mixite barometer --contributions 2025/ --out out --lang en --member 123456789",
                "", "One directory per period, holding one contribution (*.json) per member. A cell is published only with",
                "at least K people and 3 members, no member above 85% of it; suppressedCells says why each is hidden.",
                "A damaged, duplicated or mismatched contribution is refused; --skip-invalid builds from the others.",
                "", ExitCodes.HELP})
final class BarometerCommand extends BaseCommand {

    @Option(names = "--contributions", required = true, arity = "1..*", paramLabel = "DIR",
            description = "Directories of contributions, one per period (or contribution files).")
    List<Path> contributions = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "Hide cells with fewer than K people. Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--member", paramLabel = "ID", description = "Also write this member's placement (placement-ID.pdf/.json), for it alone.")
    String member;

    @Option(names = "--name", paramLabel = "TEXT", defaultValue = "Fédération", description = "The federation's name, for the report. Default: ${DEFAULT-VALUE}.")
    String name;

    @Option(names = "--skip-invalid", description = "Build the barometer from the valid contributions, listing those left out.")
    boolean skipInvalid;

    @Override
    protected int run(Terminal terminal) throws IOException {
        BarometerFiles.Loaded loaded = BarometerFiles.load(contributions, skipInvalid);
        loaded.leftOut().forEach(l -> terminal.warn("left out " + l.file() + ": " + l.reason()));
        List<Path> files = BarometerFiles.write(out, loaded, minCell, name, terminal.locale(), Optional.ofNullable(member));
        terminal.info(loaded.periods().size() + " period(s), " + loaded.periods().get(loaded.periods().size() - 1).size()
                + " members in the latest; wrote " + files);
        return loaded.leftOut().isEmpty() ? ExitCodes.OK : ExitCodes.DATA_REJECTED;
    }
}

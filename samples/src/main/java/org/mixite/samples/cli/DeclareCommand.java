package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mixite.core.indicators.france.France2027Declaration;
import org.mixite.core.indicators.france.GipCalculator;
import org.mixite.core.indicators.france.Obligations;
import org.mixite.core.indicators.france.ObligationsText;
import org.mixite.core.indicators.france.PayBasis;
import org.mixite.json.FranceJson;
import org.mixite.json.MixiteJson;
import org.mixite.pdf.FranceRenderer;
import org.mixite.pdf.ReportOptions;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "declare",
        description = {"France 2027: what must we declare this year, and by when? The Egapro V2 declaration of a year:",
                "declaration.json (workforce and obligations, A-F, G per category, the alert and the compliance path)",
                "and declaration.pdf, in French, for the CSE."},
        footer = {"", "Examples:",
                "  mixite declare --input employees-2026.csv --year 2027 --out declaration-2027",
                "  mixite declare --input dsn-2026/ --siren 123456789 --out declaration", "", ExitCodes.HELP})
final class DeclareCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--year", paramLabel = "N", description = "Declaration year. Default: the year after the reference period ends.")
    Integer year;

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--siren", paramLabel = "S", description = "The company to declare, when the data hold several.")
    String siren;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "G: suppress categories with fewer than K women or K men. Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Option(names = "--basis", paramLabel = "fte|actual", defaultValue = "fte",
            description = "Annual pay as full-time equivalent or as actually paid. Default: ${DEFAULT-VALUE}.")
    String basis;

    @Override
    protected int run(Terminal terminal) throws IOException {
        PayBasis payBasis = switch (basis) {
            case "fte" -> PayBasis.FULL_TIME_EQUIVALENT;
            case "actual" -> PayBasis.ACTUAL;
            default -> throw new ConfigurationException("--basis: expected fte or actual, got '" + basis + "'");
        };
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        ReferencePeriod reference = Periods.resolve(period, loaded.records());
        Map<String, List<EmployeeRecord>> bySiren = GipCalculator.bySiren(loaded.records());
        String chosen = siren != null ? siren : bySiren.size() == 1 ? bySiren.keySet().iterator().next() : null;
        if (chosen == null || !bySiren.containsKey(chosen)) {
            throw new ConfigurationException((siren == null ? "the data hold several companies" : "--siren " + siren + " is not in the data")
                    + ": give --siren, one of " + String.join(", ", bySiren.keySet().stream().map(s -> s.isEmpty() ? "''" : s).toList()));
        }
        int declarationYear = year != null ? year : Obligations.defaultYear(reference);
        France2027Declaration declaration = France2027Declaration.of(chosen, bySiren.get(chosen), reference, declarationYear, payBasis, minCell);
        ObjectNode json = FranceJson.declaration(declaration);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        FranceRenderer.declaration(json, ReportOptions.of(chosen.isEmpty() ? "Entreprise" : "SIREN " + chosen, reference.toString()), pdf);
        // both files are built before either is written, then moved into place together
        AtomicFiles.write(Map.of(out.resolve("declaration.json"), MixiteJson.toString(json).getBytes(StandardCharsets.UTF_8),
                out.resolve("declaration.pdf"), pdf.toByteArray()));
        ObligationsText.sentences(declaration.obligations(), terminal.locale().getLanguage().equals("fr")).forEach(terminal::info);
        terminal.info("wrote " + out.resolve("declaration.json") + " and " + out.resolve("declaration.pdf"));
        return loaded.exitCode();
    }
}

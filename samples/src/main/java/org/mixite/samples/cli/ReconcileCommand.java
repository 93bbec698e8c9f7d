package org.mixite.samples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mixite.core.indicators.france.CompanyReconciliation;
import org.mixite.core.indicators.france.FigureComparison;
import org.mixite.core.indicators.france.GipFile;
import org.mixite.core.indicators.france.GipFormat;
import org.mixite.core.indicators.france.Reconciler;
import org.mixite.core.indicators.france.Reconciliation;
import org.mixite.json.FranceJson;
import org.mixite.json.MixiteJson;
import org.mixite.pdf.FranceRenderer;
import org.mixite.pdf.ReportOptions;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reconcile",
        description = {"France 2027: are the state's pre-filled figures right, and why do they differ from ours?",
                "Reads the GIP-MDS pre-fill file, recomputes A-F from the records (or DSN) and compares them one by one,",
                "within the file's precision (±0.01 amounts, ±0.0001 ratios); explains every difference, measured."},
        footer = {"", "Examples:",
                "  mixite reconcile --input dsn-2026/ --gip prefill.csv",
                "  mixite reconcile --input employees.csv --gip prefill.csv --siren 123456789 --format json --pdf reconciliation.pdf",
                "", "Exit codes:", "  0  every figure equal", "  1  figures differ", "  2  bad input (the file, the period, a SIREN) or usage error"})
final class ReconcileCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--gip", required = true, paramLabel = "FILE", description = "The GIP-MDS pre-fill file (;-separated, decimal comma, UTF-8).")
    Path gip;

    @Option(names = "--siren", paramLabel = "S", description = "Reconcile this SIREN only. Default: every row of the file.")
    String siren;

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period of the data. Default: the calendar year of the latest date in the data; it must be the file's.")
    String period;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text", description = "Output format. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the section \"Reconciliation with the pre-filled figures\" as a PDF.")
    Path pdf;

    @Override
    protected int run(Terminal terminal) throws IOException {
        GipFile file;
        try (Reader reader = Files.newBufferedReader(gip, StandardCharsets.UTF_8)) {
            file = GipFormat.read(gip.toString(), reader);
        }
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        ReferencePeriod reference = Periods.resolve(period, loaded.records());
        Reconciliation result = Reconciler.reconcile(loaded.records(), reference, file, gip.toString(), Optional.ofNullable(siren));
        // everything is computed (and the PDF rendered in memory) before anything is written: nothing half-written on error
        byte[] document = null;
        if (pdf != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            FranceRenderer.reconciliation(FranceJson.reconciliation(result),
                    ReportOptions.of("SIREN " + String.join(", ", result.companies().stream().map(CompanyReconciliation::siren).toList()),
                            reference.toString()).withLocale(terminal.locale()), bytes);
            document = bytes.toByteArray();
        }
        if (format == Format.json) {
            terminal.out().print(MixiteJson.toString(FranceJson.reconciliation(result)));
        } else {
            text(result, gip, terminal.out());
        }
        terminal.out().flush();
        if (document != null) {
            AtomicFiles.write(java.util.Map.of(pdf, document));
            terminal.info("wrote " + pdf);
        }
        terminal.info(result.allEqual() ? "every figure equal" : result.differences() + " figure(s) differ");
        return result.allEqual() ? ExitCodes.OK : ExitCodes.DATA_REJECTED;
    }

    private static String shown(Optional<java.math.BigDecimal> v) {
        return v.map(GipFormat::format).orElse("empty");
    }

    static void text(Reconciliation r, Path gip, PrintWriter out) {
        out.println("GIP-MDS pre-fill file " + gip.getFileName() + ": period " + r.metadata().start() + ".." + r.metadata().end()
                + ", " + r.metadata().rows() + " row(s), sent " + r.metadata().timestamp());
        for (CompanyReconciliation c : r.companies()) {
            out.println();
            out.println("SIREN " + (c.siren().isEmpty() ? "(none)" : c.siren()) + " (line " + c.line() + "): " + c.figures().size()
                    + " figures compared, " + c.differences().size() + " differ");
            out.println("  annual basis: " + switch (c.basisVerdict()) {
                case "both" -> "actual and full-time-equivalent pay give the same figures (everyone full time, full year)";
                case "actual" -> "the state's annual figures match actual pay";
                case "fte" -> "the state's annual figures match full-time-equivalent pay";
                default -> "neither basis matches every annual figure";
            } + " (" + c.actualEqual() + "/" + c.annualFigures() + " equal on actual, " + c.fteEqual() + "/" + c.annualFigures()
                    + " on full-time equivalent); ours below on " + c.basis().code());
            for (FigureComparison f : c.figures()) {
                if (!f.equal()) {
                    out.println("  DIFFERS " + f.column().header().strip() + ": state " + shown(f.state()) + ", ours " + shown(f.ours())
                            + f.difference().map(d -> " (difference " + d.toPlainString() + ", tolerance " + f.tolerance().toPlainString() + ")").orElse(""));
                    f.explanations().forEach(e -> out.println("      - " + e));
                }
            }
            out.println("  equal: " + (c.figures().size() - c.differences().size()) + " figures");
            StringBuilder quality = new StringBuilder("  quality indices (as the state gives them):");
            c.quality().forEach(q -> quality.append(' ').append(q.name()).append('=').append(shown(q.value())));
            out.println(quality);
        }
        out.println();
        out.println(r.allEqual() ? "All figures equal." : r.differences() + " figure(s) differ.");
    }
}

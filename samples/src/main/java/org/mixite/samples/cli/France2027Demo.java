package org.mixite.samples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixite.core.indicators.france.France2027Declaration;
import org.mixite.core.indicators.france.GipCalculator;
import org.mixite.core.indicators.france.GipFormat;
import org.mixite.core.indicators.france.Obligations;
import org.mixite.core.indicators.france.PayBasis;
import org.mixite.core.indicators.france.Reconciler;
import org.mixite.core.indicators.france.Reconciliation;
import org.mixite.json.FranceJson;
import org.mixite.json.MixiteJson;
import org.mixite.pdf.FranceRenderer;
import org.mixite.pdf.ReportOptions;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The demo's France 2027 files: the GIP-MDS pre-fill file of the demo data (what {@code paygap
 * --format gip} writes), its reconciliation with the same data (every figure equal, the JSON and
 * the PDF section), and the declaration (what {@code declare} writes).
 */
final class France2027Demo {

    private France2027Demo() {
    }

    static void write(Path dir, List<EmployeeRecord> records, ReferencePeriod period, String company, Terminal terminal) throws IOException {
        String gip = GipFormat.write(GipFormat.file(period, List.copyOf(GipCalculator.compute(records, period, PayBasis.FULL_TIME_EQUIVALENT).values())));
        Reconciliation reconciliation = Reconciler.reconcile(records, period, GipFormat.read("prefill-gip.csv", new StringReader(gip)),
                "prefill-gip.csv", Optional.empty());
        ReportOptions options = ReportOptions.of(company, period.toString()).withLocale(terminal.locale());
        ByteArrayOutputStream reconciliationPdf = new ByteArrayOutputStream();
        FranceRenderer.reconciliation(FranceJson.reconciliation(reconciliation), options, reconciliationPdf);
        // The demo's year stands for the reference year of the first Egapro V2 declaration, 2027.
        int year = Math.max(Obligations.defaultYear(period), Obligations.FIRST_YEAR);
        Map<String, List<EmployeeRecord>> bySiren = GipCalculator.bySiren(records);
        String siren = bySiren.keySet().iterator().next();
        France2027Declaration declaration = France2027Declaration.of(siren, bySiren.get(siren), period, year, PayBasis.FULL_TIME_EQUIVALENT, 5);
        var declarationJson = FranceJson.declaration(declaration);
        ByteArrayOutputStream declarationPdf = new ByteArrayOutputStream();
        FranceRenderer.declaration(declarationJson, options, declarationPdf);
        AtomicFiles.write(Map.of(
                dir.resolve("prefill-gip.csv"), gip.getBytes(StandardCharsets.UTF_8),
                dir.resolve("reconciliation.json"), MixiteJson.toString(FranceJson.reconciliation(reconciliation)).getBytes(StandardCharsets.UTF_8),
                dir.resolve("reconciliation.pdf"), reconciliationPdf.toByteArray(),
                dir.resolve("declaration.json"), MixiteJson.toString(declarationJson).getBytes(StandardCharsets.UTF_8),
                dir.resolve("declaration.pdf"), declarationPdf.toByteArray()));
        terminal.info("France 2027: prefill-gip.csv, reconciliation (" + (reconciliation.allEqual() ? "every figure equal"
                : reconciliation.differences() + " figure(s) differ") + ") and declaration " + year + " in " + dir);
    }
}

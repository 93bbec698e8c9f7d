package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.time.LocalDate;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproResult;
import org.mixite.core.indicators.egapro.Indicator;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.Score;
import org.mixite.core.indicators.egapro.Tranche;
import org.mixite.core.indicators.egapro.records.EgaproAccumulator;
import org.mixite.core.indicators.egapro.records.EgaproAggregation;
import org.mixite.core.indicators.rixain.RixainAccumulator;
import org.mixite.json.EgaproJson;
import org.mixite.json.RixainJson;
import org.mixite.json.MixiteJson;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "egapro",
        description = {"The French Egapro index, from employee records or from the government form's aggregates.",
                "All five indicators, both size variants, and the loi Rixain figures for records."},
        footer = {"", "Examples:",
                "  mixite egapro --input employees.csv --period 2025-01-01..2025-12-31",
                "  mixite egapro --input declaration.json            (aggregated input, detected by its shape)",
                "  mixite egapro --input employees.csv --format text --tranche 251-999",
                "", ExitCodes.HELP})
final class EgaproCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period (12 months). Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = "--tranche", paramLabel = "BAND", description = "Headcount band: 50-250, 251-999 or 1000+ (default: from the headcount counted).")
    String tranche;

    @Option(names = "--modalite", paramLabel = "MODE", defaultValue = "csp",
            description = "Indicator 1 groups: csp, niveau_branche or niveau_autre (from the level column). Default: ${DEFAULT-VALUE}.")
    String modalite;

    @Option(names = "--aggregated", description = "The input is the aggregated JSON of the government's form (detected by its shape otherwise).")
    boolean aggregated;

    @Option(names = "--rixain-date", paramLabel = "DATE",
            description = "Date at which loi Rixain compliance is judged, i.e. which threshold applies (records input); members are counted on the period's last day. Default: 1 March after the period, when the figures are published.")
    LocalDate rixainDate;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    protected int run(Terminal terminal) throws IOException {
        Optional<JsonNode> aggregate = aggregatedInput();
        ObjectNode output;
        EgaproResult result;
        int exit = ExitCodes.OK;
        if (aggregate.isPresent()) {
            result = EgaproCalculator.compute(EgaproJson.readInput(aggregate.get()));
            output = EgaproJson.write(result);
        } else {
            LoadedRecords loaded = LoadedRecords.load(input, terminal);
            loaded.report(terminal);
            ReferencePeriod reference = Periods.resolve(period, loaded);
            EgaproAccumulator accumulator = new EgaproAccumulator(reference, Modalite.ofCode(modalite)
                    .orElseThrow(() -> new ConfigurationException("--modalite must be csp, niveau_branche or niveau_autre, was '" + modalite + "'")));
            loaded.records().forEach(accumulator::add);
            EgaproAggregation aggregation = tranche == null ? accumulator.aggregate()
                    : accumulator.aggregate(Tranche.ofCode(tranche).orElseThrow(() ->
                            new ConfigurationException("--tranche must be 50-250, 251-999 or 1000+, was '" + tranche + "'")));
            result = EgaproCalculator.compute(aggregation.input());
            output = EgaproJson.write(result, aggregation);
            output.put("periode", reference.toString());
            LocalDate at = rixainDate != null ? rixainDate : org.mixite.core.report.IndicatorSuite.ReportSettings.publicationDate(reference);
            RixainAccumulator rixain = new RixainAccumulator(reference.end()); // members on the period's last day
            loaded.records().forEach(rixain::add);
            output.set("rixain", RixainJson.write(rixain.result(at, aggregation.summary().counted())));
            terminal.info("period " + reference + ": " + aggregation.summary().counted() + " employees counted");
            exit = loaded.exitCode();
        }
        if (format == Format.json) {
            terminal.out().print(MixiteJson.toString(output));
        } else {
            EgaproText.print(result, terminal.out());
        }
        terminal.out().flush();
        terminal.info("Egapro index: " + result.index().map(i -> i + "/100").orElse("not calculable")
                + " (" + result.points() + " points out of " + result.pointsMax() + ")");
        return exit;
    }

    private Optional<JsonNode> aggregatedInput() throws IOException {
        if (input.inputs.size() != 1 || input.adapter != null) {
            return Optional.empty();
        }
        Path file = Path.of(input.inputs.get(0));
        if (!aggregated && !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return Optional.empty();
        }
        if (Files.size(file) > EgaproJson.MAX_FORM_BYTES) {
            if (aggregated) {
                throw new ConfigurationException(file + ": --aggregated, but the file has " + Files.size(file)
                        + " bytes; an Egapro form is at most " + EgaproJson.MAX_FORM_BYTES + " bytes");
            }
            return Optional.empty(); // too large to be a form: employee records, streamed by the JSON adapter
        }
        JsonNode document;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            document = MixiteJson.mapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            if (aggregated) {
                throw new ConfigurationException(file + ": not well-formed JSON: " + e.getOriginalMessage(), e);
            }
            return Optional.empty(); // let the JSON adapter report it with its line
        }
        if (document == null) {
            return Optional.empty();
        }
        Optional<JsonNode> found = EgaproJson.aggregatedInput(document);
        if (aggregated && found.isEmpty()) {
            throw new ConfigurationException(file + ": --aggregated, but the JSON has no 'tranche' and 'remunerations'");
        }
        return found;
    }

    /** The readable French summary of {@code --format text}. */
    static final class EgaproText {
        private EgaproText() {
        }

        static void print(EgaproResult r, PrintWriter out) {
            out.println("Index de l'égalité professionnelle (Egapro) — tranche " + r.tranche().code());
            line(out, "1. Écart de rémunération", r.remunerations(), s -> "écart " + fr(s.ecart()) + " %, en faveur des " + s.favorable().code());
            r.augmentations().ifPresent(i -> line(out, "2. Écart d'augmentations", i, s -> "écart " + fr(s.ecart()) + " pts" + (s.correction() ? " (mesure de correction)" : "")));
            r.promotions().ifPresent(i -> line(out, "3. Écart de promotions", i, s -> "écart " + fr(s.ecart()) + " pts" + (s.correction() ? " (mesure de correction)" : "")));
            r.augmentationsEtPromotions().ifPresent(i -> line(out, "2et3. Écart d'augmentations", i,
                    s -> "écart " + fr(s.ecart()) + " pts, " + fr(s.ecartNombre()) + " salarié(s)" + (s.correction() ? " (mesure de correction)" : "")));
            line(out, "4. Retour de congé maternité", r.congesMaternite(), s -> fr(s.resultat()) + " % augmentées au retour");
            line(out, "5. Hautes rémunérations", r.hautesRemunerations(), s -> s.resultat() + " du sexe sous-représenté parmi les 10");
            out.println("Total : " + r.points() + " points sur " + r.pointsMax());
            out.println("Index : " + r.index().map(i -> i + "/100").orElse("non calculable (moins de 75 points calculables)"));
            // egapro.md §3: below 75 corrective measures, and below 85 (so below 75 too) progress objectives
            r.index().ifPresent(i -> {
                if (i < 75) {
                    out.println("Sous 75 : mesures correctives à prendre, l'index doit atteindre 75 sous 3 ans.");
                }
                if (i < 85) {
                    out.println("Sous 85 : objectifs de progression à fixer et publier pour chaque indicateur.");
                }
            });
            out.flush();
        }

        private static <T extends Score, E> void line(PrintWriter out, String title, Indicator<T, E> indicator,
                                                      java.util.function.Function<T, String> detail) {
            if (indicator instanceof Indicator.NotCalculable<T, E> nc) {
                out.println(title + " : non calculable — " + nc.reason().libelle());
            } else {
                T s = indicator.computed().orElseThrow();
                out.println(title + " : " + detail.apply(s) + " — " + s.note() + "/" + s.max() + " points");
            }
        }

        private static String fr(java.math.BigDecimal value) {
            return value.toPlainString().replace('.', ',');
        }
    }
}

package org.mixite.core.indicators.france;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mixite.spi.InputException;

/** regulations.md §2 "The GIP-MDS prefill file": the text written, and every refusal naming its line and column. */
class GipFormatTest {

    static String written() {
        return GipFormat.write(GipFormat.file(GipFiguresTest.YEAR, List.copyOf(
                GipCalculator.compute(GipFiguresTest.FOUR, GipFiguresTest.YEAR, PayBasis.FULL_TIME_EQUIVALENT).values())));
    }

    @Test
    @DisplayName("regulations.md §2: two metadata lines with the period, the 71-column header byte for byte (odd spellings kept), decimal commas, 15 quality indices empty")
    void writesTheFile() {
        String[] lines = written().split("\n", -1);
        assertThat(lines[0]).isEqualTo("destinataire;projet;horodatage;date_debut;date_fin;nb_lignes");
        assertThat(lines[1]).isEqualTo("DGT;DTS;2027-01-01T00:00:00;2026-01-01;2026-12-31;1");
        String[] header = lines[2].split(";", -1);
        assertThat(header).hasSize(71);
        assertThat(header[0]).isEqualTo("SIREN");
        assertThat(header[1]).isEqualTo("Effectif_RCD");
        assertThat(List.of(header)).contains("Taux_globale_annuelle_médiane_F", "Taux_globale_annuelle_médiane_H",
                "Taux_horaire_variable_médian_F ", "Taux_horaire_global_médian_ecart", "Seuil_Q3_Taux_horaire_global",
                "Quartile4_Taux_horaire_global_proportion_H", "indice_taux_extremes");
        assertThat(List.of(header)).doesNotContain("Seuil_Q4_Rem_globale");
        assertThat(lines[2]).startsWith("SIREN;Effectif_RCD;Effectif_H_rem_annuelle_globale;Effectif_F_rem_annuelle_globale;");
        String[] row = lines[3].split(";", -1);
        assertThat(row).hasSize(71);
        assertThat(row[0]).isEqualTo("123456789");
        assertThat(row[1]).isEqualTo("4,00");
        assertThat(row[8]).isEqualTo("0,3750"); // Rem_globale_annuelle_moyenne_ecart
        assertThat(List.of(row).subList(56, 71)).containsOnly("");
        assertThat(lines[4]).isEmpty();
        assertThat(lines).hasSize(5);
    }

    @Test
    @DisplayName("written then read: the same figures (header by name, decimal commas, empty fields)")
    void roundTrip() {
        GipFile file = GipFormat.read("f.csv", new StringReader(written()));
        GipFigures computed = GipCalculator.compute(GipFiguresTest.FOUR, GipFiguresTest.YEAR, PayBasis.FULL_TIME_EQUIVALENT).get("123456789");
        // the file carries the 71 columns: not the Seuil_Q4_* nor the people per band that some platform versions add
        java.util.Map<GipColumn, java.math.BigDecimal> onlyWritten = new java.util.EnumMap<>(GipColumn.class);
        computed.values().forEach((c, v) -> {
            if (c.written()) {
                onlyWritten.put(c, v);
            }
        });
        GipFigures written = new GipFigures(computed.siren(), onlyWritten);
        assertThat(file.rows()).containsExactly(written);
        assertThat(written.values()).hasSize(55);
        assertThat(file.metadata().start()).isEqualTo(GipFiguresTest.YEAR.start());
    }

    @Test
    @DisplayName("the header is read by name: columns in another order read the same")
    void headerByName() {
        String[] lines = written().split("\n");
        List<String> header = List.of(lines[2].split(";", -1));
        List<String> row = List.of(lines[3].split(";", -1));
        StringBuilder h = new StringBuilder();
        StringBuilder r = new StringBuilder();
        for (int i = header.size() - 1; i >= 0; i--) {
            h.append(header.get(i)).append(i == 0 ? "" : ";");
            r.append(row.get(i)).append(i == 0 ? "" : ";");
        }
        GipFile reversed = GipFormat.read("f.csv", new StringReader(lines[0] + "\n" + lines[1] + "\n" + h + "\n" + r + "\n"));
        assertThat(reversed.rows()).isEqualTo(GipFormat.read("f.csv", new StringReader(written())).rows());
    }

    @Test
    @DisplayName("issue 17 bad GIP input: a column missing from the header (and its rows) is named, with the header's line")
    void missingColumn() {
        String[] lines = written().split("\n");
        List<String> header = new java.util.ArrayList<>(List.of(lines[2].split(";", -1)));
        List<String> row = new java.util.ArrayList<>(List.of(lines[3].split(";", -1)));
        header.remove(32);
        row.remove(32);
        assertThat(error(lines[0] + "\n" + lines[1] + "\n" + String.join(";", header) + "\n" + String.join(";", row) + "\n"))
                .isEqualTo("prefill.csv:3: missing column 'Proportion_variable_F'");
    }

    @Test
    @DisplayName("regulations.md §2 file: every one of its 71 columns is due, the quality indices too (indice_taux_extremes missing is named)")
    void missingQualityIndexInTheSpecFile() {
        String[] lines = written().split("\n");
        List<String> header = new java.util.ArrayList<>(List.of(lines[2].split(";", -1)));
        List<String> row = new java.util.ArrayList<>(List.of(lines[3].split(";", -1)));
        header.remove(70);
        row.remove(70);
        assertThat(error(lines[0] + "\n" + lines[1] + "\n" + String.join(";", header) + "\n" + String.join(";", row) + "\n"))
                .isEqualTo("prefill.csv:3: missing column 'indice_taux_extremes'");
    }

    /** The platform's later header (gipMdsMapping.ts "v3", data/mock-gip-mds.csv since August 2026), in its order. */
    static final String LATER_HEADER = String.join(";", List.of("SIREN", "Effectif_RCD", "Effectif_H_rem_annuelle_globale",
            "Effectif_F_rem_annuelle_globale", "Effectif_H_taux_horaire_global", "Effectif_F_taux_horaire_global",
            "Effectif_H_rem_annuelle_variable", "Effectif_F_rem_annuelle_variable", "Rem_globale_annuelle_moyenne_ecart",
            "Rem_globale_annuelle_moyenne_F", "Rem_globale_annuelle_moyenne_H", "Taux_horaire_global_moyen_ecart",
            "Taux_horaire_global_moyen_F", "Taux_horaire_global_moyen_H", "Rem_variable_annuelle_moyenne_ecart",
            "Rem_variable_annuelle_moyenne_F", "Rem_variable_annuelle_moyenne_H", "Taux_horaire_variable_moyen_ecart",
            "Taux_horaire_variable_moyen_F", "Taux_horaire_variable_moyen_H", "Rem_globale_annuelle_mediane_ecart",
            "Rem_globale_annuelle_mediane_F", "Rem_globale_annuelle_mediane_H", "Taux_horaire_global_median_ecart",
            "Taux_globale_annuelle_mediane_F", "Taux_globale_annuelle_mediane_H", "Rem_variable_annuelle_mediane_ecart",
            "Rem_variable_annuelle_mediane_F", "Rem_variable_annuelle_mediane_H", "Taux_horaire_variable_median_ecart",
            "Taux_horaire_variable_median_F ", "Taux_horaire_variable_median_H", "Proportion_variable_F", "Proportion_variable_H",
            "Seuil_Q1_Rem_globale", "Seuil_Q2_Rem_globale", "Seuil_Q3_Rem_globale",
            "Quartile1_Rem_globale_annuelle_nb_F", "Quartile2_Rem_globale_annuelle_nb_F", "Quartile3_Rem_globale_annuelle_nb_F",
            "Quartile4_Rem_globale_annuelle_nb_F", "Quartile1_Rem_globale_annuelle_nb_H", "Quartile2_Rem_globale_annuelle_nb_H",
            "Quartile3_Rem_globale_annuelle_nb_H", "Quartile4_Rem_globale_annuelle_nb_H",
            "Quartile1_Rem_globale_annuelle_proportion_F", "Quartile2_Rem_globale_annuelle_proportion_F",
            "Quartile3_Rem_globale_annuelle_proportion_F", "Quartile4_Rem_globale_annuelle_proportion_F",
            "Quartile1_Rem_globale_annuelle_proportion_H", "Quartile2_Rem_globale_annuelle_proportion_H",
            "Quartile3_Rem_globale_annuelle_proportion_H", "Quartile4_Rem_globale_annuelle_proportion_H",
            "Seuil_Q1_Taux_horaire_global", "Seuil_Q2_Taux_horaire_global", "Seuil_Q3_Taux_horaire_global",
            "Quartile1_Taux_horaire_global_nb_F", "Quartile2_Taux_horaire_global_nb_F", "Quartile3_Taux_horaire_global_nb_F",
            "Quartile4_Taux_horaire_global_nb_F", "Quartile1_Taux_horaire_global_nb_H", "Quartile2_Taux_horaire_global_nb_H",
            "Quartile3_Taux_horaire_global_nb_H", "Quartile4_Taux_horaire_global_nb_H",
            "Quartile1_Taux_horaire_global_proportion_F", "Quartile2_Taux_horaire_global_proportion_F",
            "Quartile3_Taux_horaire_global_proportion_F", "Quartile4_Taux_horaire_global_proportion_F",
            "Quartile1_Taux_horaire_global_proportion_H", "Quartile2_Taux_horaire_global_proportion_H",
            "Quartile3_Taux_horaire_global_proportion_H", "Quartile4_Taux_horaire_global_proportion_H", "indice",
            "indice_nature_exo", "indice_unite", "indice_ratio_suspensions", "indice_ratio_arrets", "indice_arrets_0",
            "indice_quotite250", "indice_quotite0", "indice_rem_extremes", "indice_taux_extremes"));

    /** A file in the platform's later format, with the figures Mixité computes from {@code records}. */
    static String laterFormat(List<org.mixite.spi.model.EmployeeRecord> records, String siren) {
        GipFigures f = GipCalculator.company(siren, records, GipFiguresTest.YEAR, PayBasis.FULL_TIME_EQUIVALENT);
        List<String> row = new java.util.ArrayList<>();
        for (String h : LATER_HEADER.split(";", -1)) {
            GipColumn c = GipColumn.ofHeader(h).orElseThrow();
            row.add(c == GipColumn.SIREN ? siren : c.kind() == GipColumn.Kind.QUALITY ? "0,1234" : f.get(c).map(GipFormat::format).orElse(""));
        }
        return GipFormat.METADATA_HEADER + "\nDGT;DTS;2027-03-14T12:00:00;2026-01-01;2026-12-31;1\n" + LATER_HEADER + "\n" + String.join(";", row) + "\n";
    }

    @Test
    @DisplayName("the platform's later GIP-MDS file (gipMdsMapping.ts v3: medians spelled without accents, people per band, 10 quality indices) "
            + "is read, and reconciled on the same data every figure, the people per band included, is equal")
    void readsThePlatformsLaterFormat() {
        GipFile file = GipFormat.read("v3.csv", new StringReader(laterFormat(GipFiguresTest.FOUR, "123456789")));
        GipFigures row = file.rows().get(0);
        assertThat(row.get(GipColumn.MEDIAN_ANNUAL_GAP)).contains(new java.math.BigDecimal("0.3750"));
        assertThat(row.get(GipColumn.MEDIAN_HOURLY_WOMEN)).isPresent();
        // annual bands of one: 20000 F | 30000 F | 30000 M | 50000 M
        assertThat(List.of(GipColumn.Q1_ANNUAL_COUNT_WOMEN, GipColumn.Q2_ANNUAL_COUNT_WOMEN, GipColumn.Q3_ANNUAL_COUNT_WOMEN,
                GipColumn.Q4_ANNUAL_COUNT_WOMEN)).extracting(c -> row.get(c).orElseThrow().intValueExact()).containsExactly(1, 1, 0, 0);
        assertThat(row.get(GipColumn.QUALITY_ARRETS_LONGS)).isEmpty();
        assertThat(row.get(GipColumn.QUALITY_TAUX_EXTREMES)).contains(new java.math.BigDecimal("0.1234"));
        Reconciliation r = Reconciler.reconcile(GipFiguresTest.FOUR, GipFiguresTest.YEAR, file, "v3.csv", java.util.Optional.empty());
        assertThat(r.allEqual()).isTrue();
        assertThat(r.companies().get(0).figures()).extracting(FigureComparison::column).contains(GipColumn.Q4_HOURLY_COUNT_MEN);
        // one person moved between bands in the state's figures: that figure, and only it, differs
        String moved = laterFormat(GipFiguresTest.FOUR, "123456789");
        String[] lines = moved.split("\n");
        String[] fields = lines[3].split(";", -1);
        int q1 = List.of(LATER_HEADER.split(";", -1)).indexOf("Quartile1_Rem_globale_annuelle_nb_F");
        fields[q1] = "2";
        Reconciliation differing = Reconciler.reconcile(GipFiguresTest.FOUR, GipFiguresTest.YEAR, GipFormat.read("v3.csv",
                new StringReader(lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n" + String.join(";", fields) + "\n")), "v3.csv",
                java.util.Optional.empty());
        assertThat(differing.companies().get(0).figures()).filteredOn(f -> !f.equal()).extracting(FigureComparison::column)
                .containsExactly(GipColumn.Q1_ANNUAL_COUNT_WOMEN);
    }

    static String error(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> GipFormat.read("prefill.csv", new StringReader(text)));
        assertThat(e).as("an input error").isNotNull();
        return e.getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown column      | Proportion_variable_F;                   | Proportion_varible_F; | 3:33 | unknown column 'Proportion_varible_F'",
            "non-numeric field   | ;0,3750;                                 | ;0,37x;             | 4:9 | Rem_globale_annuelle_moyenne_ecart: '0,37x' is not a number",
            "share above 1       | ;1,0000;1,0000;0,0000;0,0000;           | ;1,5000;1,0000;0,0000;0,0000; | 4:38 | is outside the plausible range 0 to 1",
            "negative count      | 123456789;4,00;2;                        | 123456789;4,00;-2;  | 4:3 | is outside the plausible range",
            "fractional count    | 123456789;4,00;2;                        | 123456789;4,00;2,5; | 4:3 | not a whole number of people",
            "bad SIREN           | 123456789;                               | 12345;              | 4:1 | is not a SIREN",
            "wrong nb_lignes     | 2026-12-31;1                             | 2026-12-31;3        | 2:6 | nb_lignes says 3 rows, the file has 1",
            "bad date            | ;2026-01-01;                             | ;2026-13-01;        | 2:4 | date_debut: '2026-13-01' is not a date",
    })
    @DisplayName("issue 17/19 bad GIP input: a clear error naming the line and column (or line), bound-checked numbers")
    void refusals(String what, String from, String to, String position, String message) {
        String text = written();
        assertThat(text).contains(from);
        String message1 = error(text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        assertThat(message1).startsWith("prefill.csv:" + position + ": ").contains(message);
    }
}

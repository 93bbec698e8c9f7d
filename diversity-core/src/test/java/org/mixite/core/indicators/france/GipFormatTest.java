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
        // the file carries the 71 columns: not the Seuil_Q4_* that some platform versions add
        GipFigures written = computed.with(GipColumn.Q4_THRESHOLD_ANNUAL, java.util.Optional.empty())
                .with(GipColumn.Q4_THRESHOLD_HOURLY, java.util.Optional.empty());
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

package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The columns of the GIP-MDS pre-fill file (regulations.md §2; SocialGouv/egapro
 * {@code gipMdsMapping.ts}, {@code data/mock-gip-mds.csv}), in the file's order, with their
 * header spelled byte for byte as the state writes it — {@code Taux_globale_annuelle_médiane_F/_H}
 * for the hourly median and {@code "Taux_horaire_variable_médian_F "} with its trailing space
 * included. The 71 written columns; {@code Seuil_Q4_*}, which some versions of the platform's
 * mock file carry, are read when present (the highest pay of the upper band) and never written.
 *
 * <p>The platform's later file (SocialGouv/egapro {@code gipMdsMapping.ts} "v3", its
 * {@code data/mock-gip-mds.csv} since August 2026) spells the medians without accents
 * ({@code Rem_globale_annuelle_mediane_F}…), adds the people of each band
 * ({@code Quartile1_Rem_globale_annuelle_nb_F}…) and carries fewer quality indices: it is read
 * too (headers compared without accents), and written never (regulations.md §2 is the format written).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum GipColumn {
    SIREN("SIREN", Kind.SIREN, Series.NONE, true),
    EFFECTIF_RCD("Effectif_RCD", Kind.HEADCOUNT, Series.WORKFORCE, true),
    COUNT_ANNUAL_MEN("Effectif_H_rem_annuelle_globale", Kind.COUNT, Series.ANNUAL, true),
    COUNT_ANNUAL_WOMEN("Effectif_F_rem_annuelle_globale", Kind.COUNT, Series.ANNUAL, true),
    COUNT_HOURLY_MEN("Effectif_H_taux_horaire_global", Kind.COUNT, Series.HOURLY, true),
    COUNT_HOURLY_WOMEN("Effectif_F_taux_horaire_global", Kind.COUNT, Series.HOURLY, true),
    COUNT_VARIABLE_MEN("Effectif_H_rem_annuelle_variable", Kind.COUNT, Series.ANNUAL_VARIABLE, true),
    COUNT_VARIABLE_WOMEN("Effectif_F_rem_annuelle_variable", Kind.COUNT, Series.ANNUAL_VARIABLE, true),
    MEAN_ANNUAL_GAP("Rem_globale_annuelle_moyenne_ecart", Kind.GAP, Series.ANNUAL, true),
    MEAN_ANNUAL_WOMEN("Rem_globale_annuelle_moyenne_F", Kind.ANNUAL_AMOUNT, Series.ANNUAL, true),
    MEAN_ANNUAL_MEN("Rem_globale_annuelle_moyenne_H", Kind.ANNUAL_AMOUNT, Series.ANNUAL, true),
    MEAN_HOURLY_GAP("Taux_horaire_global_moyen_ecart", Kind.GAP, Series.HOURLY, true),
    MEAN_HOURLY_WOMEN("Taux_horaire_global_moyen_F", Kind.HOURLY_AMOUNT, Series.HOURLY, true),
    MEAN_HOURLY_MEN("Taux_horaire_global_moyen_H", Kind.HOURLY_AMOUNT, Series.HOURLY, true),
    MEAN_VARIABLE_ANNUAL_GAP("Rem_variable_annuelle_moyenne_ecart", Kind.GAP, Series.ANNUAL_VARIABLE, true),
    MEAN_VARIABLE_ANNUAL_WOMEN("Rem_variable_annuelle_moyenne_F", Kind.ANNUAL_AMOUNT, Series.ANNUAL_VARIABLE, true),
    MEAN_VARIABLE_ANNUAL_MEN("Rem_variable_annuelle_moyenne_H", Kind.ANNUAL_AMOUNT, Series.ANNUAL_VARIABLE, true),
    MEAN_VARIABLE_HOURLY_GAP("Taux_horaire_variable_moyen_ecart", Kind.GAP, Series.HOURLY_VARIABLE, true),
    MEAN_VARIABLE_HOURLY_WOMEN("Taux_horaire_variable_moyen_F", Kind.HOURLY_AMOUNT, Series.HOURLY_VARIABLE, true),
    MEAN_VARIABLE_HOURLY_MEN("Taux_horaire_variable_moyen_H", Kind.HOURLY_AMOUNT, Series.HOURLY_VARIABLE, true),
    MEDIAN_ANNUAL_GAP("Rem_globale_annuelle_médiane_ecart", Kind.GAP, Series.ANNUAL, true),
    MEDIAN_ANNUAL_WOMEN("Rem_globale_annuelle_médiane_F", Kind.ANNUAL_AMOUNT, Series.ANNUAL, true),
    MEDIAN_ANNUAL_MEN("Rem_globale_annuelle_médiane_H", Kind.ANNUAL_AMOUNT, Series.ANNUAL, true),
    MEDIAN_HOURLY_GAP("Taux_horaire_global_médian_ecart", Kind.GAP, Series.HOURLY, true),
    MEDIAN_HOURLY_WOMEN("Taux_globale_annuelle_médiane_F", Kind.HOURLY_AMOUNT, Series.HOURLY, true),
    MEDIAN_HOURLY_MEN("Taux_globale_annuelle_médiane_H", Kind.HOURLY_AMOUNT, Series.HOURLY, true),
    MEDIAN_VARIABLE_ANNUAL_GAP("Rem_variable_annuelle_médiane_ecart", Kind.GAP, Series.ANNUAL_VARIABLE, true),
    MEDIAN_VARIABLE_ANNUAL_WOMEN("Rem_variable_annuelle_médiane_F", Kind.ANNUAL_AMOUNT, Series.ANNUAL_VARIABLE, true),
    MEDIAN_VARIABLE_ANNUAL_MEN("Rem_variable_annuelle_médiane_H", Kind.ANNUAL_AMOUNT, Series.ANNUAL_VARIABLE, true),
    MEDIAN_VARIABLE_HOURLY_GAP("Taux_horaire_variable_médian_ecart", Kind.GAP, Series.HOURLY_VARIABLE, true),
    MEDIAN_VARIABLE_HOURLY_WOMEN("Taux_horaire_variable_médian_F ", Kind.HOURLY_AMOUNT, Series.HOURLY_VARIABLE, true),
    MEDIAN_VARIABLE_HOURLY_MEN("Taux_horaire_variable_médian_H", Kind.HOURLY_AMOUNT, Series.HOURLY_VARIABLE, true),
    VARIABLE_SHARE_WOMEN("Proportion_variable_F", Kind.SHARE, Series.VARIABLE_SHARE, true),
    VARIABLE_SHARE_MEN("Proportion_variable_H", Kind.SHARE, Series.VARIABLE_SHARE, true),
    Q1_THRESHOLD_ANNUAL("Seuil_Q1_Rem_globale", Kind.ANNUAL_AMOUNT, Series.ANNUAL, true),
    Q2_THRESHOLD_ANNUAL("Seuil_Q2_Rem_globale", Kind.ANNUAL_AMOUNT, Series.ANNUAL, true),
    Q3_THRESHOLD_ANNUAL("Seuil_Q3_Rem_globale", Kind.ANNUAL_AMOUNT, Series.ANNUAL, true),
    Q1_ANNUAL_SHARE_WOMEN("Quartile1_Rem_globale_annuelle_proportion_F", Kind.SHARE, Series.ANNUAL, true),
    Q2_ANNUAL_SHARE_WOMEN("Quartile2_Rem_globale_annuelle_proportion_F", Kind.SHARE, Series.ANNUAL, true),
    Q3_ANNUAL_SHARE_WOMEN("Quartile3_Rem_globale_annuelle_proportion_F", Kind.SHARE, Series.ANNUAL, true),
    Q4_ANNUAL_SHARE_WOMEN("Quartile4_Rem_globale_annuelle_proportion_F", Kind.SHARE, Series.ANNUAL, true),
    Q1_ANNUAL_SHARE_MEN("Quartile1_Rem_globale_annuelle_proportion_H", Kind.SHARE, Series.ANNUAL, true),
    Q2_ANNUAL_SHARE_MEN("Quartile2_Rem_globale_annuelle_proportion_H", Kind.SHARE, Series.ANNUAL, true),
    Q3_ANNUAL_SHARE_MEN("Quartile3_Rem_globale_annuelle_proportion_H", Kind.SHARE, Series.ANNUAL, true),
    Q4_ANNUAL_SHARE_MEN("Quartile4_Rem_globale_annuelle_proportion_H", Kind.SHARE, Series.ANNUAL, true),
    Q1_THRESHOLD_HOURLY("Seuil_Q1_Taux_horaire_global", Kind.HOURLY_AMOUNT, Series.HOURLY, true),
    Q2_THRESHOLD_HOURLY("Seuil_Q2_Taux_horaire_global", Kind.HOURLY_AMOUNT, Series.HOURLY, true),
    Q3_THRESHOLD_HOURLY("Seuil_Q3_Taux_horaire_global", Kind.HOURLY_AMOUNT, Series.HOURLY, true),
    Q1_HOURLY_SHARE_WOMEN("Quartile1_Taux_horaire_global_proportion_F", Kind.SHARE, Series.HOURLY, true),
    Q2_HOURLY_SHARE_WOMEN("Quartile2_Taux_horaire_global_proportion_F", Kind.SHARE, Series.HOURLY, true),
    Q3_HOURLY_SHARE_WOMEN("Quartile3_Taux_horaire_global_proportion_F", Kind.SHARE, Series.HOURLY, true),
    Q4_HOURLY_SHARE_WOMEN("Quartile4_Taux_horaire_global_proportion_F", Kind.SHARE, Series.HOURLY, true),
    Q1_HOURLY_SHARE_MEN("Quartile1_Taux_horaire_global_proportion_H", Kind.SHARE, Series.HOURLY, true),
    Q2_HOURLY_SHARE_MEN("Quartile2_Taux_horaire_global_proportion_H", Kind.SHARE, Series.HOURLY, true),
    Q3_HOURLY_SHARE_MEN("Quartile3_Taux_horaire_global_proportion_H", Kind.SHARE, Series.HOURLY, true),
    Q4_HOURLY_SHARE_MEN("Quartile4_Taux_horaire_global_proportion_H", Kind.SHARE, Series.HOURLY, true),
    QUALITY_INDEX("indice", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_NATURE_EXO("indice_nature_exo", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_UNITE("indice_unite", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_RATIO_SUSPENSIONS("indice_ratio_suspensions", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_SUSPENSIONS_LONGUES("indice_suspensions_longues", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_SUSPENSIONS_SANS_FIN("indice_suspensions_sans_fin", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_RATIO_ARRETS("indice_ratio_arrets", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_ARRETS_LONGS("indice_arrets_longs", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_ARRETS_0("indice_arrets_0", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_QUOTITE250("indice_quotite250", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_QUOTITE0("indice_quotite0", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_SUP_ANNEE_CIVILE("indice_sup_annee_civile", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_RATIO_FP("indice_ratio_FP", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_REM_EXTREMES("indice_rem_extremes", Kind.QUALITY, Series.QUALITY, true),
    QUALITY_TAUX_EXTREMES("indice_taux_extremes", Kind.QUALITY, Series.QUALITY, true),
    Q4_THRESHOLD_ANNUAL("Seuil_Q4_Rem_globale", Kind.ANNUAL_AMOUNT, Series.ANNUAL, false),
    Q4_THRESHOLD_HOURLY("Seuil_Q4_Taux_horaire_global", Kind.HOURLY_AMOUNT, Series.HOURLY, false),
    // The people of each sex in each band, which the platform's later file carries (gipMdsMapping.ts "v3"): read, compared, never written.
    Q1_ANNUAL_COUNT_WOMEN("Quartile1_Rem_globale_annuelle_nb_F", Kind.BAND_COUNT, Series.ANNUAL, false),
    Q2_ANNUAL_COUNT_WOMEN("Quartile2_Rem_globale_annuelle_nb_F", Kind.BAND_COUNT, Series.ANNUAL, false),
    Q3_ANNUAL_COUNT_WOMEN("Quartile3_Rem_globale_annuelle_nb_F", Kind.BAND_COUNT, Series.ANNUAL, false),
    Q4_ANNUAL_COUNT_WOMEN("Quartile4_Rem_globale_annuelle_nb_F", Kind.BAND_COUNT, Series.ANNUAL, false),
    Q1_ANNUAL_COUNT_MEN("Quartile1_Rem_globale_annuelle_nb_H", Kind.BAND_COUNT, Series.ANNUAL, false),
    Q2_ANNUAL_COUNT_MEN("Quartile2_Rem_globale_annuelle_nb_H", Kind.BAND_COUNT, Series.ANNUAL, false),
    Q3_ANNUAL_COUNT_MEN("Quartile3_Rem_globale_annuelle_nb_H", Kind.BAND_COUNT, Series.ANNUAL, false),
    Q4_ANNUAL_COUNT_MEN("Quartile4_Rem_globale_annuelle_nb_H", Kind.BAND_COUNT, Series.ANNUAL, false),
    Q1_HOURLY_COUNT_WOMEN("Quartile1_Taux_horaire_global_nb_F", Kind.BAND_COUNT, Series.HOURLY, false),
    Q2_HOURLY_COUNT_WOMEN("Quartile2_Taux_horaire_global_nb_F", Kind.BAND_COUNT, Series.HOURLY, false),
    Q3_HOURLY_COUNT_WOMEN("Quartile3_Taux_horaire_global_nb_F", Kind.BAND_COUNT, Series.HOURLY, false),
    Q4_HOURLY_COUNT_WOMEN("Quartile4_Taux_horaire_global_nb_F", Kind.BAND_COUNT, Series.HOURLY, false),
    Q1_HOURLY_COUNT_MEN("Quartile1_Taux_horaire_global_nb_H", Kind.BAND_COUNT, Series.HOURLY, false),
    Q2_HOURLY_COUNT_MEN("Quartile2_Taux_horaire_global_nb_H", Kind.BAND_COUNT, Series.HOURLY, false),
    Q3_HOURLY_COUNT_MEN("Quartile3_Taux_horaire_global_nb_H", Kind.BAND_COUNT, Series.HOURLY, false),
    Q4_HOURLY_COUNT_MEN("Quartile4_Taux_horaire_global_nb_H", Kind.BAND_COUNT, Series.HOURLY, false);

    /** What a column holds: its precision (decimals) and its plausible range. */
    public enum Kind {
        SIREN(0, "0", "0"),
        /** Effectif_RCD, the annual average headcount: 2 decimals. */
        HEADCOUNT(2, "0", "10000000"),
        /** A number of people: an integer. */
        COUNT(0, "0", "10000000"),
        /** The number of women (men) in a quartile band: an integer; which band depends on the annual basis. */
        BAND_COUNT(0, "0", "10000000"),
        /** A gap (men − women) / men: a ratio, 4 decimals; at most 1, and women may earn many times men's pay. */
        GAP(4, "-1000", "1"),
        /** An annual amount in euros: 2 decimals. */
        ANNUAL_AMOUNT(2, "0", "100000000"),
        /** An hourly amount in euros: 2 decimals. */
        HOURLY_AMOUNT(2, "0", "1000000"),
        /** A share of people, 0 to 1: 4 decimals. */
        SHARE(4, "0", "1"),
        /** A data-quality index, 0 to 1: 4 decimals; definitions not public. */
        QUALITY(4, "0", "1");

        private final int scale;
        private final BigDecimal min;
        private final BigDecimal max;

        Kind(int scale, String min, String max) {
            this.scale = scale;
            this.min = new BigDecimal(min);
            this.max = new BigDecimal(max);
        }

        /** Decimals written. */
        public int scale() {
            return scale;
        }

        /** Counts compare exactly; the others within one unit of their last decimal (±0.01, ±0.0001). */
        public BigDecimal tolerance() {
            return scale == 0 ? BigDecimal.ZERO : BigDecimal.ONE.movePointLeft(scale);
        }

        public BigDecimal min() {
            return min;
        }

        public BigDecimal max() {
            return max;
        }
    }

    /** The pay series (or population) a figure is computed on: what can explain a difference. */
    public enum Series { NONE, WORKFORCE, ANNUAL, HOURLY, ANNUAL_VARIABLE, HOURLY_VARIABLE, VARIABLE_SHARE, QUALITY }

    private final String header;
    private final Kind kind;
    private final Series series;
    private final boolean written;

    GipColumn(String header, Kind kind, Series series, boolean written) {
        this.header = header;
        this.kind = kind;
        this.series = series;
        this.written = written;
    }

    /** The header, byte for byte as the state's file spells it. */
    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    public Series series() {
        return series;
    }

    /** Whether the pre-fill file of regulations.md §2 carries it (the 71 columns). */
    public boolean written() {
        return written;
    }

    /** Whether Mixité computes it from the records (A–F and the headcounts; not the SIREN nor the quality indices). */
    public boolean computed() {
        return kind != Kind.SIREN && kind != Kind.QUALITY;
    }

    /** Whether the figure depends on the annual basis (actual or full-time equivalent pay): annual amounts, gaps and bands, not counts. */
    public boolean annualBasis() {
        return (series == Series.ANNUAL || series == Series.ANNUAL_VARIABLE) && kind != Kind.COUNT;
    }

    private static final List<GipColumn> WRITTEN = Arrays.stream(values()).filter(GipColumn::written).toList();

    /** The 71 columns of the file, in order. */
    public static List<GipColumn> fileColumns() {
        return WRITTEN;
    }

    /**
     * The column of a header: exact, or equal once surrounding spaces are trimmed, or equal without
     * accents (the platform's later file writes {@code _mediane}, {@code _median}).
     */
    public static Optional<GipColumn> ofHeader(String header) {
        for (GipColumn c : values()) {
            if (c.header.equals(header)) {
                return Optional.of(c);
            }
        }
        for (GipColumn c : values()) {
            if (c.header.strip().equals(header.strip())) {
                return Optional.of(c);
            }
        }
        for (GipColumn c : values()) {
            if (withoutAccents(c.header.strip()).equals(withoutAccents(header.strip()))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether a header names this column only once its accents are dropped: the platform's later spelling. */
    public boolean spelledWithoutAccents(String header) {
        return !this.header.strip().equals(header.strip()) && withoutAccents(this.header.strip()).equals(withoutAccents(header.strip()));
    }

    private static String withoutAccents(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}

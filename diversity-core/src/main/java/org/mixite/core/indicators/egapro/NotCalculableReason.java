package org.mixite.core.indicators.egapro;

import org.apiguardian.api.API;

/** Why an indicator is not calculable; {@link #code()} is the {@code raison} of the JSON output. */
@API(status = API.Status.EXPERIMENTAL)
public enum NotCalculableReason {
    /** The input declares it not calculable ({@code null}). */
    DECLARED_NOT_CALCULABLE("declare_non_calculable", "déclaré non calculable"),
    /** The valid groups hold less than 40% of the headcount. */
    VALID_HEADCOUNT_BELOW_40_PERCENT("effectif_valide_inferieur_40_pourcent",
            "les groupes valides représentent moins de 40 % de l'effectif"),
    /** Indicator 2et3: fewer than 5 women or fewer than 5 men. */
    FEWER_THAN_5_WOMEN_OR_MEN("moins_de_5_femmes_ou_5_hommes", "moins de 5 femmes ou moins de 5 hommes"),
    /** Indicators 2 and 3: no raise (or promotion) at all in the period. 2et3 is declared {@code null} instead. */
    NONE_IN_PERIOD("aucune_augmentation_ou_promotion", "aucune augmentation ou promotion pendant la période"),
    /** Indicator 4: no return from maternity leave in the period. */
    NO_MATERNITY_RETURN("aucun_retour_de_conge_maternite", "aucun retour de congé maternité pendant la période");

    private final String code;
    private final String libelle;

    NotCalculableReason(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    /** A French sentence for reports. */
    public String libelle() {
        return libelle;
    }
}

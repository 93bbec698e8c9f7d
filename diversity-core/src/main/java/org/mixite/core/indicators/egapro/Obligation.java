package org.mixite.core.indicators.egapro;

import org.apiguardian.api.API;

/** What the employer must do after computing the index (egapro.md §3, "The index"). */
@API(status = API.Status.EXPERIMENTAL)
public enum Obligation {
    /** Publish the index and its indicators by 1 March: always. */
    PUBLICATION("publication", "publier l'index et ses indicateurs avant le 1er mars"),
    /** Index below 85: set progress objectives per indicator. */
    PROGRESS_OBJECTIVES("objectifs_de_progression", "fixer des objectifs de progression par indicateur (index inférieur à 85)"),
    /** Index below 75: take corrective measures within 3 years. */
    CORRECTIVE_MEASURES("mesures_correctives", "prendre des mesures correctives dans les 3 ans (index inférieur à 75)");

    private final String code;
    private final String libelle;

    Obligation(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }
}

package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The aggregated input of the Egapro index, in the shape of the government's form and of the
 * CLI JSON contract (egapro.md §4). Sections that the company declares not calculable, or that
 * do not apply to its band, are empty.
 *
 * @param tranche                   the headcount band
 * @param modaliteRemunerations     how indicator 1 groups employees
 * @param remunerations             every group of indicator 1 with its headcount
 * @param augmentations             indicator 2, per CSP (251+)
 * @param promotions                indicator 3, per CSP (251+)
 * @param augmentationsEtPromotions indicator 2et3 (50–250)
 * @param congesMaternite           indicator 4
 * @param hautesRemunerations       indicator 5
 */
@API(status = API.Status.EXPERIMENTAL)
public record EgaproInput(Tranche tranche, Modalite modaliteRemunerations, List<PayGroup> remunerations,
                          Optional<List<RateGroup>> augmentations, Optional<List<RateGroup>> promotions,
                          Optional<RaiseCounts> augmentationsEtPromotions, Optional<MaternityReturns> congesMaternite,
                          TopEarners hautesRemunerations) {

    public EgaproInput {
        Objects.requireNonNull(tranche, "tranche");
        Objects.requireNonNull(modaliteRemunerations, "modaliteRemunerations");
        remunerations = List.copyOf(remunerations);
        augmentations = augmentations.map(List::copyOf);
        promotions = promotions.map(List::copyOf);
        Objects.requireNonNull(augmentationsEtPromotions, "augmentationsEtPromotions");
        Objects.requireNonNull(congesMaternite, "congesMaternite");
        Objects.requireNonNull(hautesRemunerations, "hautesRemunerations");
    }

    /**
     * One group of indicator 1: a CSP or a level, crossed with an age band.
     *
     * @param categorie                  {@code ouv}, {@code emp}, {@code tam}, {@code ic}, or a level label
     * @param remunerationMoyenneFemmes  women's average annual FTE pay; may be empty only in a group that is not valid
     * @param remunerationMoyenneHommes  men's average annual FTE pay; idem
     */
    public record PayGroup(String categorie, AgeBand trancheAge, int femmes, int hommes,
                           Optional<BigDecimal> remunerationMoyenneFemmes, Optional<BigDecimal> remunerationMoyenneHommes) {
        public PayGroup {
            Objects.requireNonNull(categorie, "categorie");
            Objects.requireNonNull(trancheAge, "trancheAge");
            Objects.requireNonNull(remunerationMoyenneFemmes, "remunerationMoyenneFemmes");
            Objects.requireNonNull(remunerationMoyenneHommes, "remunerationMoyenneHommes");
        }

        public int headcount() {
            return femmes + hommes;
        }
    }

    /** One CSP of indicator 2 or 3: headcounts, and the rates in percent (12.5 means 12.5%). */
    public record RateGroup(Csp categorie, int femmes, int hommes, BigDecimal tauxFemmes, BigDecimal tauxHommes) {
        public RateGroup {
            Objects.requireNonNull(categorie, "categorie");
            Objects.requireNonNull(tauxFemmes, "tauxFemmes");
            Objects.requireNonNull(tauxHommes, "tauxHommes");
        }

        public int headcount() {
            return femmes + hommes;
        }
    }

    /** Indicator 2et3: headcounts and how many of each sex got a raise (promotions included). */
    public record RaiseCounts(int femmes, int hommes, int nombreFemmesAugmentees, int nombreHommesAugmentes) {
    }

    /** Indicator 4: women back from maternity or adoption leave, and how many got the catch-up raise. */
    public record MaternityReturns(int retours, int augmenteesAuRetour) {
    }

    /** Indicator 5: the sexes of the 10 highest earners. */
    public record TopEarners(int femmes, int hommes) {
    }
}

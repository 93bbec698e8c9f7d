package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The aggregated input of the government's form, member for member as in egapro.md §4 (the
 * CLI JSON contract). Construction checks only shapes (no nulls); the figures themselves are
 * checked by {@link EgaproInputValidator}, which names the JSON path of any problem.
 *
 * @param tranche                   the headcount band
 * @param modaliteRemunerations     how indicator 1 groups employees
 * @param remunerations             indicator 1: every group with its headcount
 * @param augmentations             indicator 2 (251+ only): one entry per CSP
 * @param promotions                indicator 3 (251+ only): one entry per CSP
 * @param augmentationsEtPromotions indicator 2et3 (50-250 only)
 * @param congesMaternite           indicator 4
 * @param hautesRemunerations       indicator 5
 */
@API(status = API.Status.EXPERIMENTAL)
public record EgaproInput(
        Tranche tranche,
        Modalite modaliteRemunerations,
        List<PayGroup> remunerations,
        Declaration<List<RateGroup>> augmentations,
        Declaration<List<RateGroup>> promotions,
        Declaration<RaisesAndPromotions> augmentationsEtPromotions,
        Declaration<MaternityReturns> congesMaternite,
        TopEarners hautesRemunerations) {

    public EgaproInput {
        Objects.requireNonNull(tranche, "tranche");
        Objects.requireNonNull(modaliteRemunerations, "modaliteRemunerations");
        remunerations = List.copyOf(remunerations);
        augmentations = copy(augmentations);
        promotions = copy(promotions);
        Objects.requireNonNull(augmentationsEtPromotions, "augmentationsEtPromotions");
        Objects.requireNonNull(congesMaternite, "congesMaternite");
        Objects.requireNonNull(hautesRemunerations, "hautesRemunerations");
    }

    private static Declaration<List<RateGroup>> copy(Declaration<List<RateGroup>> d) {
        Objects.requireNonNull(d);
        return d instanceof Declaration.Declared<List<RateGroup>> declared ? Declaration.of(List.copyOf(declared.value())) : d;
    }

    /** The input for 50-250: raises and promotions together, no separate indicators 2 and 3. */
    public static EgaproInput small(Modalite modalite, List<PayGroup> remunerations,
            Declaration<RaisesAndPromotions> augmentationsEtPromotions, Declaration<MaternityReturns> congesMaternite,
            TopEarners hautesRemunerations) {
        return new EgaproInput(Tranche.FROM_50_TO_250, modalite, remunerations, Declaration.absent(),
                Declaration.absent(), augmentationsEtPromotions, congesMaternite, hautesRemunerations);
    }

    /** The input for 251-999 or 1000+: raises and promotions separately. */
    public static EgaproInput large(Tranche tranche, Modalite modalite, List<PayGroup> remunerations,
            Declaration<List<RateGroup>> augmentations, Declaration<List<RateGroup>> promotions,
            Declaration<MaternityReturns> congesMaternite, TopEarners hautesRemunerations) {
        return new EgaproInput(tranche, modalite, remunerations, augmentations, promotions, Declaration.absent(),
                congesMaternite, hautesRemunerations);
    }

    /**
     * One indicator-1 group: a CSP or level, an age band, its headcount and average pays.
     * Averages may be empty only in a group that is not valid (fewer than 3 women or men).
     *
     * @param categorie a CSP code in csp mode, a level label in the level modes
     */
    public record PayGroup(String categorie, AgeBand trancheAge, int femmes, int hommes,
            Optional<BigDecimal> remunerationMoyenneFemmes, Optional<BigDecimal> remunerationMoyenneHommes) {
        public PayGroup {
            Objects.requireNonNull(categorie, "categorie");
            Objects.requireNonNull(trancheAge, "trancheAge");
            Objects.requireNonNull(remunerationMoyenneFemmes, "remunerationMoyenneFemmes");
            Objects.requireNonNull(remunerationMoyenneHommes, "remunerationMoyenneHommes");
        }

        public int effectif() {
            return femmes + hommes;
        }
    }

    /**
     * One CSP of indicator 2 or 3: headcount and rates in percent (12.5 means 12.5%). An empty
     * rate counts as 0 in a valid group, as the official simulator does (egapro.md §4).
     */
    public record RateGroup(Csp categorie, int femmes, int hommes, Optional<BigDecimal> tauxFemmes,
            Optional<BigDecimal> tauxHommes) {
        public RateGroup {
            Objects.requireNonNull(categorie, "categorie");
            Objects.requireNonNull(tauxFemmes, "tauxFemmes");
            Objects.requireNonNull(tauxHommes, "tauxHommes");
        }

        public RateGroup(Csp categorie, int femmes, int hommes, BigDecimal tauxFemmes, BigDecimal tauxHommes) {
            this(categorie, femmes, hommes, Optional.of(tauxFemmes), Optional.of(tauxHommes));
        }

        public int effectif() {
            return femmes + hommes;
        }
    }

    /** Indicator 2et3: headcounts and the numbers of women and men raised (promotions included). */
    public record RaisesAndPromotions(int femmes, int hommes, int nombreFemmesAugmentees, int nombreHommesAugmentes) {
    }

    /** Indicator 4: returns from maternity or adoption leave, and those raised on return. */
    public record MaternityReturns(int retours, int augmenteesAuRetour) {
    }

    /** Indicator 5: women and men among the 10 highest earners. */
    public record TopEarners(int femmes, int hommes) {
    }
}

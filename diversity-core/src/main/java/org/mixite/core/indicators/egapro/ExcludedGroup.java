package org.mixite.core.indicators.egapro;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A group left out of indicator 1, 2 or 3 because it has too few women or men.
 *
 * @param minimum the number of women and of men a valid group needs: 3 (indicator 1) or 10 (2, 3)
 */
@API(status = API.Status.EXPERIMENTAL)
public record ExcludedGroup(String categorie, Optional<AgeBand> trancheAge, int femmes, int hommes, int minimum) {

    /** Why the group is not valid. */
    public enum Reason {
        TOO_FEW_WOMEN("moins_de_femmes_que_le_minimum"),
        TOO_FEW_MEN("moins_d_hommes_que_le_minimum"),
        TOO_FEW_WOMEN_AND_MEN("moins_de_femmes_et_d_hommes_que_le_minimum");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public ExcludedGroup {
        Objects.requireNonNull(categorie, "categorie");
        Objects.requireNonNull(trancheAge, "trancheAge");
        if (femmes >= minimum && hommes >= minimum) {
            throw new IllegalArgumentException("a group with " + femmes + " women and " + hommes + " men is valid");
        }
    }

    public Reason reason() {
        if (femmes < minimum && hommes < minimum) {
            return Reason.TOO_FEW_WOMEN_AND_MEN;
        }
        return femmes < minimum ? Reason.TOO_FEW_WOMEN : Reason.TOO_FEW_MEN;
    }

    public int effectif() {
        return femmes + hommes;
    }
}

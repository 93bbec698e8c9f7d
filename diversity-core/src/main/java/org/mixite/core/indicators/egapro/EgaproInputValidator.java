package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;

/**
 * Checks an aggregated input against the contract (egapro.md §4) and throws an
 * {@link EgaproInputException} naming the JSON path of the first problem. Sections that the
 * band does not use (e.g. {@code augmentations} for 50-250) are ignored, not checked.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproInputValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /**
     * The largest headcount of a group and of the whole form (docs/robustness.md): ten million, above
     * any employer's workforce; sums of headcounts then stay far inside an {@code int}.
     */
    public static final int MAX_HEADCOUNT = 10_000_000;
    /** The largest average annual pay of a group: 10⁸, the record's bound on an annual amount. */
    public static final BigDecimal MAX_AVERAGE_PAY = BigDecimal.valueOf(100_000_000);

    private EgaproInputValidator() {
    }

    /**
     * @throws EgaproInputException on the first problem, with its JSON path
     */
    public static void validate(EgaproInput input) {
        payGroups(input.modaliteRemunerations(), input.remunerations());
        if (input.tranche().isSmall()) {
            String path = "augmentationsEtPromotions";
            var declaration = input.augmentationsEtPromotions();
            if (declaration instanceof Declaration.Absent) {
                throw missing(path, input.tranche());
            }
            if (declaration instanceof Declaration.Declared<EgaproInput.RaisesAndPromotions> d) {
                {
                    var r = d.value();
                    count(path + ".femmes", r.femmes());
                    count(path + ".hommes", r.hommes());
                    count(path + ".nombreFemmesAugmentees", r.nombreFemmesAugmentees());
                    count(path + ".nombreHommesAugmentes", r.nombreHommesAugmentes());
                    atMost(path + ".nombreFemmesAugmentees", r.nombreFemmesAugmentees(), path + ".femmes", r.femmes());
                    atMost(path + ".nombreHommesAugmentes", r.nombreHommesAugmentes(), path + ".hommes", r.hommes());
                }
            }
        } else {
            rateGroups("augmentations", input.augmentations(), input.tranche());
            rateGroups("promotions", input.promotions(), input.tranche());
        }
        if (input.congesMaternite() instanceof Declaration.Absent) {
            throw missing("congesMaternite", input.tranche());
        }
        if (input.congesMaternite() instanceof Declaration.Declared<EgaproInput.MaternityReturns> d) {
            {
                count("congesMaternite.retours", d.value().retours());
                count("congesMaternite.augmenteesAuRetour", d.value().augmenteesAuRetour());
                atMost("congesMaternite.augmenteesAuRetour", d.value().augmenteesAuRetour(),
                        "congesMaternite.retours", d.value().retours());
            }
        }
        var top = input.hautesRemunerations();
        count("hautesRemunerations.femmes", top.femmes());
        count("hautesRemunerations.hommes", top.hommes());
        if (top.femmes() + top.hommes() != 10) {
            throw new EgaproInputException("hautesRemunerations",
                    "femmes + hommes must be 10, the 10 highest earners (got " + (top.femmes() + top.hommes()) + ")");
        }
    }

    private static void payGroups(Modalite modalite, List<PayGroup> groups) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        // egapro.md §4: averages may be missing in valid groups when indicator 1 is not calculable.
        boolean calculable = EgaproCalculator.payGapCalculable(groups);
        for (int i = 0; i < groups.size(); i++) {
            PayGroup g = groups.get(i);
            String path = "remunerations[" + i + "]";
            if (modalite == Modalite.CSP && Csp.ofCode(g.categorie()).isEmpty()) {
                throw new EgaproInputException(path + ".categorie",
                        "unknown CSP '" + g.categorie() + "' (expected ouv, emp, tam or ic in csp mode)");
            }
            if (g.categorie().isBlank()) {
                throw new EgaproInputException(path + ".categorie", "must not be blank");
            }
            if (!seen.add(g.categorie() + '\u0000' + g.trancheAge().code())) {
                throw new EgaproInputException(path, "duplicate group " + g.categorie() + " / " + g.trancheAge().code());
            }
            count(path + ".femmes", g.femmes());
            count(path + ".hommes", g.hommes());
            total += (long) g.femmes() + g.hommes();
            if (total > MAX_HEADCOUNT) {
                throw new EgaproInputException(path, "the groups hold more than " + MAX_HEADCOUNT
                        + " employees in total, more than any employer: check the counts");
            }
            averagePay(path + ".remunerationMoyenneFemmes", g.remunerationMoyenneFemmes());
            averagePay(path + ".remunerationMoyenneHommes", g.remunerationMoyenneHommes());
            if (calculable && g.femmes() >= EgaproCalculator.PAY_GROUP_MINIMUM && g.hommes() >= EgaproCalculator.PAY_GROUP_MINIMUM) {
                if (g.remunerationMoyenneFemmes().isEmpty()) {
                    throw new EgaproInputException(path + ".remunerationMoyenneFemmes",
                            "required: the group is valid (at least 3 women and 3 men) and indicator 1 is calculable");
                }
                if (g.remunerationMoyenneHommes().isEmpty()) {
                    throw new EgaproInputException(path + ".remunerationMoyenneHommes",
                            "required: the group is valid (at least 3 women and 3 men) and indicator 1 is calculable");
                }
                // At least a cent: the gap divides by the men's average, taken to the cent over the group (exactMean).
                if (g.remunerationMoyenneHommes().get().compareTo(CENT) < 0) {
                    throw new EgaproInputException(path + ".remunerationMoyenneHommes",
                            "must be at least 0.01 in a valid group (the gap divides by it)");
                }
            }
        }
    }

    private static void rateGroups(String name, Declaration<List<RateGroup>> declaration, Tranche tranche) {
        if (declaration instanceof Declaration.Absent) {
            throw missing(name, tranche);
        }
        if (declaration instanceof Declaration.Declared<List<RateGroup>> d) {
            {
                Set<Csp> seen = new HashSet<>();
                List<RateGroup> groups = d.value();
                for (int i = 0; i < groups.size(); i++) {
                    RateGroup g = groups.get(i);
                    String path = name + "[" + i + "]";
                    if (!seen.add(g.categorie())) {
                        throw new EgaproInputException(path + ".categorie", "duplicate CSP " + g.categorie().code());
                    }
                    count(path + ".femmes", g.femmes());
                    count(path + ".hommes", g.hommes());
                    rate(path + ".tauxFemmes", g.tauxFemmes());
                    rate(path + ".tauxHommes", g.tauxHommes());
                    // egapro.md §4: a valid group's null rate counts as 0, as the official simulator does.
                }
            }
        }
    }

    private static EgaproInputException missing(String path, Tranche tranche) {
        return new EgaproInputException(path, "missing: required for tranche " + tranche.code()
                + " (write null to declare the indicator not calculable)");
    }

    private static void count(String path, int value) {
        if (value < 0) {
            throw new EgaproInputException(path, "must be 0 or more (got " + value + ")");
        }
        if (value > MAX_HEADCOUNT) {
            throw new EgaproInputException(path, "must be at most " + MAX_HEADCOUNT + ", more than any employer (got " + value + ")");
        }
    }

    private static void atMost(String path, int value, String boundPath, int bound) {
        if (value > bound) {
            throw new EgaproInputException(path, "must not exceed " + boundPath + " (" + value + " > " + bound + ")");
        }
    }

    private static void averagePay(String path, Optional<BigDecimal> value) {
        if (value.isPresent() && value.get().signum() < 0) {
            throw new EgaproInputException(path, "must be 0 or more");
        }
        if (value.isPresent() && value.get().compareTo(MAX_AVERAGE_PAY) > 0) {
            throw new EgaproInputException(path, "must be at most 100000000 (10^8 a year: check the decimal point)");
        }
    }

    private static void rate(String path, Optional<BigDecimal> value) {
        if (value.isPresent() && (value.get().signum() < 0 || value.get().compareTo(HUNDRED) > 0)) {
            throw new EgaproInputException(path, "a rate in percent must be between 0 and 100 (got " + shown(value.get()) + ")");
        }
    }

    /** A figure for a message: plain when short, else in scientific notation (1E+400 is not written out). */
    private static String shown(BigDecimal value) {
        return value.precision() - value.scale() <= 20 && value.scale() <= 20 ? value.toPlainString() : value.toString();
    }
}

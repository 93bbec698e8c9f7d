package org.mixite.adapter.dsn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * What one monthly declaration says about a person beyond the canonical record, for combining
 * the months (dsn.md §4): the NIR's pseudonymous key to match the person across months, the
 * hourly base rate (type 010 amount / hours) for "raised", whether a stoppage or a change of
 * working time makes the month unfit for comparing rates, and the classification (PCS-ESE,
 * statut, level, échelon, coefficient) for "promoted".
 */
record MonthFacts(Optional<String> nirKey, Optional<BigDecimal> hourlyBaseRate, boolean stoppage,
                  Optional<BigDecimal> fte, Optional<String> pcs, Optional<String> statut,
                  List<Optional<BigDecimal>> levels) {

    static final MonthFacts NONE = new MonthFacts(Optional.empty(), Optional.empty(), false, Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(Optional.empty(), Optional.empty(), Optional.empty()));

    MonthFacts {
        levels = List.copyOf(levels);
    }

    static Optional<BigDecimal> rate(BigDecimal amount, BigDecimal hours) {
        return hours.signum() > 0 && amount.signum() > 0 ? Optional.of(amount.divide(hours, MathContext.DECIMAL64))
                : Optional.empty();
    }

    /**
     * Whether {@code later} ranks above this month (dsn.md §4, "promoted"): a PCS-ESE of a higher
     * group (first digit 6 ouvriers → 5 employés → 4 intermédiaires → 3 cadres), a higher statut
     * (07 ouvrier → 06 employé → 05 intermédiaire → 04 cadre → 03 cadre dirigeant), or a higher
     * niveau, échelon or coefficient.
     */
    boolean promotedTo(MonthFacts later) {
        if (pcs.isPresent() && later.pcs.isPresent() && group(later.pcs.get()) < group(pcs.get())) {
            return true;
        }
        if (statut.isPresent() && later.statut.isPresent() && rank(later.statut.get()) > rank(statut.get())) {
            return true;
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).isPresent() && later.levels.get(i).isPresent()
                    && later.levels.get(i).get().compareTo(levels.get(i).get()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The PCS group digit (2–6), or 9 when not a PCS-ESE code. */
    private static int group(String pcs) {
        char c = pcs.isEmpty() ? '9' : pcs.charAt(0);
        return c >= '2' && c <= '6' ? c - '0' : 9;
    }

    /** 03 (cadre dirigeant) ranks highest, 07 (ouvrier) lowest; other codes have no rank (0). */
    private static int rank(String statut) {
        return switch (statut) {
            case "03" -> 5;
            case "04" -> 4;
            case "05" -> 3;
            case "06" -> 2;
            case "07" -> 1;
            default -> 0;
        };
    }
}

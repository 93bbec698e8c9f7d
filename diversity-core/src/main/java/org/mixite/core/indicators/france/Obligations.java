package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a company must declare in declaration year N (reporting the civil year N − 1), by the
 * platform's domain rules (regulations.md §2; SocialGouv/egapro {@code companyObligation.ts},
 * {@code indicatorG.ts}):
 * <ul>
 *   <li>under 50: voluntary, never obligated; 50–99: obligated in triennial years (year ≥ 2027
 *       and (year − 2027) divisible by 3); 100+: obligated every year, with a CSE opinion;</li>
 *   <li>A–F by every obligated company; G at 250+ every year, at 150–249 in triennial years,
 *       and from 2030 at 50+ in triennial years;</li>
 *   <li>the compliance process when the workforce is 100+, G is declared and a category's gap
 *       is ≥ 5% in either direction (|gap|, {@link ComplianceProcess}).</li>
 * </ul>
 * The workforce is compared as given (the GIP-MDS figure, unrounded). Nothing is due before 2027.
 *
 * @param indicators the indicators to declare ({@code A}…{@code F}, and {@code G} when due); empty when not obligated
 */
@API(status = API.Status.EXPERIMENTAL)
public record Obligations(int year, Workforce workforce, Tier tier, boolean obligated, List<String> indicators,
                          boolean indicatorGDue, boolean cseOpinion, ComplianceProcess complianceProcess,
                          Deadlines deadlines) {

    /** The first declaration year of Egapro V2 and its triennial cycle. */
    public static final int FIRST_YEAR = 2027;
    /** From this year G is also due at 50+ in triennial years. */
    public static final int G_FROM_50_YEAR = 2030;
    private static final List<String> A_TO_F = List.of("A", "B", "C", "D", "E", "F");
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HUNDRED_FIFTY = BigDecimal.valueOf(150);
    private static final BigDecimal TWO_HUNDRED_FIFTY = BigDecimal.valueOf(250);

    public Obligations {
        Objects.requireNonNull(workforce, "workforce");
        Objects.requireNonNull(tier, "tier");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(complianceProcess, "complianceProcess");
        Objects.requireNonNull(deadlines, "deadlines");
    }

    /** Whether {@code year} is a triennial year: 2027, 2030, 2033, … */
    public static boolean triennial(int year) {
        return year >= FIRST_YEAR && (year - FIRST_YEAR) % 3 == 0;
    }

    /** The tier of a workforce: under 50 voluntary, 50–99 triennial, 100+ annual. */
    public static Tier tier(BigDecimal workforce) {
        return workforce.compareTo(FIFTY) < 0 ? Tier.VOLUNTARY : workforce.compareTo(HUNDRED) < 0 ? Tier.TRIENNIAL : Tier.ANNUAL;
    }

    /**
     * The obligations of declaration year {@code year}.
     *
     * @param alertCategories           categories whose gap is ≥ 5% in either direction (named)
     * @param suppressedAlertCategories such categories below the minimum cell size (counted)
     */
    public static Obligations of(int year, Workforce workforce, List<String> alertCategories, long suppressedAlertCategories) {
        BigDecimal w = workforce.average();
        Tier tier = tier(w);
        boolean inForce = year >= FIRST_YEAR;
        boolean obligated = inForce && switch (tier) {
            case VOLUNTARY -> false;
            case TRIENNIAL -> triennial(year);
            case ANNUAL -> true;
        };
        boolean gDue = obligated && (w.compareTo(TWO_HUNDRED_FIFTY) >= 0
                || w.compareTo(HUNDRED_FIFTY) >= 0 && triennial(year)
                || year >= G_FROM_50_YEAR && w.compareTo(FIFTY) >= 0 && triennial(year));
        List<String> indicators = !obligated ? List.of()
                : gDue ? List.of("A", "B", "C", "D", "E", "F", "G") : A_TO_F;
        boolean cse = obligated && w.compareTo(HUNDRED) >= 0;
        boolean triggered = !alertCategories.isEmpty() || suppressedAlertCategories > 0;
        boolean compliance = gDue && w.compareTo(HUNDRED) >= 0 && triggered;
        ComplianceProcess process = compliance ? new ComplianceProcess(true, alertCategories, suppressedAlertCategories)
                : new ComplianceProcess(false, List.of(), 0);
        return new Obligations(year, workforce, tier, obligated, indicators, gDue, cse, process, Deadlines.of(year));
    }

    /** The obligations of declaration year {@code year}, with the alert categories of the pay-gap report's G. */
    public static Obligations of(int year, Workforce workforce, org.mixite.core.indicators.paygap.PayGapReport.Fr fr) {
        return of(year, workforce, fr.alertCategories(), fr.suppressedAlertCategories());
    }

    /** The declaration year by default: the year after the reference period ends. */
    public static int defaultYear(org.mixite.spi.model.ReferencePeriod period) {
        return period.end().getYear() + 1;
    }
}

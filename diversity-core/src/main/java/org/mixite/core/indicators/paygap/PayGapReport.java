package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.privacy.Cell;

/**
 * Every pay-gap figure of one employee file (regulations.md): the EU Directive's Art. 9 and 10,
 * France's Egapro V2 indicators A–G, the UK's six figures, ESRS S1-6/S1-9/S1-16 and GRI 405.
 * Percentages have one decimal (GRI ratios two); an undefined figure is empty, never 0.
 *
 * @param unknownSex  records of sex X or unknown, counted in headcounts and left out of every gap
 * @param withoutPay  records with no pay to compare (no base pay and no hourly pay, or absent all period)
 * @param derivations how many figures were derived, by derivation (e.g. hourly pay from 35 h × fte)
 */
@API(status = API.Status.STABLE)
public record PayGapReport(Eu eu, Uk uk, Fr fr, Esrs esrs, Gri gri, long unknownSex, long withoutPay,
                           Map<String, Long> derivations, int minCell) {

    /** A figure on annual and on hourly pay. */
    public record AnnualHourly(Optional<BigDecimal> annual, Optional<BigDecimal> hourly) {
    }

    /**
     * Directive 2023/970 Art. 9(1)(a)–(g) on hourly pay (annual alongside), and Art. 10: a category is
     * flagged when |gap| ≥ threshold, compared exactly before rounding. {@code categoriesAtOrAboveThreshold}
     * names the flagged categories that are shown; flagged categories that are suppressed are only
     * counted ({@code suppressedCategoriesAtOrAboveThreshold}); {@code jointAssessmentRequired} counts both.
     */
    public record Eu(Optional<BigDecimal> meanGap, Optional<BigDecimal> medianGap,
                     Optional<BigDecimal> meanVariableGap, Optional<BigDecimal> medianVariableGap,
                     Optional<BigDecimal> variableProportionFemale, Optional<BigDecimal> variableProportionMale,
                     List<QuartileBand> quartiles, Map<String, Cell<CategoryGap>> categoryGaps,
                     List<String> categoriesAtOrAboveThreshold, long suppressedCategoriesAtOrAboveThreshold,
                     boolean jointAssessmentRequired, BigDecimal threshold,
                     AnnualHourly meanGapBoth, AnnualHourly medianGapBoth) {
    }

    /**
     * Art. 9(1)(g): one category's gap, in total and split into base and variable components,
     * on hourly pay and (Art. 9: "also on annual pay") on full-time annual pay.
     */
    public record CategoryGap(long women, long men, Optional<BigDecimal> gap, Optional<BigDecimal> baseGap,
                              Optional<BigDecimal> variableGap, Optional<BigDecimal> annualGap,
                              Optional<BigDecimal> annualBaseGap, Optional<BigDecimal> annualVariableGap) {
    }

    /** UK Gender Pay Gap Information Regulations 2017: the six figures. */
    public record Uk(long relevantEmployees, Optional<BigDecimal> meanHourlyGap, Optional<BigDecimal> medianHourlyGap,
                     Optional<BigDecimal> meanBonusGap, Optional<BigDecimal> medianBonusGap,
                     Optional<BigDecimal> bonusProportionFemale, Optional<BigDecimal> bonusProportionMale,
                     List<QuartileBand> quartiles) {
    }

    /**
     * France from 2027 (Egapro V2): A–F on annual and hourly pay, G per category, the 5% alert on
     * gaps in either direction (|gap| ≥ 5, exact; the platform's rule since SocialGouv/egapro PR #4040). {@code alertCategories} names shown categories only; suppressed
     * ones are counted in {@code suppressedAlertCategories}; {@code alert} counts both.
     */
    public record Fr(AnnualHourly a, AnnualHourly b, AnnualHourly c, AnnualHourly d,
                     Optional<BigDecimal> eFemale, Optional<BigDecimal> eMale,
                     List<QuartileBand> fAnnual, List<QuartileBand> fHourly,
                     Map<String, Cell<CategoryComponents>> g, boolean alert, List<String> alertCategories,
                     long suppressedAlertCategories,
                     Optional<Boolean> topQuartileBalanced, String obligations) {
    }

    /** Indicator G for one category: base and variable gaps, annual and hourly. */
    public record CategoryComponents(long women, long men, Optional<BigDecimal> baseAnnual, Optional<BigDecimal> variableAnnual,
                                     Optional<BigDecimal> baseHourly, Optional<BigDecimal> variableHourly) {
    }

    /** ESRS S1 (CSRD). */
    public record Esrs(Optional<BigDecimal> genderPayGap, Optional<BigDecimal> annualTotalRemunerationRatio,
                       SexShares topManagement, AgeShares ageDistribution,
                       long female, long male, long other, long notReported,
                       long permanent, long temporary, long otherContract) {
    }

    /** Counts and % by sex (women, men, over all people in the group). */
    public record SexShares(long women, long men, long other, Optional<BigDecimal> womenPercent, Optional<BigDecimal> menPercent) {
    }

    /** Counts and % by age group: under 30, 30 to 50, over 50. */
    public record AgeShares(long under30, long from30To50, long over50, Optional<BigDecimal> under30Percent,
                            Optional<BigDecimal> from30To50Percent, Optional<BigDecimal> over50Percent) {
    }

    /** GRI 405 (2016). */
    public record Gri(SexShares governanceBySex, AgeShares governanceByAge,
                      Map<String, Cell<Diversity>> employeesByCategory,
                      Map<String, Cell<Ratios>> ratiosByCategory, Map<String, Cell<Ratios>> ratiosByLocation) {
    }

    /** GRI 405-1: one employee category's diversity. */
    public record Diversity(SexShares sex, AgeShares age) {
    }

    /** GRI 405-2: women's to men's basic salary and remuneration, two decimals; empty when a sex is absent. */
    public record Ratios(long women, long men, Optional<BigDecimal> basicSalary, Optional<BigDecimal> remuneration) {
    }
}

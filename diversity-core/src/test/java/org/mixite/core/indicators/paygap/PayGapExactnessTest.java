package org.mixite.core.indicators.paygap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * regulations.md, "Common definitions": derived hourly pay (annual pay / (weekly hours × 52 ×
 * presence)) and full-time pay are exact quotients; only the published figure is rounded, one
 * decimal, half up (12.25 → 12.3).
 */
class PayGapExactnessTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);
    private final List<EmployeeRecord> records = new ArrayList<>();

    private PayGapExactnessTest person(Sex sex, String category, String annualBase, String fte) {
        records.add(EmployeeRecord.builder("P" + records.size(), sex).birthYear(1985).category(category)
                .fte(new BigDecimal(fte)).annualBasePay(new BigDecimal(annualBase)).build());
        return this;
    }

    private PayGapReport report() {
        PayGapAccumulator acc = new PayGapAccumulator(PayGapOptions.of(YEAR).withMinCell(1));
        records.forEach(acc::add);
        return acc.result();
    }

    private static Optional<BigDecimal> dec(String v) {
        return Optional.of(new BigDecimal(v));
    }

    @Test
    @DisplayName("Common definitions, rounding: 35,100 vs 40,000 a year over 35 h × 52 → hourly gap exactly 12.25% → 12.3 "
            + "(mean and median, EU, UK and ESRS), never 12.2 from a rounded hourly rate")
    void derivedHourlyGapIsExact() {
        for (int i = 0; i < 3; i++) {
            person(Sex.FEMALE, "A", "35100", "1").person(Sex.MALE, "A", "40000", "1");
        }
        PayGapReport r = report();
        assertThat(r.eu().meanGap()).isEqualTo(dec("12.3"));
        assertThat(r.eu().medianGap()).isEqualTo(dec("12.3"));
        assertThat(r.uk().meanHourlyGap()).isEqualTo(dec("12.3"));
        assertThat(r.uk().medianHourlyGap()).isEqualTo(dec("12.3"));
        assertThat(r.esrs().genderPayGap()).isEqualTo(dec("12.3"));
        assertThat(r.eu().meanGapBoth().annual()).isEqualTo(dec("12.3"));
        assertThat(r.eu().categoryGaps().get("A").shown().orElseThrow().gap()).isEqualTo(dec("12.3"));
    }

    @Test
    @DisplayName("Common definitions, rounding: exact with mixed working times — full-timers (1,820 h) and half-timers (910 h) "
            + "at the same rates give 12.25% → 12.3, mean and median")
    void mixedWorkingTimesStayExact() {
        person(Sex.FEMALE, "A", "35100", "1").person(Sex.FEMALE, "A", "17550", "0.5").person(Sex.FEMALE, "A", "35100", "1");
        person(Sex.MALE, "A", "40000", "1").person(Sex.MALE, "A", "20000", "0.5").person(Sex.MALE, "A", "40000", "1");
        PayGapReport r = report();
        assertThat(r.eu().meanGap()).isEqualTo(dec("12.3"));
        assertThat(r.eu().medianGap()).isEqualTo(dec("12.3"));
        // Full-time equivalent annual pay: 35,100 for every woman, 40,000 for every man.
        assertThat(r.eu().meanGapBoth().annual()).isEqualTo(dec("12.3"));
        assertThat(r.eu().medianGapBoth().annual()).isEqualTo(dec("12.3"));
    }

    @Test
    @DisplayName("Art. 10: 5 women at 28,595 and 5 men at 30,100 a year → hourly gap exactly 5.000% → flagged (|gap| ≥ 5, exact)")
    void art10ExactThresholdOnDerivedPay() {
        for (int i = 0; i < 5; i++) {
            person(Sex.FEMALE, "A", "28595", "1").person(Sex.MALE, "A", "30100", "1");
        }
        PayGapReport r = report();
        assertThat(r.eu().categoriesAtOrAboveThreshold()).containsExactly("A");
        assertThat(r.eu().jointAssessmentRequired()).isTrue();
        assertThat(r.fr().alertCategories()).containsExactly("A");
    }

    @Test
    @DisplayName("France G alert: base pay 6.25% apart (women 30,000 + 6,000 variable, men 32,000 + 2,000) raises the alert "
            + "though the total gap is −5.9% (any of base/variable, annual/hourly, positive, ≥ 5)")
    void frenchAlertOnComponents() {
        for (int i = 0; i < 3; i++) {
            records.add(EmployeeRecord.builder("W" + i, Sex.FEMALE).birthYear(1985).category("A")
                    .annualBasePay(new BigDecimal("30000")).annualVariablePay(new BigDecimal("6000")).build());
            records.add(EmployeeRecord.builder("M" + i, Sex.MALE).birthYear(1985).category("A")
                    .annualBasePay(new BigDecimal("32000")).annualVariablePay(new BigDecimal("2000")).build());
        }
        PayGapReport r = report();
        assertThat(r.eu().categoryGaps().get("A").shown().orElseThrow().gap()).isEqualTo(dec("-5.9"));
        assertThat(r.fr().alert()).isTrue();
        assertThat(r.fr().alertCategories()).containsExactly("A");
    }

    @Test
    @DisplayName("Null, never 0: a man with hourly_pay only has no annual pay; the annual gaps leave him out (A annual 0.0, not −25%)")
    void missingAnnualPayIsLeftOutNotZero() {
        for (int i = 0; i < 4; i++) {
            person(Sex.FEMALE, "A", "36400", "1").person(Sex.MALE, "A", "36400", "1");
        }
        records.add(EmployeeRecord.builder("H", Sex.MALE).birthYear(1985).category("A").hourlyPay(new BigDecimal("20")).build());
        PayGapReport r = report();
        assertThat(r.fr().a().annual()).isEqualTo(dec("0.0"));
        assertThat(r.fr().a().hourly()).isEqualTo(dec("0.0"));
        assertThat(r.derivations()).containsKey("annual figures and hourly components left out: hourly_pay without annual_base_pay");
    }

    @Test
    @DisplayName("(e)/E: the share of all women (men) present who received variable pay, including those without base pay")
    void variableShareOfEveryone() {
        person(Sex.FEMALE, "A", "30000", "1").person(Sex.FEMALE, "A", "30000", "1");
        records.add(EmployeeRecord.builder("V", Sex.FEMALE).birthYear(1985).category("A")
                .annualVariablePay(new BigDecimal("1000")).build());
        person(Sex.MALE, "A", "30000", "1");
        PayGapReport r = report();
        assertThat(r.eu().variableProportionFemale()).isEqualTo(dec("33.3"));
        assertThat(r.eu().variableProportionMale()).isEqualTo(dec("0.0"));
    }

    @Test
    @DisplayName("Art. 10: records without a category are not a category of workers: never flagged")
    void noCategoryIsNotFlagged() {
        for (int i = 0; i < 3; i++) {
            records.add(EmployeeRecord.builder("W" + i, Sex.FEMALE).birthYear(1985).annualBasePay(new BigDecimal("20000")).build());
            records.add(EmployeeRecord.builder("M" + i, Sex.MALE).birthYear(1985).annualBasePay(new BigDecimal("40000")).build());
        }
        PayGapReport r = report();
        assertThat(r.eu().categoriesAtOrAboveThreshold()).isEmpty();
        assertThat(r.eu().jointAssessmentRequired()).isFalse();
        assertThat(r.fr().alert()).isFalse();
    }

    @Test
    @DisplayName("UK regulations: hourly figures and quartiles take full-pay relevant employees; nil hourly pay is left out and said")
    void ukLeavesOutNilPay() {
        for (int i = 0; i < 4; i++) {
            person(Sex.FEMALE, "A", "36400", "1").person(Sex.MALE, "A", "36400", "1");
        }
        records.add(EmployeeRecord.builder("Z", Sex.FEMALE).birthYear(1985).category("A").hourlyPay(BigDecimal.ZERO).build());
        PayGapReport r = report();
        assertThat(r.uk().meanHourlyGap()).isEqualTo(dec("0.0"));
        assertThat(r.uk().quartiles().stream().mapToLong(b -> b.women() + b.men()).sum()).isEqualTo(8);
        assertThat(r.derivations()).containsKey("UK hourly figures: employees with nil pay left out (not full-pay relevant employees)");
    }

    @Test
    @DisplayName("result() twice gives the same report (computing the quartiles never rounds the pay kept for the medians)")
    void resultIsRepeatable() {
        person(Sex.FEMALE, "A", "35100", "1").person(Sex.FEMALE, "A", "17550.33", "0.47").person(Sex.FEMALE, "A", "30001", "0.9");
        person(Sex.MALE, "A", "40000", "1").person(Sex.MALE, "A", "20000.17", "0.53").person(Sex.MALE, "A", "39999", "0.61");
        PayGapAccumulator acc = new PayGapAccumulator(PayGapOptions.of(YEAR).withMinCell(1));
        records.forEach(acc::add);
        assertThat(acc.result()).isEqualTo(acc.result());
    }
}

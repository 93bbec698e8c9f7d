package org.mixite.core.indicators.paygap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.privacy.Cell;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** regulations.md: hand-computed cases, expected values derived in the comments. */
class PayGapRulesTest {

    static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);
    private int ids;

    EmployeeRecord person(Sex sex, String category, String hourly) {
        return EmployeeRecord.builder("P" + ids++, sex).birthYear(1985).category(category)
                .hourlyPay(new BigDecimal(hourly)).annualBasePay(new BigDecimal(hourly).multiply(BigDecimal.valueOf(1820))).build();
    }

    static PayGapReport report(List<EmployeeRecord> records, int minCell) {
        PayGapAccumulator acc = new PayGapAccumulator(PayGapOptions.of(YEAR).withMinCell(minCell));
        records.forEach(acc::add);
        return acc.result();
    }

    /** 4 women (10, 12, 12, 20) and 5 men (12, 15, 25, 30, 40) per hour. */
    List<EmployeeRecord> nine() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (String pay : List.of("10", "12", "12", "20")) {
            r.add(person(Sex.FEMALE, "A", pay));
        }
        for (String pay : List.of("12", "15", "25", "30", "40")) {
            r.add(person(Sex.MALE, "A", pay));
        }
        return r;
    }

    @Test
    @DisplayName("Art. 9(1)(a) and (c): mean 13.5 vs 24.4 → 44.7%; median 12 vs 25 → 52.0%")
    void art9MeanAndMedianGap() {
        PayGapReport r = report(nine(), 1);
        assertThat(r.eu().meanGap()).hasValue(new BigDecimal("44.7"));
        assertThat(r.eu().medianGap()).hasValue(new BigDecimal("52.0"));
        assertThat(r.uk().meanHourlyGap()).hasValue(new BigDecimal("44.7"));
        assertThat(r.esrs().genderPayGap()).hasValue(new BigDecimal("44.7"));
    }

    @Test
    @DisplayName("UK Regulations 2017 reg. 13(2) / Art. 9(1)(f) quartiles, n = 9 (not divisible by 4): bands of 3, 2, 2, 2; the tie at 12 straddles bands 1 and 2")
    void quartilesWithTieAcrossBoundary() {
        // Ranked: 10F | 12F 12F 12M | 15M 20F 25M 30M 40M. Bands: positions 0-2, 3-4, 5-6, 7-8.
        // The tie block at 12 (2 women, 1 man) has 2 seats in band 1 and 1 in band 2:
        // women 2 × 2/3 = 1.33 → 1, 2 × 1/3 = 0.67 → 0, the leftover woman to the larger remainder (band 2).
        // Band 1: 10F + 1F + 1M → 66.7 / 33.3; band 2: 1F + 15M → 50 / 50; band 3: 20F, 25M; band 4: 30M, 40M.
        List<QuartileBand> bands = report(nine(), 1).eu().quartiles();
        assertThat(bands).extracting(QuartileBand::women).containsExactly(2L, 1L, 1L, 0L);
        assertThat(bands).extracting(QuartileBand::men).containsExactly(1L, 1L, 1L, 2L);
        assertThat(bands.get(0).femalePercent()).hasValue(new BigDecimal("66.7"));
        assertThat(bands.get(0).malePercent()).hasValue(new BigDecimal("33.3"));
        assertThat(bands.get(3).femalePercent()).hasValue(new BigDecimal("0.0"));
    }

    @Test
    @DisplayName("regulations.md quartile bands (UK and EU): extra people go to the lower, then upper-middle, then lower-middle band")
    void bandSizes() {
        assertThat(Quartiles.sizes(8)).containsExactly(2, 2, 2, 2);
        assertThat(Quartiles.sizes(9)).containsExactly(3, 2, 2, 2);
        assertThat(Quartiles.sizes(10)).containsExactly(3, 2, 3, 2);
        assertThat(Quartiles.sizes(11)).containsExactly(3, 3, 3, 2);
        assertThat(Quartiles.sizes(3)).containsExactly(1, 1, 1, 0);
    }

    @Test
    @DisplayName("UK Regulations 2017 bonus figures / Art. 9(1)(b),(d): no bonuses at all: bonus gaps are null, never 0; proportions are 0.0%")
    void noBonuses() {
        PayGapReport r = report(nine(), 1);
        assertThat(r.uk().meanBonusGap()).isEmpty();
        assertThat(r.uk().medianBonusGap()).isEmpty();
        assertThat(r.uk().bonusProportionFemale()).hasValue(new BigDecimal("0.0"));
        assertThat(r.eu().meanVariableGap()).isEmpty();
    }

    @Test
    @DisplayName("UK Regulations 2017 mean and median bonus gaps among receivers only: women 100, 300; men 200, 400, 600 → mean 50.0%, median 50.0%")
    void ukBonusGaps() {
        List<EmployeeRecord> r = new ArrayList<>();
        int[] women = {100, 300, 0};
        int[] men = {200, 400, 600, 0};
        for (int bonus : women) {
            r.add(person(Sex.FEMALE, "A", "20").toBuilder().bonus12m(BigDecimal.valueOf(bonus)).build());
        }
        for (int bonus : men) {
            r.add(person(Sex.MALE, "A", "20").toBuilder().bonus12m(BigDecimal.valueOf(bonus)).build());
        }
        PayGapReport report = report(r, 1);
        // means 200 vs 400 → 50.0; medians 200 vs 400 → 50.0; 2 of 3 women, 3 of 4 men received one
        assertThat(report.uk().meanBonusGap()).hasValue(new BigDecimal("50.0"));
        assertThat(report.uk().medianBonusGap()).hasValue(new BigDecimal("50.0"));
        assertThat(report.uk().bonusProportionFemale()).hasValue(new BigDecimal("66.7"));
        assertThat(report.uk().bonusProportionMale()).hasValue(new BigDecimal("75.0"));
    }

    @Test
    @DisplayName("Art. 10: a category gap of exactly 5.0% is flagged (≥); 4.95% (shown as 5.0) is not; a negative gap of −5 is flagged")
    void art10Boundary() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            r.add(person(Sex.FEMALE, "exactly5", "19"));
            r.add(person(Sex.MALE, "exactly5", "20"));
            r.add(person(Sex.FEMALE, "under5", "19.01"));
            r.add(person(Sex.MALE, "under5", "20"));
            r.add(person(Sex.FEMALE, "women", "21"));
            r.add(person(Sex.MALE, "women", "20"));
        }
        PayGapReport report = report(r, 5);
        assertThat(report.eu().categoryGaps().get("exactly5").shown().orElseThrow().gap()).hasValue(new BigDecimal("5.0"));
        assertThat(report.eu().categoryGaps().get("under5").shown().orElseThrow().gap()).hasValue(new BigDecimal("5.0"));
        assertThat(report.eu().categoryGaps().get("women").shown().orElseThrow().gap()).hasValue(new BigDecimal("-5.0"));
        assertThat(report.eu().categoriesAtOrAboveThreshold()).containsExactly("exactly5", "women");
        assertThat(report.eu().jointAssessmentRequired()).isTrue();
        // France's alert is symmetric too (frenchAlertInEitherDirection).
        assertThat(report.fr().alertCategories()).containsExactly("exactly5", "women");
    }

    @Test
    @DisplayName("regulations.md §2 alert as the platform decides it (SocialGouv/egapro gap.ts hasGapsAboveThreshold, |gap| ≥ 5 since PR #4040; "
            + "Directive Art. 10(1)(a) 'at least 5%'): a G gap of −5% (women paid more) raises France's alert, −4.99% does not")
    void frenchAlertInEitherDirection() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            r.add(person(Sex.FEMALE, "women5", "21"));
            r.add(person(Sex.MALE, "women5", "20"));
            r.add(person(Sex.FEMALE, "women499", "20.998"));
            r.add(person(Sex.MALE, "women499", "20"));
        }
        PayGapReport report = report(r, 5);
        assertThat(report.fr().alertCategories()).containsExactly("women5");
        assertThat(report.fr().alert()).isTrue();
    }

    @Test
    @DisplayName("regulations.md §2 'Who declares': the report's one-line summary says 50–99 declare A–F in triennial years only, 100+ every year from 2027 with a CSE opinion")
    void frenchObligationsSummary() {
        assertThat(PayGapAccumulator.frenchObligations(49)).isEqualTo("under 50: voluntary");
        assertThat(PayGapAccumulator.frenchObligations(50)).isEqualTo("50-99: A-F in triennial years (2027, 2030, ...), G too from 2030");
        assertThat(PayGapAccumulator.frenchObligations(120))
                .isEqualTo("100-149: A-F every year (from 2027), CSE opinion, G in triennial years from 2030");
        assertThat(PayGapAccumulator.frenchObligations(150))
                .isEqualTo("150-249: A-F every year (from 2027), CSE opinion, G in triennial years (2027, 2030, ...)");
        assertThat(PayGapAccumulator.frenchObligations(250)).isEqualTo("250+: A-F and G every year (from 2027), CSE opinion");
    }

    @Test
    @DisplayName("Art. 10: a single-sex category has a null gap and is not flagged")
    void singleSexCategory() {
        List<EmployeeRecord> r = new ArrayList<>(nine());
        for (int i = 0; i < 6; i++) {
            r.add(person(Sex.MALE, "men-only", "10"));
        }
        PayGapReport report = report(r, 1);
        // §7: with --min-cell 1 only empty cells are suppressed, and 0 women + 6 men is not empty.
        PayGapReport.CategoryGap menOnly = report.eu().categoryGaps().get("men-only").shown().orElseThrow();
        assertThat(menOnly.women()).isZero();
        assertThat(menOnly.men()).isEqualTo(6);
        assertThat(menOnly.gap()).isEmpty();
        assertThat(menOnly.baseGap()).isEmpty();
        assertThat(report.eu().categoriesAtOrAboveThreshold()).doesNotContain("men-only");
        assertThat(report.eu().suppressedCategoriesAtOrAboveThreshold()).isZero();
        assertThat(report.fr().g().get("men-only").shown().orElseThrow().baseHourly()).isEmpty();
    }

    @Test
    @DisplayName("regulations.md §7 complementary suppression: a category hidden because a sex is absent (0 F, 12 M, k = 5) hides a second one")
    void singleSexCategoryIsNotLeftDerivable() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            r.add(person(Sex.FEMALE, "A", "20"));
            r.add(person(Sex.MALE, "A", "21"));
        }
        for (int i = 0; i < 12; i++) {
            r.add(person(Sex.MALE, "B", "30"));
        }
        PayGapReport report = report(r, 5);
        // B has fewer than 5 women (none); with A shown, B would be the totals minus A (12 men and their mean pay).
        assertThat(report.eu().categoryGaps().get("B")).isInstanceOf(Cell.Suppressed.class);
        assertThat(report.eu().categoryGaps().get("A")).isInstanceOf(Cell.Suppressed.class);
        assertThat(report.fr().g().get("A")).isInstanceOf(Cell.Suppressed.class);
        assertThat(report.gri().ratiosByCategory().get("A")).isInstanceOf(Cell.Suppressed.class);
    }

    @Test
    @DisplayName("Art. 9(1)(a) common gap definition: a negative gap when women are paid more")
    void negativeGap() {
        List<EmployeeRecord> r = List.of(person(Sex.FEMALE, "A", "30"), person(Sex.MALE, "A", "20"));
        assertThat(report(r, 1).eu().meanGap()).hasValue(new BigDecimal("-50.0"));
    }

    @Test
    @DisplayName("regulations.md §7 small cells (complementary suppression): fewer than k women hides the cell and, with published totals, one more")
    void smallCells() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            r.add(person(Sex.FEMALE, "big", "20"));
            r.add(person(Sex.MALE, "big", "21"));
            r.add(person(Sex.FEMALE, "mid", "20"));
            r.add(person(Sex.MALE, "mid", "21"));
            r.add(person(Sex.MALE, "small", "21"));
        }
        r.add(person(Sex.FEMALE, "small", "20"));
        r.add(person(Sex.FEMALE, "big", "20"));
        PayGapReport report = report(r, 5);
        assertThat(report.eu().categoryGaps().get("small")).isInstanceOf(Cell.Suppressed.class);
        assertThat(report.eu().categoryGaps().get("mid")).isInstanceOf(Cell.Suppressed.class);
        assertThat(report.eu().categoryGaps().get("big")).isInstanceOf(Cell.Shown.class);
        assertThat(report.fr().g().get("small")).isInstanceOf(Cell.Suppressed.class);
        assertThat(report(r, 1).eu().categoryGaps().get("small")).isInstanceOf(Cell.Shown.class);
    }

    @Test
    @DisplayName("regulations.md common definitions, hourly pay derivation: (base + variable) / (weekly hours × 52 × presence), 35 h × fte without weekly hours")
    void hourlyDerivation() {
        EmployeeRecord weekly = EmployeeRecord.builder("W", Sex.FEMALE).birthYear(1980).weeklyHours(BigDecimal.valueOf(35))
                .annualBasePay(BigDecimal.valueOf(36_400)).build(); // 36400 / 1820 = 20.00
        EmployeeRecord partTime = EmployeeRecord.builder("M", Sex.MALE).birthYear(1980).fte(new BigDecimal("0.5"))
                .annualBasePay(BigDecimal.valueOf(20_020)).build(); // 20020 / (17.5 × 52) = 22.00
        PayGapReport r = report(List.of(weekly, partTime), 1);
        // (22 − 20) / 22 = 9.0909… → 9.1
        assertThat(r.eu().meanGap()).hasValue(new BigDecimal("9.1"));
        assertThat(r.derivations()).containsEntry("hourly pay derived from annual pay / (weekly_hours × 52 × presence)", 1L)
                .containsEntry("hourly pay derived from annual pay / (35 h × fte × 52 × presence)", 1L);
    }

    @Test
    @DisplayName("regulations.md common definitions, sex X or unknown: counted in headcounts, left out of gaps, reported")
    void unknownSexLeftOut() {
        List<EmployeeRecord> r = new ArrayList<>(nine());
        r.add(EmployeeRecord.builder("X1", Sex.OTHER).birthYear(1990).hourlyPay(BigDecimal.TEN).build());
        r.add(EmployeeRecord.builder("U1", Sex.UNKNOWN).birthYear(1990).hourlyPay(BigDecimal.TEN).build());
        PayGapReport report = report(r, 1);
        assertThat(report.unknownSex()).isEqualTo(2);
        assertThat(report.eu().meanGap()).hasValue(new BigDecimal("44.7"));
        assertThat(report.esrs().other()).isEqualTo(1);
        assertThat(report.esrs().notReported()).isEqualTo(1);
    }

    @Test
    @DisplayName("regulations.md common definitions: no women at all, every gap is null, never 0")
    void noWomen() {
        PayGapReport r = report(List.of(person(Sex.MALE, "A", "20")), 1);
        assertThat(r.eu().meanGap()).isEmpty();
        assertThat(r.eu().medianGap()).isEmpty();
        assertThat(r.uk().meanHourlyGap()).isEmpty();
    }

    @Test
    @DisplayName("UK Regulations 2017 relevant employees: employed on the snapshot date")
    void ukSnapshot() {
        List<EmployeeRecord> r = new ArrayList<>(nine());
        r.add(person(Sex.FEMALE, "A", "100").toBuilder().exitDate(LocalDate.of(2025, 3, 1)).build());
        PayGapAccumulator acc = new PayGapAccumulator(PayGapOptions.of(YEAR).withMinCell(1).withSnapshot(LocalDate.of(2025, 4, 5)));
        r.forEach(acc::add);
        PayGapReport report = acc.result();
        assertThat(report.uk().relevantEmployees()).isEqualTo(9);
        assertThat(report.uk().meanHourlyGap()).hasValue(new BigDecimal("44.7"));
    }

    @Test
    @DisplayName("ESRS S1-16: highest total remuneration / median of all the others")
    void remunerationRatio() {
        // annual base = hourly × 1820: others' median of 12,12,12,15,20,25,30 → 15 × 1820; highest 40 × 1820 → 2.67
        Optional<BigDecimal> ratio = report(nine().subList(1, 9), 1).esrs().annualTotalRemunerationRatio();
        assertThat(ratio).hasValue(new BigDecimal("2.67"));
    }
    @Test
    @DisplayName("Art. 10 and Egapro V2 alert with small cells: a suppressed flagged category is counted, never named; the flag still holds")
    void art10_suppressedFlaggedCategoryIsCountedNotNamed() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            r.add(person(Sex.FEMALE, "big", "18")); // big: 18 vs 20 → (20 − 18) / 20 = 10.0%
            r.add(person(Sex.MALE, "big", "20"));
            r.add(person(Sex.MALE, "small", "20"));
        }
        for (int i = 0; i < 5; i++) {
            r.add(person(Sex.FEMALE, "mid", "20")); // mid: 20 vs 20 → 0.0%, 10 people
            r.add(person(Sex.MALE, "mid", "20"));
        }
        r.add(person(Sex.FEMALE, "small", "16")); // small: 1 woman, 16 vs 20 → 20.0%
        // k = 5: "small" (1 woman) is suppressed; its complement is the smallest other cell, "mid" (10 < 12).
        PayGapReport hidden = report(r, 5);
        assertThat(hidden.eu().categoryGaps().get("small")).isInstanceOf(Cell.Suppressed.class);
        assertThat(hidden.eu().categoryGaps().get("mid")).isInstanceOf(Cell.Suppressed.class);
        assertThat(hidden.eu().categoriesAtOrAboveThreshold()).containsExactly("big");
        assertThat(hidden.eu().suppressedCategoriesAtOrAboveThreshold()).isEqualTo(1);
        assertThat(hidden.eu().jointAssessmentRequired()).isTrue();
        assertThat(hidden.fr().alertCategories()).containsExactly("big");
        assertThat(hidden.fr().suppressedAlertCategories()).isEqualTo(1);
        // k = 1 (reviewers): every category shown and named.
        PayGapReport open = report(r, 1);
        assertThat(open.eu().categoriesAtOrAboveThreshold()).containsExactly("big", "small");
        assertThat(open.eu().suppressedCategoriesAtOrAboveThreshold()).isZero();
        assertThat(open.eu().categoryGaps().get("small").shown().orElseThrow().gap()).hasValue(new BigDecimal("20.0"));
    }

    @Test
    @DisplayName("Art. 10: only a suppressed category over the threshold still requires the joint pay assessment")
    void art10_jointAssessmentFromSuppressedCategoryOnly() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            r.add(person(Sex.FEMALE, "a", "20"));
            r.add(person(Sex.MALE, "a", "20"));
            r.add(person(Sex.FEMALE, "b", "20"));
            r.add(person(Sex.MALE, "b", "20"));
        }
        r.add(person(Sex.FEMALE, "c", "10")); // c: 10 vs 20 → 50.0%, 1 woman: suppressed
        r.add(person(Sex.MALE, "c", "20"));
        PayGapReport report = report(r, 5);
        assertThat(report.eu().categoriesAtOrAboveThreshold()).isEmpty();
        assertThat(report.eu().suppressedCategoriesAtOrAboveThreshold()).isEqualTo(1);
        assertThat(report.eu().jointAssessmentRequired()).isTrue();
        assertThat(report.fr().alert()).isTrue();
    }

    @Test
    @DisplayName("derivations are reported: UK bonus from annual_variable_pay even when 0; Art. 9(1)(g)/G hourly components when hourly_pay is given")
    void derivationsReported() {
        // nine(): 9 people, hourly_pay given, no bonus_12m, all employed on the snapshot.
        PayGapReport r = report(nine(), 1);
        assertThat(r.derivations())
                .containsEntry("UK bonus from annual_variable_pay (no bonus_12m)", 9L)
                .containsEntry("hourly base and variable components (Art. 9(1)(g), G) derived from annual pay / hours: hourly_pay has no split", 9L);
        List<EmployeeRecord> withBonus = nine().stream().map(e -> e.toBuilder().bonus12m(BigDecimal.ZERO).build()).toList();
        assertThat(report(withBonus, 1).derivations()).doesNotContainKey("UK bonus from annual_variable_pay (no bonus_12m)");
    }

    @Test
    @DisplayName("ESRS S1-16 remuneration ratio: a person without any annual amount is left out, not counted as 0")
    void esrsS1_16_ratioLeavesOutUnknownRemuneration() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int pay : new int[] {10_000, 20_000, 60_000}) {
            r.add(EmployeeRecord.builder("A" + pay, Sex.FEMALE).birthYear(1980).annualBasePay(BigDecimal.valueOf(pay)).build());
        }
        r.add(EmployeeRecord.builder("H", Sex.MALE).birthYear(1980).hourlyPay(BigDecimal.TEN).build());
        // 60000 / median(10000, 20000) = 60000 / 15000 = 4.00 (with H as 0: 60000 / 10000 = 6.00)
        assertThat(report(r, 1).esrs().annualTotalRemunerationRatio()).hasValue(new BigDecimal("4.00"));
    }
    @Test
    @DisplayName("UK Regulations 2017 reg. 13(2) quartiles: a tie block across all four bands, largest remainder with ties toward the lower band")
    void ukRegulations2017_quartiles_tieBlockAcrossFourBands() {
        // n = 8, bands of 2. Ranked: 10M | 20 × 6 (4F, 2M) | 30M. The block holds positions 1–6:
        // seats 1, 2, 2, 1. Women 4 × seats / 6 = 0.67, 1.33, 1.33, 0.67 → floors 0, 1, 1, 0 (remainders 4, 2, 2, 4 sixths);
        // 2 women left: band 1 (remainder 4, lower first), then band 4 (remainder 4). Women 1, 1, 1, 1.
        // Men: band 1: 10M; band 2: 1 of the block; band 3: 1 of the block; band 4: 30M → every band 50.0 / 50.0.
        List<EmployeeRecord> r = new ArrayList<>();
        r.add(person(Sex.MALE, "A", "10"));
        r.add(person(Sex.MALE, "A", "30"));
        for (int i = 0; i < 4; i++) {
            r.add(person(Sex.FEMALE, "A", "20"));
        }
        r.add(person(Sex.MALE, "A", "20"));
        r.add(person(Sex.MALE, "A", "20"));
        List<QuartileBand> bands = report(r, 1).uk().quartiles();
        assertThat(bands).extracting(QuartileBand::women).containsExactly(1L, 1L, 1L, 1L);
        assertThat(bands).extracting(QuartileBand::men).containsExactly(1L, 1L, 1L, 1L);
        assertThat(bands).allSatisfy(b -> assertThat(b.femalePercent()).hasValue(new BigDecimal("50.0")));
    }
}

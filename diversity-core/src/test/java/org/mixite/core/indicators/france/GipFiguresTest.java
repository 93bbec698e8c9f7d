package org.mixite.core.indicators.france;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.paygap.PayGapAccumulator;
import org.mixite.core.indicators.paygap.PayGapOptions;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** regulations.md §2, the GIP-MDS figures A–F of a company, checked by hand. */
class GipFiguresTest {

    static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2026);

    static EmployeeRecord pay(String id, Sex sex, String base, String variable) {
        EmployeeRecord.Builder b = EmployeeRecord.builder(id, sex).company("123456789").annualBasePay(new BigDecimal(base));
        if (!variable.isEmpty()) {
            b.annualVariablePay(new BigDecimal(variable));
        }
        return b.build();
    }

    static final List<EmployeeRecord> FOUR = List.of(pay("w1", Sex.FEMALE, "20000", ""), pay("w2", Sex.FEMALE, "28000", "2000"),
            pay("m1", Sex.MALE, "30000", ""), pay("m2", Sex.MALE, "45000", "5000"));

    @Test
    @DisplayName("regulations.md §2 A and C: means and medians to 2 decimals, _ecart = (men − women) / men to 4 decimals; counts; E over those with annual pay")
    void meansMediansAndGaps() {
        GipFigures f = GipCalculator.company("123456789", FOUR, YEAR, PayBasis.FULL_TIME_EQUIVALENT);
        assertThat(f.get(GipColumn.EFFECTIF_RCD)).contains(new BigDecimal("4.00"));
        assertThat(f.get(GipColumn.COUNT_ANNUAL_WOMEN)).contains(BigDecimal.valueOf(2));
        assertThat(f.get(GipColumn.MEAN_ANNUAL_WOMEN)).contains(new BigDecimal("25000.00"));
        assertThat(f.get(GipColumn.MEAN_ANNUAL_MEN)).contains(new BigDecimal("40000.00"));
        assertThat(f.get(GipColumn.MEAN_ANNUAL_GAP)).contains(new BigDecimal("0.3750"));
        assertThat(f.get(GipColumn.MEDIAN_ANNUAL_GAP)).contains(new BigDecimal("0.3750"));
        // hourly: 35 h × 52 = 1820 h a year; women 20000/1820 = 10.989…, 30000/1820 = 16.483…
        assertThat(f.get(GipColumn.MEAN_HOURLY_WOMEN)).contains(new BigDecimal("13.74"));
        // B, D: among recipients only (one woman 2000, one man 5000)
        assertThat(f.get(GipColumn.COUNT_VARIABLE_WOMEN)).contains(BigDecimal.ONE);
        assertThat(f.get(GipColumn.MEAN_VARIABLE_ANNUAL_GAP)).contains(new BigDecimal("0.6000"));
        assertThat(f.get(GipColumn.VARIABLE_SHARE_WOMEN)).contains(new BigDecimal("0.5000"));
    }

    @Test
    @DisplayName("regulations.md quartile bands and §2 F: Seuil_Qk is the highest pay in band k; a tie across bands 2 and 3 puts its woman in the lower band (UK reg. 13(2))")
    void quartiles() {
        // annual: 20000 F, 30000 F, 30000 M, 50000 M → bands of 1; the 30000 tie block spans bands 2 and 3
        GipFigures f = GipCalculator.company("123456789", FOUR, YEAR, PayBasis.FULL_TIME_EQUIVALENT);
        assertThat(List.of(f.get(GipColumn.Q1_THRESHOLD_ANNUAL), f.get(GipColumn.Q2_THRESHOLD_ANNUAL), f.get(GipColumn.Q3_THRESHOLD_ANNUAL)))
                .containsExactly(Optional.of(new BigDecimal("20000.00")), Optional.of(new BigDecimal("30000.00")), Optional.of(new BigDecimal("30000.00")));
        assertThat(List.of(f.get(GipColumn.Q1_ANNUAL_SHARE_WOMEN), f.get(GipColumn.Q2_ANNUAL_SHARE_WOMEN), f.get(GipColumn.Q3_ANNUAL_SHARE_WOMEN),
                f.get(GipColumn.Q4_ANNUAL_SHARE_WOMEN))).extracting(o -> o.orElseThrow().toPlainString())
                .containsExactly("1.0000", "1.0000", "0.0000", "0.0000");
        assertThat(f.get(GipColumn.Q3_ANNUAL_SHARE_MEN)).contains(new BigDecimal("1.0000"));
    }

    @Test
    @DisplayName("GIP-MDS convention (SocialGouv/egapro variablePay.ts, its edge-case GIP fixture 45 / 80 = 0,5625): Proportion_variable_F = "
            + "Effectif_F_rem_annuelle_variable / Effectif_F_rem_annuelle_globale; people without annual pay are in neither")
    void variableShareOverTheAnnualCount() {
        List<EmployeeRecord> records = new java.util.ArrayList<>(FOUR);
        // two women paid by the hour only (no annual pay), one of them with a variable amount
        records.add(EmployeeRecord.builder("w3", Sex.FEMALE).company("123456789").hourlyPay(new BigDecimal("15")).build());
        records.add(EmployeeRecord.builder("w4", Sex.FEMALE).company("123456789").hourlyPay(new BigDecimal("12"))
                .annualVariablePay(new BigDecimal("1000")).build());
        GipFigures f = GipCalculator.company("123456789", records, YEAR, PayBasis.FULL_TIME_EQUIVALENT);
        assertThat(f.get(GipColumn.COUNT_ANNUAL_WOMEN)).contains(BigDecimal.valueOf(2));
        assertThat(f.get(GipColumn.COUNT_VARIABLE_WOMEN)).contains(BigDecimal.ONE);
        assertThat(f.get(GipColumn.VARIABLE_SHARE_WOMEN)).contains(new BigDecimal("0.5000"));
        assertThat(f.get(GipColumn.MEAN_VARIABLE_ANNUAL_WOMEN)).contains(new BigDecimal("2000.00"));
        assertThat(f.get(GipColumn.COUNT_HOURLY_WOMEN)).contains(BigDecimal.valueOf(4));
    }

    @Test
    @DisplayName("regulations.md §2 'An empty field means no data': no women → every women's figure and every gap empty, never 0")
    void emptyWhenNotComputable() {
        GipFigures f = GipCalculator.company("", List.of(pay("m1", Sex.MALE, "30000", "")), YEAR, PayBasis.ACTUAL);
        assertThat(f.get(GipColumn.MEAN_ANNUAL_WOMEN)).isEmpty();
        assertThat(f.get(GipColumn.MEAN_ANNUAL_GAP)).isEmpty();
        assertThat(f.get(GipColumn.MEAN_VARIABLE_ANNUAL_MEN)).isEmpty();
        assertThat(f.get(GipColumn.VARIABLE_SHARE_WOMEN)).isEmpty();
        assertThat(f.get(GipColumn.COUNT_ANNUAL_WOMEN)).contains(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("PayBasis: actual pay vs full-time equivalent (pay / fte / presence) for a half-time, half-year woman")
    void basis() {
        EmployeeRecord half = EmployeeRecord.builder("w", Sex.FEMALE).fte(new BigDecimal("0.5")).hireDate(LocalDate.of(2026, 7, 2))
                .annualBasePay(new BigDecimal("10000")).build();
        // present 183 of 365 days: 10000 × 365 / (0.5 × 183) = 39890.71
        assertThat(GipCalculator.company("", List.of(half), YEAR, PayBasis.FULL_TIME_EQUIVALENT).get(GipColumn.MEAN_ANNUAL_WOMEN))
                .contains(new BigDecimal("39890.71"));
        assertThat(GipCalculator.company("", List.of(half), YEAR, PayBasis.ACTUAL).get(GipColumn.MEAN_ANNUAL_WOMEN))
                .contains(new BigDecimal("10000.00"));
    }

    @Test
    @DisplayName("the GIP's A (full-time equivalent) is the fr block's A annual: ecart × 100 rounded to one decimal")
    void sameAsFrBlock() {
        PayGapAccumulator acc = new PayGapAccumulator(PayGapOptions.of(YEAR));
        FOUR.forEach(acc::add);
        PayGapReport.Fr fr = acc.result().fr();
        GipFigures f = GipCalculator.company("123456789", FOUR, YEAR, PayBasis.FULL_TIME_EQUIVALENT);
        assertThat(f.get(GipColumn.MEAN_ANNUAL_GAP).orElseThrow().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo(fr.a().annual().orElseThrow());
        assertThat(f.get(GipColumn.MEAN_HOURLY_GAP).orElseThrow().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo(fr.a().hourly().orElseThrow());
    }

    @Test
    @DisplayName("records without a SIREN form one row (SIREN empty); each SIREN its own")
    void bySiren() {
        Map<String, GipFigures> rows = GipCalculator.compute(List.of(FOUR.get(0), EmployeeRecord.builder("x", Sex.MALE).build()), YEAR, PayBasis.ACTUAL);
        assertThat(rows.keySet()).containsExactly("", "123456789");
    }
}

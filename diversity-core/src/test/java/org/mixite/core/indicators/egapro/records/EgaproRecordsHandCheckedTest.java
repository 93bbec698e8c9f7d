package org.mixite.core.indicators.egapro.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.egapro.AgeBand;
import org.mixite.core.indicators.egapro.Csp;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.EgaproResult;
import org.mixite.core.indicators.egapro.Favorable;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.Tranche;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * egapro.md §2 on a 1,000-employee company built here, whose aggregates are worked out by hand
 * below, not read from the code.
 *
 * <p>Period 2025-01-01..2025-12-31 (365 days). 960 people count: for each CSP (ic, tam, emp, ouv,
 * generated in that order) and each age band, 60 people alternating F, M, F, M… (30 each). Within
 * one sex of one group, person j (0..29) is paid the same full-time full-year P in four ways:
 * j 0-9 base P; j 10-17 fte 0.5 and base P/2; j 18-24 base P−1000 + variable 1000 + excluded 5000;
 * j 25-29 days_present 219 and base 0.6 P (× 365/219 = P). Men's P: ouv 25000, emp 30000,
 * tam 40000, ic 60000; women's: 0.92 × that (23000, 27600, 36800) except ic, 60000.
 * 40 more do not count: 20 apprentices, 10 temporary workers, 10 who left on 2025-03-31 (90 days),
 * all paid 999999 so that they would top indicator 5 if counted.
 */
class EgaproRecordsHandCheckedTest {

    static final ReferencePeriod PERIOD = ReferencePeriod.calendarYear(2025);
    static final Map<Csp, Integer> MEN_PAY = Map.of(Csp.OUV, 25000, Csp.EMP, 30000, Csp.TAM, 40000, Csp.IC, 60000);
    static final Map<Csp, Integer> WOMEN_PAY = Map.of(Csp.OUV, 23000, Csp.EMP, 27600, Csp.TAM, 36800, Csp.IC, 60000);

    static List<EmployeeRecord> company() {
        List<EmployeeRecord> records = new ArrayList<>();
        int id = 0;
        for (Csp csp : List.of(Csp.IC, Csp.TAM, Csp.EMP, Csp.OUV)) {
            int[] indexInCsp = new int[2]; // per sex, 0..119
            for (AgeBand band : AgeBand.values()) {
                for (int i = 0; i < 60; i++) {
                    boolean woman = i % 2 == 0;
                    int j = i / 2;
                    int k = indexInCsp[woman ? 0 : 1]++;
                    BigDecimal p = BigDecimal.valueOf(woman ? WOMEN_PAY.get(csp) : MEN_PAY.get(csp));
                    var b = EmployeeRecord.builder(String.format("E%04d", ++id), woman ? Sex.FEMALE : Sex.MALE)
                            .category(csp.code());
                    birth(b, band, j);
                    if (j < 10) {
                        b.annualBasePay(p);
                    } else if (j < 18) {
                        b.fte(new BigDecimal("0.5")).annualBasePay(p.divide(BigDecimal.valueOf(2)));
                    } else if (j < 25) {
                        b.annualBasePay(p.subtract(BigDecimal.valueOf(1000))).annualVariablePay(BigDecimal.valueOf(1000))
                                .annualExcludedPay(BigDecimal.valueOf(5000));
                    } else {
                        b.daysPresent(219).annualBasePay(p.multiply(new BigDecimal("0.6")));
                    }
                    // raises: ouv women 60 of 120, ouv men 66 of 120, every other CSP 60 of 120
                    b.raised(k < (csp == Csp.OUV && !woman ? 66 : 60));
                    // promotions: ic only, women 24 of 120 (20%), men 12 of 120 (10%)
                    b.promoted(csp == Csp.IC && k < (woman ? 24 : 12));
                    // maternity: 6 women of emp 30-39 returned, all raised
                    if (woman && csp == Csp.EMP && band == AgeBand.FROM_30_TO_39 && j < 6) {
                        b.maternityReturn(true).raisedAfterMaternity(true);
                    }
                    records.add(b.build());
                }
            }
        }
        BigDecimal top = BigDecimal.valueOf(999999);
        for (int i = 0; i < 40; i++) {
            var b = EmployeeRecord.builder(String.format("E%04d", ++id), i % 2 == 0 ? Sex.FEMALE : Sex.MALE)
                    .category("ic").birthYear(1990).annualBasePay(top);
            if (i < 20) {
                b.contract(ContractType.APPRENTICE).maternityReturn(i % 2 == 0);
            } else if (i < 30) {
                b.contract(ContractType.TEMPORARY);
            } else {
                b.hireDate(LocalDate.of(2020, 1, 1)).exitDate(LocalDate.of(2025, 3, 31));
            }
            records.add(b.build());
        }
        return records;
    }

    /** Ages on 2025-12-31; j = 0 sits on a band boundary. */
    static void birth(EmployeeRecord.Builder b, AgeBand band, int j) {
        switch (band) {
            case UNDER_30 -> b.birthDate(j == 0 ? LocalDate.of(1996, 1, 1) : LocalDate.of(2000, 6, 15)); // 29 | 25
            case FROM_30_TO_39 -> {
                if (j == 0) {
                    b.birthDate(LocalDate.of(1995, 12, 31)); // 30 on the last day
                } else {
                    b.birthYear(1990); // 2025 − 1990 = 35
                }
            }
            case FROM_40_TO_49 -> {
                if (j == 0) {
                    b.birthDate(LocalDate.of(1976, 1, 1)); // 49
                } else {
                    b.birthYear(1980); // 45
                }
            }
            case FROM_50 -> b.birthDate(j == 0 ? LocalDate.of(1975, 12, 31) : LocalDate.of(1970, 5, 5)); // 50 | 55
        }
    }

    static EgaproAggregation aggregate(List<EmployeeRecord> records) {
        EgaproAccumulator acc = new EgaproAccumulator(PERIOD, Modalite.CSP);
        records.forEach(acc::add);
        return acc.aggregate();
    }

    @Test
    @DisplayName("§2 who counts: 1000 read, 30 excluded by contract, 10 by presence, 960 counted → band 251-999")
    void whoCounts() {
        assertThat(company()).hasSize(1000);
        EgaproAggregation a = aggregate(company());
        assertThat(a.summary()).isEqualTo(new AggregationSummary(1000, 960, 30, 10, 0, 0, 0, 0));
        assertThat(a.input().tranche()).isEqualTo(Tranche.FROM_251_TO_999);
    }

    @Test
    @DisplayName("§2 pay, CSP and age band: 16 groups of 30 women and 30 men at the hand-set averages")
    void payGroups() {
        EgaproInput input = aggregate(company()).input();
        assertThat(input.remunerations()).hasSize(16);
        for (EgaproInput.PayGroup g : input.remunerations()) {
            Csp csp = Csp.ofCode(g.categorie()).orElseThrow();
            assertThat(g.femmes()).as(g.toString()).isEqualTo(30);
            assertThat(g.hommes()).as(g.toString()).isEqualTo(30);
            assertThat(g.remunerationMoyenneFemmes().orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(WOMEN_PAY.get(csp)));
            assertThat(g.remunerationMoyenneHommes().orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(MEN_PAY.get(csp)));
        }
        assertThat(input.remunerations()).extracting(EgaproInput.PayGroup::categorie)
                .startsWith("ouv", "ouv", "ouv", "ouv", "emp");
    }

    @Test
    @DisplayName("§2 raises, promotions, maternity returns and top 10 (ties broken by id) as hand-counted")
    void flowsAndTopTen() {
        EgaproInput input = aggregate(company()).input();
        var raises = input.augmentations().declared().orElseThrow();
        // ouv: women 60/120 = 50%, men 66/120 = 55%; others 50% each
        assertThat(raises.get(0).categorie()).isEqualTo(Csp.OUV);
        assertThat(raises.get(0).tauxFemmes().orElseThrow()).isEqualByComparingTo("50");
        assertThat(raises.get(0).tauxHommes().orElseThrow()).isEqualByComparingTo("55");
        assertThat(raises.get(3).tauxHommes().orElseThrow()).isEqualByComparingTo("50");
        var promotions = input.promotions().declared().orElseThrow();
        assertThat(promotions.get(3).categorie()).isEqualTo(Csp.IC);
        assertThat(promotions.get(3).tauxFemmes().orElseThrow()).isEqualByComparingTo("20");
        assertThat(promotions.get(3).tauxHommes().orElseThrow()).isEqualByComparingTo("10");
        assertThat(promotions.get(3).femmes()).isEqualTo(120);
        // the apprentice women's maternity returns do not count
        assertThat(input.congesMaternite().declared().orElseThrow()).isEqualTo(new EgaproInput.MaternityReturns(6, 6));
        // 240 ic people tie at 60000; the 10 smallest ids, E0001..E0010, alternate F, M: 5 and 5.
        // The 999999 earners do not count.
        assertThat(input.hautesRemunerations()).isEqualTo(new EgaproInput.TopEarners(5, 5));
    }

    @Test
    @DisplayName("§3 the index of the 1,000-employee company: 37 + 20 + 15 (correction) + 15 + 10 = 97")
    void index() {
        EgaproResult r = EgaproCalculator.compute(aggregate(company()).input());
        // indicator 1: ouv, emp, tam gaps 8% → 3 after threshold, ic 0; weighted 3 × 720/960 = 2.25 → 2.3 → 37
        var pay = r.remunerations().computed().orElseThrow();
        assertThat(pay.ecart()).isEqualByComparingTo("2.3");
        assertThat(pay.note()).isEqualTo(37);
        assertThat(pay.favorable()).isEqualTo(Favorable.HOMMES);
        // raises: ouv gap 5 × 240/960 = 1.25 → 1.3 → 20, favours men like indicator 1: no correction
        var raises = r.augmentations().orElseThrow().computed().orElseThrow();
        assertThat(raises.ecart()).isEqualByComparingTo("1.3");
        assertThat(raises.note()).isEqualTo(20);
        assertThat(raises.correction()).isFalse();
        // promotions: ic gap 10 − 20 = −10 × 240/960 = −2.5 → 2.5 → table 10, favours women → corrected to 15
        var promotions = r.promotions().orElseThrow().computed().orElseThrow();
        assertThat(promotions.ecart()).isEqualByComparingTo("2.5");
        assertThat(promotions.favorable()).isEqualTo(Favorable.FEMMES);
        assertThat(promotions.tableNote()).isEqualTo(10);
        assertThat(promotions.note()).isEqualTo(15);
        assertThat(promotions.correction()).isTrue();
        assertThat(r.congesMaternite().points()).isEqualTo(15);
        assertThat(r.hautesRemunerations().computed().orElseThrow().favorable()).isEqualTo(Favorable.EGALITE);
        assertThat(r.points()).isEqualTo(97);
        assertThat(r.pointsMax()).isEqualTo(100);
        assertThat(r.index()).contains(97);
    }

    @Test
    @DisplayName("§4 --tranche overrides the band: as 50-250, 2et3 counts raised or promoted")
    void trancheOverride() {
        EgaproAccumulator acc = new EgaproAccumulator(PERIOD, Modalite.CSP);
        company().forEach(acc::add);
        EgaproInput input = acc.aggregate(Tranche.FROM_50_TO_250).input();
        // women raised 4 × 60 = 240 (the 24 promoted ic women are among them); men 66 + 3 × 60 = 246
        assertThat(input.augmentationsEtPromotions().declared().orElseThrow())
                .isEqualTo(new EgaproInput.RaisesAndPromotions(480, 480, 240, 246));
        EgaproResult r = EgaproCalculator.compute(input);
        // raw = 6/480 = 0.0125 → 1.25 → 1.3 → 35; × 480 = 6.0 → 15; note 35
        var both = r.augmentationsEtPromotions().orElseThrow().computed().orElseThrow();
        assertThat(both.ecart()).isEqualByComparingTo("1.3");
        assertThat(both.ecartNombre()).isEqualByComparingTo("6.0");
        assertThat(both.note()).isEqualTo(35);
        assertThat(r.index()).contains(97);
        assertThat(acc.aggregate(Tranche.FROM_1000).input().tranche()).isEqualTo(Tranche.FROM_1000);
    }
}

package org.mixite.core.indicators.egapro;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * egapro.md §2, "Who counts", on a 1,000-employee company whose aggregates are derived by hand
 * below, then the index from them.
 */
class EgaproFromRecordsTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);
    private static final String[] CSPS = {"ouv", "emp", "tam", "ic"};
    /** Birth years giving ages 25, 35, 45, 55 on 2025-12-31: one per age band. */
    private static final int[] BIRTH_YEARS = {2000, 1990, 1980, 1970};
    private static final int[][] PAY = {{25_000, 25_000}, {29_400, 30_000}, {36_000, 40_000}, {54_000, 60_000}}; // women, men

    /**
     * 16 groups (4 CSP × 4 age bands) of 30 women and 32 men = 992 counted, plus 8 left out:
     * 4 apprentices, 2 interns, 2 hired on 2025-10-01 (92 days present).
     */
    static List<EmployeeRecord> company() {
        List<EmployeeRecord> records = new ArrayList<>();
        int id = 0;
        for (int c = 0; c < 4; c++) {
            int womenRaised = 0;
            int menRaised = 0;
            int womenPromoted = 0;
            int menPromoted = 0;
            for (int a = 0; a < 4; a++) {
                for (int i = 0; i < 62; i++) {
                    boolean woman = i < 30;
                    EmployeeRecord.Builder b = EmployeeRecord.builder(String.format("E%04d", id++), woman ? Sex.FEMALE : Sex.MALE)
                            .birthYear(BIRTH_YEARS[a]).category(CSPS[c])
                            .annualBasePay(BigDecimal.valueOf(PAY[c][woman ? 0 : 1]));
                    // Raises: 60 of 120 women in every CSP; 64 of 128 men, 96 of 128 in ic.
                    if (woman && womenRaised < 60) {
                        b.raised(true);
                        womenRaised++;
                    } else if (!woman && menRaised < (c == 3 ? 96 : 64)) {
                        b.raised(true);
                        menRaised++;
                    }
                    // Promotions: 12 of 120 women (10%), 16 of 128 men (12.5%) in every CSP.
                    if (woman && womenPromoted < 12) {
                        b.promoted(true);
                        womenPromoted++;
                    } else if (!woman && menPromoted < 16) {
                        b.promoted(true);
                        menPromoted++;
                    }
                    // Maternity: 5 ouv women came back, all raised on return.
                    if (woman && c == 0 && a == 1 && i < 5) {
                        b.maternityReturn(true).raisedAfterMaternity(true);
                    }
                    records.add(b.build());
                }
            }
        }
        for (int i = 0; i < 4; i++) {
            records.add(EmployeeRecord.builder("A" + i, Sex.FEMALE).birthYear(2005).category("ouv")
                    .contract(ContractType.APPRENTICE).annualBasePay(BigDecimal.valueOf(12_000)).build());
        }
        for (int i = 0; i < 2; i++) {
            records.add(EmployeeRecord.builder("S" + i, Sex.MALE).birthYear(2003).category("tam")
                    .contract(ContractType.INTERN).annualBasePay(BigDecimal.valueOf(8_000)).build());
        }
        for (int i = 0; i < 2; i++) {
            records.add(EmployeeRecord.builder("N" + i, Sex.MALE).birthYear(1990).category("ic")
                    .hireDate(LocalDate.of(2025, 10, 1)).annualBasePay(BigDecimal.valueOf(20_000)).build());
        }
        return records;
    }

    private static EgaproAggregator aggregate(List<EmployeeRecord> records) {
        EgaproAggregator aggregator = new EgaproAggregator(YEAR, Modalite.CSP);
        records.forEach(aggregator::add);
        return aggregator;
    }

    @Test
    @DisplayName("1,000 employees: the aggregates and the index, checked by hand")
    void thousandEmployees() {
        List<EmployeeRecord> records = company();
        assertThat(records).hasSize(1000);
        EgaproAggregator aggregator = aggregate(records);
        EgaproInput input = aggregator.aggregate(Optional.empty());

        // Who counts: 1000 − 4 apprentices − 2 interns − 2 present 92 days = 992 → band 251-999.
        assertThat(aggregator.counted()).isEqualTo(992);
        assertThat(aggregator.excluded()).containsEntry("contract apprentice", 4L).containsEntry("contract intern", 2L)
                .containsEntry("present less than 6 months (183 days)", 2L);
        assertThat(input.tranche()).isEqualTo(Tranche.FROM_251_TO_999);

        // Indicator 1: 16 groups of 30 women and 32 men, averages as paid.
        assertThat(input.remunerations()).hasSize(16).allSatisfy(g -> {
            assertThat(g.femmes()).isEqualTo(30);
            assertThat(g.hommes()).isEqualTo(32);
        });
        EgaproInput.PayGroup icYoung = input.remunerations().get(12);
        assertThat(icYoung.categorie()).isEqualTo("ic");
        assertThat(icYoung.trancheAge()).isEqualTo(AgeBand.UNDER_30);
        assertThat(icYoung.remunerationMoyenneFemmes()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("54000"));
        assertThat(icYoung.remunerationMoyenneHommes()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("60000"));

        // Indicators 2 and 3 per CSP: 120 women, 128 men.
        List<EgaproInput.RateGroup> raises = input.augmentations().orElseThrow();
        assertThat(raises).extracting(EgaproInput.RateGroup::femmes).containsOnly(120);
        assertThat(raises).extracting(EgaproInput.RateGroup::hommes).containsOnly(128);
        assertThat(raises.get(3).tauxFemmes()).isEqualByComparingTo("50");
        assertThat(raises.get(3).tauxHommes()).isEqualByComparingTo("75");
        assertThat(input.promotions().orElseThrow().get(0).tauxHommes()).isEqualByComparingTo("12.5");
        assertThat(input.congesMaternite()).hasValue(new EgaproInput.MaternityReturns(5, 5));
        // Top 10: the highest pay is ic men's 60,000; ties broken by id → 10 men.
        assertThat(input.hautesRemunerations()).isEqualTo(new EgaproInput.TopEarners(0, 10));

        EgaproResult result = EgaproCalculator.compute(input);
        // 1: gaps ouv 0, emp 2 → 0 after threshold, tam 10 → 5, ic 10 → 5; equal weights: (5 × 4 + 5 × 4) / 16 = 2.5 → 37.
        assertThat(result.remunerations().value().orElseThrow().ecart()).isEqualByComparingTo("2.5");
        assertThat(result.remunerations().points()).isEqualTo(37);
        // 2: gap 0 in ouv, emp, tam; 25 in ic with weight 248/992 = 0.25 → 6.25 → 6.3 → 5 points.
        assertThat(result.augmentations().orElseThrow().value().orElseThrow().ecart()).isEqualByComparingTo("6.3");
        assertThat(result.augmentations().orElseThrow().points()).isEqualTo(5);
        // 3: 12.5 − 10 = 2.5 in every CSP → 2.5 → 10 points.
        assertThat(result.promotions().orElseThrow().points()).isEqualTo(10);
        // 4: 5 of 5 → 15. 5: 0 women → 0.
        assertThat(result.congesMaternite().points()).isEqualTo(15);
        assertThat(result.hautesRemunerations().points()).isZero();
        // 37 + 5 + 10 + 15 + 0 = 67 of 100.
        assertThat(result.points()).isEqualTo(67);
        assertThat(result.index()).hasValue(67);
    }

    @Test
    @DisplayName("pay is converted to full time and full year: (base + variable) / fte / presence")
    void fullTimeFullYearPay() {
        EgaproAggregator aggregator = new EgaproAggregator(YEAR, Modalite.CSP);
        for (int i = 0; i < 3; i++) {
            // half-time, present half the year (2025-07-01 to 2025-12-31: 184 days), paid 10,000 + 1,000 excluded
            aggregator.add(EmployeeRecord.builder("F" + i, Sex.FEMALE).birthYear(1990).category("ic")
                    .fte(new BigDecimal("0.5")).hireDate(LocalDate.of(2025, 7, 1))
                    .annualBasePay(BigDecimal.valueOf(9_000)).annualVariablePay(BigDecimal.valueOf(1_000))
                    .annualExcludedPay(BigDecimal.valueOf(1_000)).build());
            aggregator.add(EmployeeRecord.builder("M" + i, Sex.MALE).birthYear(1990).category("ic")
                    .annualBasePay(BigDecimal.valueOf(40_000)).build());
        }
        EgaproInput.PayGroup group = aggregator.aggregate(Optional.empty()).remunerations().stream()
                .filter(g -> g.femmes() > 0).findFirst().orElseThrow();
        // 10,000 × 365 / 184 / 0.5 = 39,673.91
        assertThat(group.remunerationMoyenneFemmes()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("39673.91"));
    }

    @Property(tries = 30)
    @Label("permuting the records changes nothing")
    void permutationInvariance(@ForAll long seed) {
        List<EmployeeRecord> records = new ArrayList<>(company());
        EgaproInput expected = aggregate(records).aggregate(Optional.empty());
        Collections.shuffle(records, new Random(seed));
        assertThat(aggregate(records).aggregate(Optional.empty())).isEqualTo(expected);
    }

    @Property(tries = 30)
    @Label("merge(a, b) equals the aggregation of a ∪ b")
    void mergeEqualsUnion(@ForAll @IntRange(min = 0, max = 1000) int split, @ForAll long seed) {
        List<EmployeeRecord> records = new ArrayList<>(company());
        Collections.shuffle(records, new Random(seed));
        EgaproAggregator a = aggregate(records.subList(0, split));
        EgaproAggregator b = aggregate(records.subList(split, records.size()));
        assertThat(a.merge(b).aggregate(Optional.empty())).isEqualTo(aggregate(records).aggregate(Optional.empty()));
        assertThat(a.counted()).isEqualTo(992);
    }
}

package org.mixite.core.indicators.egapro.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.egapro.Csp;
import org.mixite.core.indicators.egapro.Declaration;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.Indicator;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.NotCalculableReason;
import org.mixite.core.indicators.egapro.Tranche;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** egapro.md §2–§3 rules of the records path, one small company per rule. */
class EgaproAccumulatorRulesTest {

    static final ReferencePeriod PERIOD = ReferencePeriod.calendarYear(2025);

    /** {@code women} women and {@code men} men in ic, 30-39, all year, 10 top earners at least. */
    static List<EmployeeRecord> people(int women, int men, int raisedWomen, int raisedMen) {
        List<EmployeeRecord> list = new ArrayList<>();
        for (int i = 0; i < women + men; i++) {
            boolean woman = i < women;
            int k = woman ? i : i - women;
            list.add(EmployeeRecord.builder("P" + i, woman ? Sex.FEMALE : Sex.MALE).birthYear(1990).category("ic")
                    .annualBasePay(BigDecimal.valueOf(50_000)).raised(k < (woman ? raisedWomen : raisedMen)).build());
        }
        return list;
    }

    static EgaproAggregation aggregate(List<EmployeeRecord> records) {
        EgaproAccumulator acc = new EgaproAccumulator(PERIOD, Modalite.CSP);
        records.forEach(acc::add);
        return acc.aggregate();
    }

    @Test
    @DisplayName("§3 2et3 from records: nobody raised or promoted in the period → section null (declared not calculable)")
    void noRaiseInThePeriodDeclaresTwoAndThreeNotCalculable() {
        EgaproInput input = aggregate(people(30, 30, 0, 0)).input();
        assertThat(input.tranche().isSmall()).isTrue();
        assertThat(input.augmentationsEtPromotions()).isInstanceOf(Declaration.NotCalculable.class);
        var indicator = EgaproCalculator.compute(input).augmentationsEtPromotions().orElseThrow();
        assertThat(((Indicator.NotCalculable<?, ?>) indicator).reason()).isEqualTo(NotCalculableReason.DECLARED_NOT_CALCULABLE);
        // one raise is enough for the section to be declared
        assertThat(aggregate(people(30, 30, 0, 1)).input().augmentationsEtPromotions().declared())
                .contains(new EgaproInput.RaisesAndPromotions(30, 30, 0, 1));
    }

    @Test
    @DisplayName("§2 CSP: category when it is a CSP code, else the PCS-ESE first digit (2, 3 ic; 4 tam; 5 emp; 6 ouv), in indicators 1-3 and payCellOf alike")
    void cspFromCategoryElsePcs() {
        // {category, job_code, expected CSP}; null = absent
        String[][] cases = {
                {"Sales", "388a", "ic"}, {"Sales", "231a", "ic"}, {"Sales", "478a", "tam"}, {"Sales", "542a", "emp"},
                {"Sales", "621a", "ouv"}, {" OUV ", "388a", "ouv"}, {"emp", null, "emp"}, {null, "231a", "ic"},
                {null, "621a", "ouv"}, {"Sales", null, null}, {"Sales", "100x", null}};
        EgaproAccumulator acc = new EgaproAccumulator(PERIOD, Modalite.CSP);
        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < cases.length; i++) {
            var b = EmployeeRecord.builder("C" + i, Sex.FEMALE).birthYear(1990).annualBasePay(BigDecimal.valueOf(40_000));
            Optional.ofNullable(cases[i][0]).ifPresent(b::category);
            Optional.ofNullable(cases[i][1]).ifPresent(b::jobCode);
            EmployeeRecord r = b.build();
            assertThat(acc.payCellOf(r).map(PayCellMember::group)).as(String.join("/", String.valueOf(cases[i][0]),
                    String.valueOf(cases[i][1]))).isEqualTo(Optional.ofNullable(cases[i][2]));
            acc.add(r);
            Optional.ofNullable(cases[i][2]).ifPresent(c -> expected.merge(c, 1, Integer::sum));
        }
        EgaproAggregation aggregation = acc.aggregate(Tranche.FROM_251_TO_999);
        assertThat(aggregation.summary().groupUnknown()).isEqualTo(2);
        // indicator 1: every woman in her CSP's 30-39 group
        Map<String, Integer> pay = new TreeMap<>();
        aggregation.input().remunerations().stream().filter(g -> g.femmes() > 0).forEach(g -> pay.merge(g.categorie(), g.femmes(), Integer::sum));
        assertThat(pay).isEqualTo(expected);
        // indicators 2 and 3: the same CSP
        Map<String, Integer> raises = new TreeMap<>();
        aggregation.input().augmentations().declared().orElseThrow().stream().filter(g -> g.femmes() > 0)
                .forEach(g -> raises.put(g.categorie().code(), g.femmes()));
        assertThat(raises).isEqualTo(expected);
        assertThat(expected).containsEntry(Csp.IC.code(), 3).containsEntry(Csp.OUV.code(), 3);
    }

    @Test
    @DisplayName("egapro.md §3, indicator 2 from records is exact: ouv 0/10 women vs 5/11 men raised, emp 6/11 vs 3/12 → "
            + "weighted gap exactly 275/44 = 6.25 → 6.3 (not 6.2 from rates cut to 34 digits)")
    void raiseRatesFromRecordsAreExact() {
        EgaproAccumulator acc = new EgaproAccumulator(PERIOD, Modalite.CSP);
        int[][] groups = {{10, 0, 11, 5}, {11, 6, 12, 3}}; // women, raised women, men, raised men
        String[] csp = {"ouv", "emp"};
        int id = 0;
        for (int g = 0; g < 2; g++) {
            for (int sex = 0; sex < 2; sex++) {
                int people = groups[g][sex * 2];
                int raised = groups[g][sex * 2 + 1];
                for (int i = 0; i < people; i++) {
                    acc.add(EmployeeRecord.builder("R" + id++, sex == 0 ? Sex.FEMALE : Sex.MALE).birthYear(1980)
                            .category(csp[g]).annualBasePay(BigDecimal.valueOf(30_000 + 100 * i)).raised(i < raised).build());
                }
            }
        }
        var result = EgaproCalculator.compute(acc.aggregate(Tranche.FROM_251_TO_999).input());
        assertThat(result.augmentations().orElseThrow().computed().orElseThrow().ecart()).isEqualByComparingTo("6.3");
    }

    @Test
    @DisplayName("egapro.md §3, indicator 1 from records is exact: men 33,333 + 33,333 + 33,334 (average 100,000/3), women 29,250 "
            + "each → gap exactly 12.25%, 7.25 beyond the threshold → ecart 7.3 (not 7.2 from a 34-digit average)")
    void payGapFromRecordsIsExact() {
        EgaproAccumulator acc = new EgaproAccumulator(PERIOD, Modalite.CSP);
        int[] men = {33_333, 33_333, 33_334};
        for (int i = 0; i < 3; i++) {
            acc.add(EmployeeRecord.builder("W" + i, Sex.FEMALE).birthYear(1980).category("ic")
                    .annualBasePay(BigDecimal.valueOf(29_250)).build());
            acc.add(EmployeeRecord.builder("M" + i, Sex.MALE).birthYear(1980).category("ic")
                    .annualBasePay(BigDecimal.valueOf(men[i])).build());
        }
        var input = acc.aggregate().input();
        var indicator = EgaproCalculator.payGap(input.modaliteRemunerations(), input.remunerations());
        assertThat(indicator.computed().orElseThrow().ecart()).isEqualByComparingTo("7.3");
    }
}

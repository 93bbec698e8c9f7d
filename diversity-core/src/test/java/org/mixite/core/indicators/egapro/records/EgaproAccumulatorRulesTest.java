package org.mixite.core.indicators.egapro.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.egapro.Declaration;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.Indicator;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.NotCalculableReason;
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
}

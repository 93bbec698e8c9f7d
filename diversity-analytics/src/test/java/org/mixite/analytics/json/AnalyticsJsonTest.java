package org.mixite.analytics.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.json.MixiteJson;
import org.mixite.analytics.Control;
import org.mixite.analytics.oaxaca.OaxacaBlinder;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.RemediationSimulator;
import org.mixite.analytics.remediation.Target;
import org.mixite.analytics.trend.PeriodFigures;
import org.mixite.analytics.trend.Trends;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

class AnalyticsJsonTest {

    private static AnalyticsSample sample(double womenPay) {
        List<EmployeeRecord> records = new ArrayList<>();
        double[][] pay = {{womenPay, womenPay + 2, womenPay * 2}, {20, 22, 40}};
        String[] levels = {"A", "A", "B"};
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < 3; i++) {
                records.add(EmployeeRecord.builder("P" + s + i, s == 0 ? Sex.FEMALE : Sex.MALE).birthYear(1980)
                        .category("K").level(levels[i]).establishment("HQ")
                        .hourlyPay(BigDecimal.valueOf(pay[s][i])).build());
            }
        }
        return AnalyticsSample.of(records, ReferencePeriod.calendarYear(2026),
                Set.of(Control.LEVEL, Control.ESTABLISHMENT));
    }

    @Test
    @DisplayName("analyze document: member names, 2-decimal percent, suppressed small remediation cells, deterministic")
    void document() {
        AnalyticsSample s = sample(10);
        Fit fit = PayRegression.fit(s);
        var plan = RemediationSimulator.plan(s, new Target.Art10());
        var trend = Trends.of(List.of(PeriodFigures.of("2025", sample(12)), PeriodFigures.of("2026", s)));
        JsonNode json = AnalyticsJson.write(fit.gap(), OaxacaBlinder.decompose(fit), Optional.of(plan), Optional.of(trend), 5);
        JsonNode gap = json.get("adjustedGap");
        assertThat(gap.get("status").asText()).isEqualTo("computed");
        for (String m : List.of("percent", "ciLow", "ciHigh", "pValue", "n", "r2", "controls", "dropped")) {
            assertThat(gap.has(m)).as(m).isTrue();
        }
        assertThat(gap.get("percent").decimalValue().scale()).isEqualTo(2);
        assertThat(gap.get("dropped").get(0).get("column").asText()).isEqualTo("establishment");
        JsonNode oaxaca = json.get("oaxaca");
        for (String m : List.of("totalGap", "explained", "unexplained", "reference", "contributions")) {
            assertThat(oaxaca.has(m)).as(m).isTrue();
        }
        JsonNode rem = json.get("remediation");
        for (String m : List.of("target", "budget", "people", "byCategory", "after", "method", "optimalityGap")) {
            assertThat(rem.has(m)).as(m).isTrue();
        }
        assertThat(rem.get("target").asText()).isEqualTo("art10");
        assertThat(rem.get("byCategory").get("K").asText()).isEqualTo("suppressed");
        assertThat(json.get("trend").get("changes").get(0).get("from").asText()).isEqualTo("2025");
        JsonNode period = json.get("trend").get("periods").get(1);
        for (String m : List.of("flaggedCategories", "egaproIndicator1")) {
            assertThat(period.has(m)).as(m).isTrue();
        }
        assertThat(period.get("adjustedGap").get("leftOutOfRegression").isObject()).isTrue();
        JsonNode change = json.get("trend").get("changes").get(0);
        for (String m : List.of("egaproIndicator1Points", "newlyFlagged", "noLongerFlagged")) {
            assertThat(change.has(m)).as(m).isTrue();
        }
        assertThat(gap.get("leftOutOfRegression").isEmpty()).isTrue();
        JsonNode withLeftOut = AnalyticsJson.write(fit.gap(), OaxacaBlinder.decompose(fit), Optional.empty(), Optional.empty(), 5,
                java.util.Map.of("missing tenure", 2L));
        assertThat(withLeftOut.get("adjustedGap").get("leftOutOfRegression").get("missing tenure").asLong()).isEqualTo(2);
        assertThat(MixiteJson.toString(json)).doesNotContain("P00", "P10", "NaN")
                .isEqualTo(MixiteJson.toString(AnalyticsJson.write(fit.gap(), OaxacaBlinder.decompose(fit),
                        Optional.of(RemediationSimulator.plan(s, new Target.Art10())), Optional.of(trend), 5)));
    }
}

package org.mixite.core.indicators.france;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** regulations.md §2 "Who declares", as the platform's companyObligation.ts and indicatorG.ts decide it. */
class ObligationsTest {

    static Obligations of(int year, String workforce, List<String> alerts) {
        return Obligations.of(year, Workforce.of(new BigDecimal(workforce)), alerts, 0);
    }

    @ParameterizedTest(name = "{0}, workforce {1}: {2}, obligated {3}, indicators {4}, CSE {5}")
    @CsvSource(delimiter = '|', value = {
            "2027 | 49.99  | voluntary | false | ''            | false",
            "2027 | 50     | triennial | true  | A,B,C,D,E,F   | false",
            "2028 | 99.99  | triennial | false | ''            | false",
            "2030 | 50     | triennial | true  | A,B,C,D,E,F,G | false",
            "2027 | 100    | annual    | true  | A,B,C,D,E,F   | true",
            "2028 | 149.99 | annual    | true  | A,B,C,D,E,F   | true",
            "2027 | 150    | annual    | true  | A,B,C,D,E,F,G | true",
            "2028 | 150    | annual    | true  | A,B,C,D,E,F   | true",
            "2028 | 250    | annual    | true  | A,B,C,D,E,F,G | true",
            "2026 | 400    | annual    | false | ''            | false",
    })
    @DisplayName("companyObligation.ts / indicatorG.ts: under 50 voluntary; 50–99 in triennial years; 100+ every year with a CSE opinion; G at 250+, at 150–249 in triennial years, from 2030 at 50+ in triennial years; workforce compared unrounded")
    void whoDeclaresWhat(int year, String workforce, String tier, boolean obligated, String indicators, boolean cse) {
        Obligations o = of(year, workforce, List.of());
        assertThat(o.tier().code()).isEqualTo(tier);
        assertThat(o.obligated()).isEqualTo(obligated);
        assertThat(String.join(",", o.indicators())).isEqualTo(indicators);
        assertThat(o.cseOpinion()).isEqualTo(cse);
        assertThat(o.indicatorGDue()).isEqualTo(indicators.contains("G"));
    }

    @Test
    @DisplayName("regulations.md §2 triennial years: year ≥ 2027 and (year − 2027) divisible by 3")
    void triennialYears() {
        assertThat(List.of(2024, 2026, 2027, 2028, 2029, 2030, 2033, 2034).stream().filter(Obligations::triennial).toList())
                .containsExactly(2027, 2030, 2033);
    }

    @ParameterizedTest(name = "{0}, workforce {1}, alert {2}: compliance process {3}")
    @CsvSource({
            "2028, 250, true, true",
            "2028, 250, false, false",
            "2030, 120, true, true",
            "2030, 99, true, false",
            "2028, 150, true, false",
    })
    @DisplayName("regulations.md §2 compliance process: required when the workforce is 100+, G is declared, and a category's gap is ≥ 5% (in either direction since the platform's PR #4040: the alert categories)")
    void complianceProcess(int year, String workforce, boolean alert, boolean required) {
        Obligations o = of(year, workforce, alert ? List.of("ingénieurs") : List.of());
        assertThat(o.complianceProcess().required()).isEqualTo(required);
        assertThat(o.complianceProcess().categories()).isEqualTo(required ? List.of("ingénieurs") : List.of());
    }

    @Test
    @DisplayName("regulations.md §2 campaign calendar of year N: 1 June N, 1 August N, 1 December N, 1 January N+1, representation 1 March N")
    void deadlines() {
        Deadlines d = Deadlines.of(2027);
        assertThat(List.of(d.declaration(), d.jointEvaluation(), d.secondDeclaration(), d.compliancePathChoice(), d.representation()))
                .containsExactly(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 1), LocalDate.of(2027, 12, 1),
                        LocalDate.of(2028, 1, 1), LocalDate.of(2027, 3, 1));
    }

    @Test
    @DisplayName("the obligations in words, English and French: \"In 2027 you must declare A–G by 1 June 2027\"")
    void inWords() {
        Obligations o = of(2027, "312.5", List.of("ingénieurs"));
        assertThat(ObligationsText.sentences(o, false).get(0)).startsWith("In 2027 you must declare A–G by 1 June 2027");
        assertThat(String.join(" ", ObligationsText.sentences(o, false))).contains("The CSE must give its opinion")
                .contains("compliance process is required: the categories ingénieurs").contains("1 January 2028");
        assertThat(ObligationsText.sentences(o, true).get(0)).startsWith("En 2027, vous devez déclarer les indicateurs A–G avant le 1er juin 2027")
                .contains("312,5");
        assertThat(ObligationsText.sentences(of(2028, "60", List.of()), false).get(0)).contains("no Egapro V2 declaration to make in 2028");
    }
}

package org.mixite.core.indicators.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.privacy.Cell;
import org.mixite.core.privacy.SuppressionReason;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Issue 5, hand-checked: each breakdown, presence and flow dates, rates, Wilson references, flow suppression, federation cells. */
class CompositionBreakdownTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);
    private int ids;

    private EmployeeRecord.Builder person(Sex sex) {
        return EmployeeRecord.builder("E" + ids++, sex).birthYear(1990);
    }

    private static CompositionAccumulator accumulate(List<EmployeeRecord> records) {
        CompositionAccumulator acc = new CompositionAccumulator(YEAR, JobClassifier.defaults());
        records.forEach(acc::add);
        return acc;
    }

    private static SexTally shown(CompositionResult r, Dimension d, String key) {
        return r.breakdowns().get(d).get(key).shown().orElseThrow(() -> new AssertionError(d + "/" + key + " suppressed"));
    }

    private static void assertCell(CompositionResult r, Dimension d, String key, long f, long m, long u) {
        SexTally t = shown(r, d, key);
        assertThat(new long[] {t.female(), t.male(), t.unknown()}).as(d + "/" + key).containsExactly(f, m, u);
    }

    /** Six people, ages at 31 Dec 2025 chosen on the band boundaries. */
    private List<EmployeeRecord> six() {
        List<EmployeeRecord> r = new ArrayList<>();
        r.add(person(Sex.FEMALE).birthDate(LocalDate.of(1996, 1, 1)).jobCode("388a").level("L1").establishment("S1")
                .fte(new BigDecimal("0.8")).build()); // 29
        r.add(person(Sex.FEMALE).birthDate(LocalDate.of(1995, 12, 31)).jobCode("478b").level("L1").establishment("S1")
                .managementLevel(ManagementLevel.MANAGER).contract(ContractType.FIXED_TERM).build()); // 30
        r.add(person(Sex.MALE).birthYear(1975).jobCode("542a").level("L2").establishment("S2")
                .managementLevel(ManagementLevel.EXECUTIVE).fte(new BigDecimal("0.5")).build()); // 50 by year difference
        r.add(person(Sex.MALE).birthYear(1974).jobCode("621a").category("custom").level("L2").establishment("S2").build()); // 51
        r.add(person(Sex.OTHER).birthYear(1986).establishment("S2").build()); // 39, no job code
        r.add(person(Sex.MALE).birthDate(LocalDate.of(1985, 12, 31)).jobCode("388c").establishment("S1").build()); // 40
        return r;
    }

    @Test
    @DisplayName("job family, digital sub-family and derived category (PCS first digit 3 → ic, 4 → tam, 5 → emp), by hand")
    void familyAndCategory() {
        CompositionResult r = accumulate(six()).result(1);
        assertCell(r, Dimension.JOB_FAMILY, "technical_digital", 2, 1, 0);
        assertCell(r, Dimension.JOB_FAMILY, "digitised", 0, 0, 0);
        assertCell(r, Dimension.JOB_FAMILY, "other", 0, 2, 0);
        assertCell(r, Dimension.JOB_FAMILY, "unknown", 0, 0, 1);
        assertCell(r, Dimension.DIGITAL_SUBFAMILY, "development", 1, 0, 0);
        assertCell(r, Dimension.DIGITAL_SUBFAMILY, "infrastructure_support", 1, 0, 0);
        assertCell(r, Dimension.DIGITAL_SUBFAMILY, "it_management", 0, 1, 0);
        assertCell(r, Dimension.CATEGORY, "ic", 1, 1, 0);
        assertCell(r, Dimension.CATEGORY, "tam", 1, 0, 0);
        assertCell(r, Dimension.CATEGORY, "emp", 0, 1, 0);
        assertCell(r, Dimension.CATEGORY, "custom", 0, 1, 0);
        assertCell(r, Dimension.CATEGORY, "unknown", 0, 0, 1);
        assertCell(r, Dimension.LEVEL, "L1", 2, 0, 0);
        assertCell(r, Dimension.LEVEL, "L2", 0, 2, 0);
        assertCell(r, Dimension.LEVEL, "unknown", 0, 1, 1);
    }

    @Test
    @DisplayName("age bands <30, 30–39, 40–49, 50+ and ESRS <30, 30–50, >50, both sides of each boundary, age at the period end")
    void ageBands() {
        CompositionResult r = accumulate(six()).result(1);
        assertCell(r, Dimension.AGE_BAND, "<30", 1, 0, 0);
        assertCell(r, Dimension.AGE_BAND, "30-39", 1, 0, 1);
        assertCell(r, Dimension.AGE_BAND, "40-49", 0, 1, 0);
        assertCell(r, Dimension.AGE_BAND, "50+", 0, 2, 0);
        assertCell(r, Dimension.ESRS_AGE_BAND, "<30", 1, 0, 0);
        assertCell(r, Dimension.ESRS_AGE_BAND, "30-50", 1, 2, 1);
        assertCell(r, Dimension.ESRS_AGE_BAND, ">50", 0, 1, 0);
        assertThat(r.breakdowns().get(Dimension.AGE_BAND).keySet()).containsExactly("<30", "30-39", "40-49", "50+", "unknown");
        assertThat(r.breakdowns().get(Dimension.ESRS_AGE_BAND).keySet()).containsExactly("<30", "30-50", ">50", "unknown");
        assertThat(r.breakdowns().get(Dimension.MANAGEMENT_LEVEL).keySet()).containsExactly("none", "manager", "executive", "board");
        assertCell(r, Dimension.AGE_BAND, "unknown", 0, 0, 0);
    }

    @Test
    @DisplayName("management level, establishment, contract and FTE by sex, by hand")
    void managementEstablishmentContractFte() {
        CompositionResult r = accumulate(six()).result(1);
        assertCell(r, Dimension.MANAGEMENT_LEVEL, "none", 1, 2, 1);
        assertCell(r, Dimension.MANAGEMENT_LEVEL, "manager", 1, 0, 0);
        assertCell(r, Dimension.MANAGEMENT_LEVEL, "executive", 0, 1, 0);
        assertCell(r, Dimension.ESTABLISHMENT, "S1", 2, 1, 0);
        assertCell(r, Dimension.ESTABLISHMENT, "S2", 0, 2, 1);
        assertCell(r, Dimension.CONTRACT, "permanent", 1, 3, 1);
        assertCell(r, Dimension.CONTRACT, "fixed_term", 1, 0, 0);
        assertThat(r.total().shown().orElseThrow().fteFemale()).isEqualByComparingTo("1.8");
        assertThat(r.total().shown().orElseThrow().fteMale()).isEqualByComparingTo("2.5");
        assertThat(shown(r, Dimension.ESTABLISHMENT, "S2").fteMale()).isEqualByComparingTo("1.5");
        assertThat(r.total().shown().orElseThrow().womenShare()).hasValue(new BigDecimal("40.0"));
        assertThat(r.total().shown().orElseThrow().unknown()).isEqualTo(1);
        assertThat(r.pipeline()).extracting(CompositionResult.PipelineStep::level).containsExactly("none", "manager", "executive", "board");
        assertThat(r.pipeline().get(1).tally().shown().orElseThrow().womenShare()).hasValue(new BigDecimal("100.0"));
        assertThat(r.pipeline().get(3).tally().shown().orElseThrow().womenShare()).isEmpty();
    }

    @Test
    @DisplayName("womenShare rounds half up: 1 woman in 16 = 6.25 → 6.3; null when F + M = 0")
    void womenShareHalfUp() {
        assertThat(new SexTally(1, 15, 0, BigDecimal.ZERO, BigDecimal.ZERO).womenShare()).hasValue(new BigDecimal("6.3"));
        assertThat(new SexTally(1, 2, 0, BigDecimal.ZERO, BigDecimal.ZERO).womenShare()).hasValue(new BigDecimal("33.3"));
        assertThat(new SexTally(0, 0, 3, BigDecimal.ZERO, BigDecimal.ZERO).womenShare()).isEmpty();
        assertThat(new SexTally(0, 0, 3, BigDecimal.ZERO, BigDecimal.ZERO).wilson()).isEmpty();
    }

    @ParameterizedTest(name = "Wilson {0}/{1}: {2}–{3}")
    @CsvSource({"3,12,8.9,53.2", "5,10,23.7,76.3", "10,10,72.2,100.0", "1,1,20.7,100.0", "0,1,0.0,79.3", "50,100,40.4,59.6", "0,10,0.0,27.8"})
    @DisplayName("95% Wilson score interval (z = 1.96), reference values")
    void wilson(long women, long n, String low, String high) {
        SexTally.Interval ci = new SexTally(women, n - women, 0, BigDecimal.ZERO, BigDecimal.ZERO).wilson().orElseThrow();
        assertThat(ci.low()).isEqualByComparingTo(low);
        assertThat(ci.high()).isEqualByComparingTo(high);
    }

    @Test
    @DisplayName("headcount = present at any time in the period; hires and exits = dated inside it; both sides of each boundary")
    void presenceAndFlowDates() {
        List<EmployeeRecord> r = new ArrayList<>();
        r.add(person(Sex.MALE).hireDate(LocalDate.of(2025, 12, 31)).build()); // present, hire
        r.add(person(Sex.MALE).hireDate(LocalDate.of(2020, 1, 1)).exitDate(LocalDate.of(2025, 1, 1)).build()); // present, exit
        r.add(person(Sex.MALE).hireDate(LocalDate.of(2026, 1, 1)).build()); // not present
        r.add(person(Sex.MALE).hireDate(LocalDate.of(2020, 1, 1)).exitDate(LocalDate.of(2024, 12, 31)).build()); // not present
        r.add(person(Sex.FEMALE).hireDate(LocalDate.of(2025, 1, 1)).exitDate(LocalDate.of(2025, 12, 31))
                .exitReason(ExitReason.END_OF_CONTRACT).build()); // present, hire, exit
        r.add(person(Sex.FEMALE).hireDate(LocalDate.of(2024, 12, 31)).promoted(true).build()); // present, promoted, no hire
        r.add(person(Sex.MALE).hireDate(LocalDate.of(2010, 5, 1)).promoted(true).build()); // present, promoted
        CompositionResult result = accumulate(r).result(1);
        assertThat(result.total().shown().orElseThrow().female()).isEqualTo(2);
        assertThat(result.total().shown().orElseThrow().male()).isEqualTo(3);
        Flows f = result.flows();
        SexTally hires = f.hires().shown().orElseThrow();
        SexTally exits = f.exits().shown().orElseThrow();
        SexTally promotions = f.promotions().shown().orElseThrow();
        assertThat(new long[] {hires.female(), hires.male(), exits.female(), exits.male(), promotions.female(), promotions.male()})
                .containsExactly(1, 1, 1, 1, 1, 1);
        // rates per 100 of the same sex in the headcount: women 1/2, men 1/3
        assertThat(f.hireRateFemale()).hasValue(new BigDecimal("50.0"));
        assertThat(f.hireRateMale()).hasValue(new BigDecimal("33.3"));
        assertThat(f.exitRateFemale()).hasValue(new BigDecimal("50.0"));
        assertThat(f.exitRateMale()).hasValue(new BigDecimal("33.3"));
        assertThat(f.promotionRateFemale()).hasValue(new BigDecimal("50.0"));
        assertThat(f.promotionRateMale()).hasValue(new BigDecimal("33.3"));
        assertThat(f.exitsByReason().get("end_of_contract").shown().orElseThrow().female()).isEqualTo(1);
        assertThat(f.exitsByReason().get("unknown").shown().orElseThrow().male()).isEqualTo(1);
        // no woman in the headcount → no women's rate
        assertThat(accumulate(r.subList(0, 2)).result(1).flows().hireRateFemale()).isEmpty();
    }

    @Test
    @DisplayName("default period: the calendar year of the latest hire or exit date; none when no such date")
    void defaultPeriod() {
        List<EmployeeRecord> r = List.of(person(Sex.MALE).hireDate(LocalDate.of(2019, 3, 1)).build(),
                person(Sex.FEMALE).hireDate(LocalDate.of(2018, 1, 1)).exitDate(LocalDate.of(2024, 2, 29)).build(),
                person(Sex.FEMALE).birthDate(LocalDate.of(2030, 1, 1)).build());
        assertThat(CompositionPeriod.latestCalendarYear(r)).hasValue(ReferencePeriod.calendarYear(2024));
        assertThat(CompositionPeriod.latestCalendarYear(List.of(person(Sex.MALE).build()))).isEmpty();
    }

    @Test
    @DisplayName("flow breakdowns are suppressed too: exits by reason and hires by family, with the complementary cell; totals stay")
    void flowBreakdownsSuppressed() {
        List<EmployeeRecord> r = new ArrayList<>();
        LocalDate exit = LocalDate.of(2025, 6, 1);
        for (int i = 0; i < 2; i++) {
            r.add(person(i == 0 ? Sex.FEMALE : Sex.MALE).jobCode("542a").exitDate(exit).exitReason(ExitReason.DISMISSAL).build());
        }
        for (int i = 0; i < 6; i++) {
            r.add(person(i < 3 ? Sex.FEMALE : Sex.MALE).jobCode("542a").exitDate(exit).exitReason(ExitReason.RESIGNATION).build());
        }
        for (int i = 0; i < 8; i++) {
            r.add(person(i < 4 ? Sex.FEMALE : Sex.MALE).jobCode("542a").exitDate(exit).exitReason(ExitReason.END_OF_CONTRACT).build());
        }
        LocalDate hire = LocalDate.of(2025, 2, 1);
        for (int i = 0; i < 3; i++) {
            r.add(person(Sex.FEMALE).jobCode("388a").hireDate(hire).build());
        }
        for (int i = 0; i < 10; i++) {
            r.add(person(Sex.MALE).jobCode("621a").hireDate(hire).build());
        }
        Flows f = accumulate(r).result(5).flows();
        assertThat(f.exits().shown().orElseThrow().total()).isEqualTo(16);
        assertThat(f.exitsByReason().get("dismissal")).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.BELOW_MINIMUM));
        // 16 − end_of_contract (8) = 8 = dismissal + resignation: two hidden cells, neither derivable alone
        assertThat(f.exitsByReason().get("resignation")).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.COMPLEMENTARY));
        assertThat(f.exitsByReason().get("end_of_contract").shown().orElseThrow().total()).isEqualTo(8);
        assertThat(f.hires().shown().orElseThrow().female()).isEqualTo(3);
        assertThat(f.technicalDigitalHires()).isInstanceOf(Cell.Suppressed.class);
        assertThat(f.hiresByFamily().get("other")).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.COMPLEMENTARY));
        assertThat(f.hiresByFamily().get("digitised").shown().orElseThrow().total()).isZero();
    }

    /** 20 people in 'other' jobs, present all year, none hired, gone or promoted. */
    private List<EmployeeRecord> twentyStayers() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            r.add(person(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).jobCode("621a").hireDate(LocalDate.of(2015, 1, 1)).build());
        }
        return r;
    }

    @Test
    @DisplayName("§7 complementary suppression: 3 exits, all resignations: every exit reason is listed and the whole breakdown is hidden, as the total exits are published")
    void loneExitReasonHiddenWhole() {
        List<EmployeeRecord> r = twentyStayers();
        for (Sex sex : List.of(Sex.FEMALE, Sex.MALE, Sex.MALE)) {
            r.add(person(sex).jobCode("621a").hireDate(LocalDate.of(2015, 1, 1)).exitDate(LocalDate.of(2025, 6, 30))
                    .exitReason(ExitReason.RESIGNATION).build());
        }
        Flows f = accumulate(r).result(5).flows();
        assertThat(f.exits().shown().orElseThrow().female()).isEqualTo(1);
        assertThat(f.exits().shown().orElseThrow().male()).isEqualTo(2);
        // every known reason is there, so "the other reasons are 0" is not shown either
        assertThat(f.exitsByReason().keySet()).containsExactly("resignation", "dismissal", "end_of_contract", "retirement", "other", "unknown");
        assertThat(f.exitsByReason().values()).allSatisfy(cell ->
                assertThat(cell).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.WHOLE_BREAKDOWN)));
        // the families, where every exit is in 'other' too
        assertThat(f.exitsByFamily().values()).allSatisfy(cell ->
                assertThat(cell).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.WHOLE_BREAKDOWN)));
    }

    @Test
    @DisplayName("§7 complementary suppression: 3 hires, all into technical digital jobs: hires by family and the technical digital hires headline are hidden, the zero families too")
    void loneHiringFamilyHiddenWhole() {
        List<EmployeeRecord> r = twentyStayers();
        for (Sex sex : List.of(Sex.FEMALE, Sex.FEMALE, Sex.MALE)) {
            r.add(person(sex).jobCode("388a").hireDate(LocalDate.of(2025, 3, 1)).build());
        }
        r.add(person(Sex.FEMALE).jobCode("621a").hireDate(LocalDate.of(2015, 1, 1)).promoted(true).build());
        Flows f = accumulate(r).result(5).flows();
        assertThat(f.hires().shown().orElseThrow().total()).isEqualTo(3);
        assertThat(f.technicalDigitalHires()).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.WHOLE_BREAKDOWN));
        assertThat(f.hiresByFamily().keySet()).containsExactly("technical_digital", "digitised", "other", "unknown");
        assertThat(f.hiresByFamily().values()).allSatisfy(cell -> assertThat(cell).isInstanceOf(Cell.Suppressed.class));
        assertThat(f.promotionsByFamily().values()).allSatisfy(cell -> assertThat(cell).isInstanceOf(Cell.Suppressed.class));
        // nothing to hide at k = 1
        assertThat(accumulate(r).result(1).flows().technicalDigitalHires().shown()).isPresent();
    }

    @Test
    @DisplayName("§7: breakdowns with a fixed list of values list all of them, and their unknown cell, with zeros")
    void everyKnownKeyListed() {
        CompositionResult r = accumulate(twentyStayers()).result(5);
        assertThat(r.breakdowns().get(Dimension.AGE_BAND).keySet()).containsExactly("<30", "30-39", "40-49", "50+", "unknown");
        assertThat(r.breakdowns().get(Dimension.ESRS_AGE_BAND).keySet()).containsExactly("<30", "30-50", ">50", "unknown");
        assertThat(r.breakdowns().get(Dimension.MANAGEMENT_LEVEL).keySet()).containsExactly("none", "manager", "executive", "board");
        assertThat(r.breakdowns().get(Dimension.CONTRACT).keySet())
                .containsExactly("permanent", "fixed_term", "apprentice", "intern", "temporary", "other");
        assertThat(r.breakdowns().get(Dimension.ESTABLISHMENT).keySet()).containsExactly("unknown");
        // everybody is 35 in 2025 and permanent: those cells are shown (20 people), the zeros too
        assertThat(r.breakdowns().get(Dimension.AGE_BAND).get("30-39").shown().orElseThrow().total()).isEqualTo(20);
        assertThat(r.breakdowns().get(Dimension.AGE_BAND).get("unknown").shown().orElseThrow().total()).isZero();
    }

    @Test
    @DisplayName("a benchmark never shows the women's share of a suppressed technical digital cell")
    void benchmarkRespectsSuppression() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            r.add(person(Sex.FEMALE).jobCode("388a").build());
        }
        for (int i = 0; i < 20; i++) {
            r.add(person(i < 5 ? Sex.FEMALE : Sex.MALE).jobCode("621a").build());
        }
        CompositionResult small = accumulate(r).result(5);
        BenchmarkComparison tech = small.benchmarks().stream().filter(b -> b.figure().equals("technical_digital")).findFirst().orElseThrow();
        assertThat(tech.value()).isEmpty();
        assertThat(tech.reference().year()).isEqualTo(2021);
        assertThat(tech.reference().womenShare()).isEqualByComparingTo("15");
        assertThat(tech.reference().source()).contains("La Mêlée");
        CompositionResult open = accumulate(r).result(1);
        assertThat(open.benchmarks().stream().filter(b -> b.figure().equals("technical_digital")).findFirst().orElseThrow().value())
                .hasValue(new BigDecimal("100.0"));
    }

    @Test
    @DisplayName("federation: a cell pooling fewer than 3 companies is hidden, with its complement; positions need 3 companies")
    void federationFewCompanies() {
        Map<String, CompositionAccumulator> companies = new LinkedHashMap<>();
        String[][] sites = {{"hq", "6", "shared", "6"}, {"hq", "6", "shared", "6"}, {"hq", "6", "shared", "5", "onlyC", "7"}};
        String[] names = {"a", "b", "c"};
        for (int c = 0; c < 3; c++) {
            List<EmployeeRecord> r = new ArrayList<>();
            for (int s = 0; s < sites[c].length; s += 2) {
                for (int i = 0; i < Integer.parseInt(sites[c][s + 1]); i++) {
                    r.add(person(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).jobCode("542a").establishment(sites[c][s]).build());
                }
            }
            companies.put(names[c], accumulate(r));
        }
        Federation.Result result = Federation.of(companies, 5);
        Map<String, Cell<SexTally>> estab = result.totals().breakdowns().get(Dimension.ESTABLISHMENT);
        assertThat(estab.get("onlyC")).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.FEW_CONTRIBUTORS));
        assertThat(estab.get("shared")).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.COMPLEMENTARY));
        assertThat(estab.get("hq").shown().orElseThrow().total()).isEqualTo(18);
        assertThat(result.totals().total().shown().orElseThrow().total()).isEqualTo(42); // totals are never suppressed
        assertThat(result.totals().breakdowns().get(Dimension.JOB_FAMILY).get("other").shown().orElseThrow().total()).isEqualTo(42);
        assertThat(result.rankings().get(0).positions()).hasSize(3);
        // the technical digital figure: nobody anywhere → withheld
        assertThat(result.rankings().get(1).withheld()).isPresent();
    }

    /** A member company: 10 people since 2015 (5 women), plus its hires, exits and promotions in 2025. */
    private CompositionAccumulator member(int hires, int exits, int promotions) {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            EmployeeRecord.Builder b = person(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).jobCode("621a").hireDate(LocalDate.of(2015, 1, 1))
                    .promoted(i < promotions);
            if (i < exits) {
                b.exitDate(LocalDate.of(2025, 9, 30)).exitReason(ExitReason.RESIGNATION);
            }
            r.add(b.build());
        }
        for (int i = 0; i < hires; i++) {
            r.add(person(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).jobCode("388a").hireDate(LocalDate.of(2025, 2, 1)).build());
        }
        return accumulate(r);
    }

    @Test
    @DisplayName("issue 5 federation: hires, exits or promotions that fewer than 3 companies contribute to are withheld (few_contributors), with their rates")
    void federationFlowTotalsNeedThreeCompanies() {
        Map<String, CompositionAccumulator> companies = new LinkedHashMap<>();
        companies.put("a", member(6, 3, 2)); // the only one to hire: its 6 hires would be the federation's
        companies.put("b", member(0, 3, 2)); // exits in a and b only: each could subtract its own
        companies.put("c", member(0, 0, 2));
        CompositionResult r = Federation.of(companies, 5).totals();
        assertThat(r.total().shown().orElseThrow().total()).isEqualTo(36);
        Flows f = r.flows();
        assertThat(f.hires()).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.FEW_CONTRIBUTORS));
        assertThat(f.hireRateFemale()).isEmpty();
        assertThat(f.hireRateMale()).isEmpty();
        assertThat(f.exits()).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.FEW_CONTRIBUTORS));
        assertThat(f.exitRateFemale()).isEmpty();
        assertThat(f.exitRateMale()).isEmpty();
        assertThat(f.technicalDigitalHires()).isInstanceOf(Cell.Suppressed.class);
        // promotions: 2 in each of the 3 companies, shown with their rates (6 of 36 people: 3 women of 18)
        assertThat(f.promotions().shown().orElseThrow().total()).isEqualTo(6);
        assertThat(f.promotionRateFemale()).hasValue(new BigDecimal("16.7"));
    }

    @Test
    @DisplayName("issue 5 federation: with 2 companies the federation's total is withheld (each could subtract its own), with every rate and the total benchmark")
    void federationTotalNeedsThreeCompanies() {
        Map<String, CompositionAccumulator> companies = new LinkedHashMap<>();
        companies.put("a", member(1, 1, 1));
        companies.put("b", member(1, 1, 1));
        CompositionResult r = Federation.of(companies, 5).totals();
        assertThat(r.total()).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.FEW_CONTRIBUTORS));
        assertThat(r.flows().hires()).isInstanceOf(Cell.Suppressed.class);
        assertThat(r.flows().promotionRateFemale()).isEmpty();
        assertThat(r.benchmarks()).filteredOn(b -> b.figure().equals("total")).allSatisfy(b -> assertThat(b.value()).isEmpty());
        assertThat(r.breakdowns().get(Dimension.JOB_FAMILY).get("other")).isInstanceOf(Cell.Suppressed.class);
        // a company alone keeps its totals
        assertThat(member(1, 1, 1).result(5).total().shown()).isPresent();
    }

    @Test
    @DisplayName("issue 5 federation: a report over 2 companies has no women's share headline (total or hires), one company has both")
    void federationHeadlinesWithheld() {
        org.mixite.core.report.IndicatorSuite two = new org.mixite.core.report.IndicatorSuite(
                org.mixite.core.report.IndicatorSuite.ReportSettings.of(YEAR));
        org.mixite.core.report.IndicatorSuite one = new org.mixite.core.report.IndicatorSuite(
                org.mixite.core.report.IndicatorSuite.ReportSettings.of(YEAR));
        for (String company : List.of("a", "b")) {
            for (int i = 0; i < 12; i++) {
                EmployeeRecord r = person(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).company(company).jobCode("621a")
                        .hireDate(LocalDate.of(2025, 1, 1 + i)).build();
                two.add(r);
                if (company.equals("a")) {
                    one.add(r);
                }
            }
        }
        org.mixite.core.report.Headlines federation = two.results().headlines();
        assertThat(federation.womenShare()).isEmpty();
        assertThat(federation.womenShareOfHires()).isEmpty();
        org.mixite.core.report.Headlines company = one.results().headlines();
        assertThat(company.womenShare()).hasValue(new BigDecimal("50.0"));
        assertThat(company.womenShareOfHires()).hasValue(new BigDecimal("50.0"));
    }

    @Test
    @DisplayName("shared suppression, forced cells: a non-empty forced cell is hidden and triggers the complement; an empty one is not hidden")
    void forcedCells() {
        Map<String, org.mixite.core.privacy.SexCounts> cells = new LinkedHashMap<>();
        cells.put("a", new org.mixite.core.privacy.SexCounts(10, 10, 0));
        cells.put("b", new org.mixite.core.privacy.SexCounts(4, 4, 0));
        cells.put("c", new org.mixite.core.privacy.SexCounts(3, 4, 0));
        cells.put("d", org.mixite.core.privacy.SexCounts.ZERO);
        var rule = org.mixite.core.privacy.SmallCellSuppression.total(5);
        assertThat(rule.suppress(cells, java.util.Set.of("b", "d"))).containsExactly(
                Map.entry("b", SuppressionReason.FEW_CONTRIBUTORS), Map.entry("c", SuppressionReason.COMPLEMENTARY));
        assertThat(rule.suppress(cells, java.util.Set.of())).isEmpty();
    }

    @Test
    @DisplayName("accumulators of different periods or job mappings do not merge")
    void mergeGuards() throws java.io.IOException {
        CompositionAccumulator a = accumulate(List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.merge(new CompositionAccumulator(ReferencePeriod.calendarYear(2024),
                JobClassifier.defaults()))).isInstanceOf(IllegalArgumentException.class);
        JobClassifier mapped = JobClassifier.defaults().withCompanyMapping("m.csv", new java.io.StringReader("code,family\n542a,digitised\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.merge(new CompositionAccumulator(YEAR, mapped)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<List<EmployeeRecord>> workforce() {
        Arbitrary<EmployeeRecord> person = Combinators.combine(Arbitraries.of(Sex.class), Arbitraries.of("388a", "478b", "542a", "621a", "38A1"),
                Arbitraries.of(ManagementLevel.class), Arbitraries.integers().between(0, 700), Arbitraries.of("s1", "s2", "s3", "s4", "none"))
                .as((sex, job, level, day, site) -> {
                    EmployeeRecord.Builder b = EmployeeRecord.builder("x", sex).managementLevel(level).jobCode(job)
                            .hireDate(LocalDate.of(2024, 1, 1).plusDays(day)).exitDate(LocalDate.of(2025, 1, 1).plusDays(day))
                            .promoted(day % 3 == 0);
                    if (day % 7 != 6) {
                        b.birthYear(1960 + day % 45);
                    }
                    if (!site.equals("none")) {
                        b.establishment(site);
                    }
                    if (day % 6 != 5) {
                        b.exitReason(ExitReason.values()[day % ExitReason.values().length]);
                    }
                    return b.build();
                });
        return person.list().ofMaxSize(60).map(list -> {
            List<EmployeeRecord> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                unique.add(list.get(i).toBuilder().id("E" + i).build());
            }
            return unique;
        });
    }

    @Property(tries = 400)
    @Label("complementary-cell attack (§7): no hidden cell of any breakdown can be recovered as its published total minus the visible cells")
    void noHiddenCellDerivable(@ForAll("workforce") List<EmployeeRecord> records, @ForAll @IntRange(min = 1, max = 8) int k) {
        CompositionAccumulator raw = accumulate(records);
        CompositionResult r = raw.result(k);
        // Each published breakdown with the total it adds up to, as published (the sub-families add up to the technical digital family).
        Map<String, Map<String, Cell<SexTally>>> breakdowns = new LinkedHashMap<>();
        Map<String, SexTally> totals = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            breakdowns.put(d.member(), r.breakdowns().get(d));
            totals.put(d.member(), d == Dimension.DIGITAL_SUBFAMILY
                    ? raw.cell(Dimension.JOB_FAMILY, "technical_digital").orElse(SexTally.EMPTY) : r.total().shown().orElseThrow());
        }
        breakdowns.put("exitsByReason", r.flows().exitsByReason());
        totals.put("exitsByReason", r.flows().exits().shown().orElseThrow());
        breakdowns.put("hiresByFamily", r.flows().hiresByFamily());
        totals.put("hiresByFamily", r.flows().hires().shown().orElseThrow());
        breakdowns.put("exitsByFamily", r.flows().exitsByFamily());
        totals.put("exitsByFamily", r.flows().exits().shown().orElseThrow());
        breakdowns.put("promotionsByFamily", r.flows().promotionsByFamily());
        totals.put("promotionsByFamily", r.flows().promotions().shown().orElseThrow());
        Map<String, Map<String, org.mixite.core.privacy.SexCounts>> cells = raw.breakdownCells();

        breakdowns.forEach((name, breakdown) -> {
            SexTally total = totals.get(name);
            long[] difference = {total.female(), total.male(), total.unknown()};
            long[] hiddenSum = new long[3];
            List<String> hidden = new ArrayList<>();
            breakdown.forEach((key, cell) -> {
                if (cell instanceof Cell.Shown<SexTally> shown) {
                    difference[0] -= shown.value().female();
                    difference[1] -= shown.value().male();
                    difference[2] -= shown.value().unknown();
                    // every shown cell is at least k people or empty
                    assertThat(shown.value().total() == 0 || shown.value().total() >= k).as(name + "." + key).isTrue();
                } else {
                    hidden.add(key);
                    org.mixite.core.privacy.SexCounts c = cells.get(name).get(key);
                    hiddenSum[0] += c.female();
                    hiddenSum[1] += c.male();
                    hiddenSum[2] += c.other();
                }
            });
            // What the attacker computes is exactly the sum of the hidden cells...
            assertThat(difference).as(name).containsExactly(hiddenSum);
            // ...so it must never be the value of one hidden cell that holds people. Every breakdown
            // with a fixed list of values has two cells or more; one from the data (categories, levels,
            // sites) can have its unknown cell alone, which is then the published total whatever is hidden.
            if (!Set.of("category", "level", "establishment").contains(name)) {
                assertThat(breakdown).as(name).hasSizeGreaterThanOrEqualTo(2);
            }
            if (hidden.size() == 1 && breakdown.size() > 1) {
                assertThat(cells.get(name).get(hidden.get(0)).total()).as(name + "." + hidden.get(0) + " = total − visible cells").isZero();
            }
        });
        assertThat(raw.total()).isEqualTo(r.total().shown().orElseThrow());
    }

    @Property(tries = 200)
    @Label("hires, exits and promotions by family sum to the flow totals (unsuppressed)")
    void flowsByFamilySumToTotals(@ForAll("workforce") List<EmployeeRecord> records) {
        Flows f = accumulate(records).result(1).flows();
        long hires = f.hiresByFamily().values().stream().mapToLong(c -> c.shown().orElseThrow().total()).sum();
        long exits = f.exitsByFamily().values().stream().mapToLong(c -> c.shown().orElseThrow().total()).sum();
        long byReason = f.exitsByReason().values().stream().mapToLong(c -> c.shown().orElseThrow().total()).sum();
        long promotions = f.promotionsByFamily().values().stream().mapToLong(c -> c.shown().orElseThrow().total()).sum();
        assertThat(new long[] {hires, exits, byReason, promotions})
                .containsExactly(f.hires().shown().orElseThrow().total(), f.exits().shown().orElseThrow().total(),
                        f.exits().shown().orElseThrow().total(), f.promotions().shown().orElseThrow().total());
    }
}

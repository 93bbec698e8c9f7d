package org.mixite.core.indicators.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.privacy.Cell;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Issue 5: composition, flows, Wilson intervals, suppression and the federation, hand-checked. */
class CompositionTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);
    private int ids;

    private EmployeeRecord person(Sex sex, String job) {
        return EmployeeRecord.builder("E" + ids++, sex).birthYear(1990).jobCode(job).build();
    }

    private static CompositionAccumulator accumulate(List<EmployeeRecord> records) {
        CompositionAccumulator acc = new CompositionAccumulator(YEAR, JobClassifier.defaults());
        records.forEach(acc::add);
        return acc;
    }

    @Test
    @DisplayName("Wilson 95% interval of 3 women in 12: 8.9%–53.2% (reference value)")
    void wilsonThreeOfTwelve() {
        SexTally tally = new SexTally(3, 9, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(tally.womenShare()).hasValue(new BigDecimal("25.0"));
        assertThat(tally.wilson().orElseThrow().low()).isEqualByComparingTo("8.9");
        assertThat(tally.wilson().orElseThrow().high()).isEqualByComparingTo("53.2");
        assertThat(new SexTally(0, 0, 4, BigDecimal.ZERO, BigDecimal.ZERO).womenShare()).isEmpty();
        // 0 of 10: the interval still has width, from 0.0 to 27.8
        assertThat(new SexTally(0, 10, 0, BigDecimal.ZERO, BigDecimal.ZERO).wilson().orElseThrow().high()).isEqualByComparingTo("27.8");
    }

    @Test
    @DisplayName("technical digital share, hires, exits and promotion rates, by hand")
    void flowsByHand() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            r.add(person(Sex.FEMALE, "388a").toBuilder().hireDate(LocalDate.of(2025, 3, 1)).build()); // 4 women hired into tech
        }
        for (int i = 0; i < 16; i++) {
            r.add(person(Sex.MALE, "388a").toBuilder().promoted(i < 4).build()); // 4 of 16 men promoted
        }
        for (int i = 0; i < 6; i++) {
            r.add(person(Sex.FEMALE, "542a").toBuilder().exitDate(LocalDate.of(2025, 6, 30)).exitReason(ExitReason.RESIGNATION).build());
        }
        r.add(person(Sex.MALE, "542a").toBuilder().hireDate(LocalDate.of(2024, 3, 1)).exitDate(LocalDate.of(2024, 12, 31)).build()); // gone before 2025
        CompositionResult result = accumulate(r).result(1);
        assertThat(result.total().shown().orElseThrow().female()).isEqualTo(10);
        assertThat(result.total().shown().orElseThrow().male()).isEqualTo(16);
        assertThat(result.breakdowns().get(Dimension.JOB_FAMILY).get("technical_digital").shown().orElseThrow().womenShare())
                .hasValue(new BigDecimal("20.0"));
        assertThat(result.flows().hires().shown().orElseThrow().female()).isEqualTo(4);
        assertThat(result.flows().technicalDigitalHires().shown().orElseThrow().womenShare()).hasValue(new BigDecimal("100.0"));
        assertThat(result.flows().exits().shown().orElseThrow().female()).isEqualTo(6);
        assertThat(result.flows().exitsByReason().get("resignation").shown().orElseThrow().female()).isEqualTo(6);
        // rates over each sex's headcount: hires 4/10 women = 40.0, exits 6/10 = 60.0, promotions 4/16 men = 25.0
        assertThat(result.flows().hireRateFemale()).hasValue(new BigDecimal("40.0"));
        assertThat(result.flows().exitRateFemale()).hasValue(new BigDecimal("60.0"));
        assertThat(result.flows().promotionRateMale()).hasValue(new BigDecimal("25.0"));
        assertThat(result.flows().promotionRateFemale()).hasValue(new BigDecimal("0.0"));
    }

    @Test
    @DisplayName("the leaky pipeline: the women's share at each management step")
    void pipeline() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            r.add(person(i < 4 ? Sex.FEMALE : Sex.MALE, "388a"));
            r.add(person(i < 2 ? Sex.FEMALE : Sex.MALE, "388c").toBuilder().managementLevel(ManagementLevel.MANAGER).build());
        }
        CompositionResult result = accumulate(r).result(1);
        assertThat(result.pipeline()).extracting(CompositionResult.PipelineStep::level).containsExactly("none", "manager", "executive", "board");
        assertThat(result.pipeline().get(0).tally().shown().orElseThrow().womenShare()).hasValue(new BigDecimal("40.0"));
        assertThat(result.pipeline().get(1).tally().shown().orElseThrow().womenShare()).hasValue(new BigDecimal("20.0"));
    }

    @Test
    @DisplayName("suppression: a breakdown cell under k people is hidden, and one more so that it cannot be derived from the total")
    void complementaryCellAttack() {
        List<EmployeeRecord> r = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            r.add(person(Sex.FEMALE, "388a").toBuilder().establishment("small").build());
        }
        for (int i = 0; i < 6; i++) {
            r.add(person(Sex.MALE, "388a").toBuilder().establishment("mid").build());
        }
        for (int i = 0; i < 20; i++) {
            r.add(person(i % 2 == 0 ? Sex.FEMALE : Sex.MALE, "388a").toBuilder().establishment("big").build());
        }
        CompositionResult result = accumulate(r).result(5);
        Map<String, Cell<SexTally>> sites = result.breakdowns().get(Dimension.ESTABLISHMENT);
        assertThat(sites.get("small")).isInstanceOf(Cell.Suppressed.class);
        assertThat(sites.get("mid")).isInstanceOf(Cell.Suppressed.class);
        assertThat(sites.get("big")).isInstanceOf(Cell.Shown.class);
        // total women (12) − visible women (10) = 2 is the sum of two hidden cells, not one cell's value
        assertThat(result.total().shown().orElseThrow().female()).isEqualTo(12);
        // totals are never suppressed
        assertThat(accumulate(r.subList(0, 2)).result(5).total().shown().orElseThrow().female()).isEqualTo(2);
    }

    @Test
    @DisplayName("federation: totals, and no company singled out when fewer than 3 report a figure")
    void federation() {
        Map<String, CompositionAccumulator> companies = new LinkedHashMap<>();
        int[][] mix = {{6, 14}, {10, 10}, {7, 13}};
        String[] names = {"acme", "globex", "initech"};
        for (int c = 0; c < 3; c++) {
            List<EmployeeRecord> r = new ArrayList<>();
            for (int i = 0; i < mix[c][0]; i++) {
                r.add(person(Sex.FEMALE, "388a"));
            }
            for (int i = 0; i < mix[c][1]; i++) {
                r.add(person(Sex.MALE, "388a"));
            }
            companies.put(names[c], accumulate(r));
        }
        Federation.Result result = Federation.of(companies, 5);
        assertThat(result.totals().total().shown().orElseThrow().female()).isEqualTo(23);
        Federation.Ranking share = result.rankings().get(0);
        assertThat(share.positions()).extracting(Federation.Position::company).containsExactly("acme", "globex", "initech");
        assertThat(share.positions()).extracting(Federation.Position::rank).containsExactly(1, 3, 2);
        // n = 3: quartile 1 + floor(4 (rank - 1) / 3) = 1, 3, 2; percentile (below + 1/2) / 3 = 16.7, 83.3, 50.0
        assertThat(share.positions()).extracting(Federation.Position::quartile).containsExactly(1, 3, 2);
        assertThat(share.positions()).extracting(p -> p.percentile().toPlainString()).containsExactly("16.7", "83.3", "50.0");
        // technical hires: nobody hired anywhere → withheld
        assertThat(result.rankings().get(2).withheld()).isPresent();
        companies.remove("initech");
        assertThat(Federation.of(companies, 5).rankings().get(0).withheld()).isPresent();
        // a company of fewer than 5 people is left out of the positions
        List<EmployeeRecord> small = new ArrayList<>();
        small.add(person(Sex.FEMALE, "388a"));
        small.add(person(Sex.FEMALE, "388a"));
        small.add(person(Sex.MALE, "388a"));
        companies.put("tiny", accumulate(small));
        assertThat(Federation.of(companies, 5).rankings().get(0).companiesReporting()).isEqualTo(2);
    }

    @Provide
    Arbitrary<List<EmployeeRecord>> workforce() {
        Arbitrary<EmployeeRecord> person = Combinators.combine(Arbitraries.of(Sex.class), Arbitraries.of("388a", "478b", "542a", "621a", "", "38A1"),
                Arbitraries.of(ManagementLevel.class), Arbitraries.integers().between(0, 400), Arbitraries.of("s1", "s2", "s3"))
                .as((sex, job, level, day, site) -> {
                    EmployeeRecord.Builder b = EmployeeRecord.builder("x", sex).birthYear(1960 + day % 40).managementLevel(level).establishment(site)
                            .hireDate(LocalDate.of(2024, 6, 1).plusDays(day)).promoted(day % 7 == 0);
                    if (!job.isEmpty()) {
                        b.jobCode(job);
                    }
                    return b.build();
                });
        return person.list().ofMaxSize(80).map(list -> {
            List<EmployeeRecord> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                unique.add(list.get(i).toBuilder().id("E" + i).build());
            }
            return unique;
        });
    }

    @Property(tries = 200)
    @Label("the counts per sex sum to the totals in every breakdown")
    void countsSumToTotals(@ForAll("workforce") List<EmployeeRecord> records) {
        CompositionResult result = accumulate(records).result(1);
        SexTally total = result.total().shown().orElseThrow();
        for (Dimension d : List.of(Dimension.JOB_FAMILY, Dimension.CATEGORY, Dimension.MANAGEMENT_LEVEL, Dimension.ESTABLISHMENT, Dimension.AGE_BAND)) {
            CompositionAccumulator acc = accumulate(records);
            long women = 0;
            long men = 0;
            for (String key : result.breakdowns().get(d).keySet()) {
                SexTally t = acc.cell(d, key).orElse(new SexTally(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
                women += t.female();
                men += t.male();
            }
            assertThat(women).as(d.name()).isEqualTo(total.female());
            assertThat(men).as(d.name()).isEqualTo(total.male());
        }
    }

    @Property(tries = 200)
    @Label("merging two companies' accumulators equals computing over the union")
    void mergeEqualsUnion(@ForAll("workforce") List<EmployeeRecord> records, @ForAll @IntRange(max = 80) int cut) {
        int split = Math.min(cut, records.size());
        CompositionAccumulator a = accumulate(records.subList(0, split));
        CompositionAccumulator b = accumulate(records.subList(split, records.size()));
        assertThat(a.merge(b).result(5)).isEqualTo(accumulate(records).result(5));
    }

    @Property(tries = 200)
    @Label("the result does not depend on record order")
    void orderIrrelevant(@ForAll("workforce") List<EmployeeRecord> records, @ForAll long seed) {
        List<EmployeeRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(accumulate(shuffled).result(5)).isEqualTo(accumulate(records).result(5));
    }
}

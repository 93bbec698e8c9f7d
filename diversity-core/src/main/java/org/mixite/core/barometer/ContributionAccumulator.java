package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.CompositionAccumulator;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.jobs.JobFamily;
import org.mixite.core.region.Region;
import org.mixite.core.region.Regions;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * Counts one member's records into its {@link Contribution}, in one pass. The definitions are
 * those of the composition, so that merged contributions give the composition's federation
 * figures (property-tested): the stock is the composition of the period's last day (hired on
 * or before it, not gone before it), the flows are the composition's flows over the period. The
 * region and the exits by family and reason are counted here, with the same presence rules.
 * Not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ContributionAccumulator {

    private static final String UNKNOWN = "unknown";

    private final String member;
    private final ReferencePeriod period;
    private final JobClassifier classifier;
    private final Regions regions;
    private final CompositionAccumulator stock;
    private final CompositionAccumulator flows;
    /** Region key → women, men, other; FTE of women and men. */
    private final Map<String, long[]> byRegion = new TreeMap<>();
    private final Map<String, BigDecimal[]> fteByRegion = new TreeMap<>();
    /** Family → reason → counts, for exits. */
    private final Map<String, Map<String, long[]>> exitReasons = new TreeMap<>();
    private final Map<String, BigDecimal[]> fteExitReasons = new TreeMap<>();

    public ContributionAccumulator(String member, ReferencePeriod period, JobClassifier classifier) {
        this.member = Objects.requireNonNull(member, "member");
        if (member.isBlank()) {
            throw new IllegalArgumentException("a contribution needs a member id (a SIREN or a label)");
        }
        this.period = Objects.requireNonNull(period, "period");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.regions = Regions.insee();
        this.stock = new CompositionAccumulator(new ReferencePeriod(period.end(), period.end()), classifier);
        this.flows = new CompositionAccumulator(period, classifier);
    }

    /** Counts one employee: in the stock if present on the period's last day, in the flows if hired, gone or promoted in it. */
    public void add(EmployeeRecord r) {
        stock.add(r);
        flows.add(r);
        int sex = r.sex() == Sex.FEMALE ? 0 : r.sex() == Sex.MALE ? 1 : 2;
        boolean presentAtEnd = r.hireDate().map(d -> !d.isAfter(period.end())).orElse(true)
                && r.exitDate().map(d -> !d.isBefore(period.end())).orElse(true);
        if (presentAtEnd) {
            count(byRegion, fteByRegion, regions.key(r.workPostalCode()), sex, r.fte());
        }
        boolean presentInPeriod = r.hireDate().map(d -> !d.isAfter(period.end())).orElse(true)
                && r.exitDate().map(d -> !d.isBefore(period.start())).orElse(true);
        if (presentInPeriod && r.exitDate().filter(period::contains).isPresent()) {
            String family = classifier.classify(r).family().code();
            String reason = r.exitReason().map(ExitReason::code).orElse(UNKNOWN);
            count(exitReasons.computeIfAbsent(family, k -> new TreeMap<>()), fteExitReasons, family + "\u0000" + reason, reason,
                    sex, r.fte());
        }
    }

    private static void count(Map<String, long[]> counts, Map<String, BigDecimal[]> ftes, String key, int sex, BigDecimal fte) {
        count(counts, ftes, key, key, sex, fte);
    }

    private static void count(Map<String, long[]> counts, Map<String, BigDecimal[]> ftes, String fteKey, String key, int sex,
                              BigDecimal fte) {
        counts.computeIfAbsent(key, k -> new long[3])[sex]++;
        if (sex < 2) {
            BigDecimal[] sums = ftes.computeIfAbsent(fteKey, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[sex] = sums[sex].add(fte);
        }
    }

    private static SexTally tally(long[] counts, BigDecimal[] ftes) {
        BigDecimal f = ftes == null ? BigDecimal.ZERO : ftes[0];
        BigDecimal m = ftes == null ? BigDecimal.ZERO : ftes[1];
        return new SexTally(counts[0], counts[1], counts[2], f.setScale(2, RoundingMode.HALF_UP), m.setScale(2, RoundingMode.HALF_UP));
    }

    /** The contribution, with the member's own headline figures (or {@link Contribution.Headline#NONE}). */
    public Contribution contribution(Contribution.Headline headline, String mixiteVersion) {
        Map<String, Map<String, SexTally>> stockTallies = stock.tallies();
        Map<String, Map<String, SexTally>> out = new LinkedHashMap<>();
        for (String name : Contribution.STOCK_BREAKDOWNS) {
            if (name.equals("region")) {
                Map<String, SexTally> cells = new LinkedHashMap<>();
                for (Region region : regions.all()) {
                    cells.put(region.code(), tally(byRegion.getOrDefault(region.code(), new long[3]), fteByRegion.get(region.code())));
                }
                cells.put(Regions.UNKNOWN, tally(byRegion.getOrDefault(Regions.UNKNOWN, new long[3]), fteByRegion.get(Regions.UNKNOWN)));
                out.put(name, cells);
            } else {
                out.put(name, stockTallies.get(name));
            }
        }
        Map<String, Map<String, SexTally>> flowTallies = flows.tallies();
        Map<String, SexTally> totals = flows.totals();
        Map<String, SexTally> reasons = flowTallies.get("exitsByReason");
        Map<String, Contribution.FamilyFlows> byFamily = new LinkedHashMap<>();
        for (JobFamily family : JobFamily.values()) {
            String f = family.code();
            Map<String, SexTally> familyReasons = new LinkedHashMap<>();
            Map<String, long[]> counted = exitReasons.getOrDefault(f, Map.of());
            for (String reason : reasons.keySet()) {
                familyReasons.put(reason, tally(counted.getOrDefault(reason, new long[3]), fteExitReasons.get(f + "\u0000" + reason)));
            }
            byFamily.put(f, new Contribution.FamilyFlows(flowTallies.get("hiresByFamily").get(f), flowTallies.get("exitsByFamily").get(f),
                    flowTallies.get("promotionsByFamily").get(f), familyReasons));
        }
        Contribution.Flows flowsOut = new Contribution.Flows(totals.get("hires"), totals.get("exits"), totals.get("promotions"),
                reasons, byFamily);
        return new Contribution(Contribution.SCHEMA_VERSION, member, period, mixiteVersion, classifier.version(), regions.version(),
                stock.total(), out, flowsOut, headline);
    }
}

package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.ReferencePeriod;

/**
 * One member's place among the members, on each indicator (issue 18, "--member"): its rank,
 * quartile and percentile, and its own share (its own figure, which it knows). For that member
 * only, never published: no other member's figure is in it. Shares are compared exactly.
 *
 * @param members the members of the period
 */
@API(status = API.Status.EXPERIMENTAL)
public record Placement(String member, ReferencePeriod period, int members, List<Place> places) {

    /**
     * The place on one indicator, among the {@code of} members whose cell holds at least k people.
     *
     * @param rank       1 + the number of members with a strictly lower share (ties share a rank)
     * @param quartile   1 + ⌊4 (rank − 1) / of⌋: 1 = lowest quarter, 4 = highest
     * @param percentile mid-rank percentile, 100 × (below + ½ equal) / of, the member among the equal, one decimal half up
     * @param withheld   why the member is not placed
     */
    public record Place(Indicator indicator, Optional<BigDecimal> ownShare, int rank, int of, int quartile, BigDecimal percentile,
                        Optional<String> withheld) {
    }

    /** The placement of {@code member} among the contributions of one period. */
    public static Placement of(String member, List<Contribution> period, int minCell) {
        Contribution own = period.stream().filter(c -> c.member().equals(member)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contribution of member " + member + " in this period"));
        List<Place> places = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Map<String, Ratio> shares = Barometer.shares(indicator, period, minCell);
            Ratio mine = shares.get(member);
            if (mine == null) {
                places.add(new Place(indicator, Optional.empty(), 0, shares.size(), 0, BigDecimal.ZERO,
                        Optional.of("your own cell holds fewer than " + minCell + " women and men")));
                continue;
            }
            int n = shares.size();
            if (n < Disclosure.MIN_MEMBERS) {
                places.add(new Place(indicator, Optional.of(mine.percent()), 0, n, 0, BigDecimal.ZERO,
                        Optional.of("fewer than " + Disclosure.MIN_MEMBERS + " members report this figure")));
                continue;
            }
            long below = shares.values().stream().filter(v -> v.compareTo(mine) < 0).count();
            long equal = shares.values().stream().filter(v -> v.compareTo(mine) == 0).count();
            int rank = 1 + (int) below;
            int quartile = 1 + (int) (4L * (rank - 1) / n);
            BigDecimal percentile = BigDecimal.valueOf(200 * below + 100 * equal).divide(BigDecimal.valueOf(2L * n), 1, RoundingMode.HALF_UP);
            places.add(new Place(indicator, Optional.of(mine.percent()), rank, n, quartile, percentile, Optional.empty()));
        }
        return new Placement(member, own.period(), period.size(), List.copyOf(places));
    }
}

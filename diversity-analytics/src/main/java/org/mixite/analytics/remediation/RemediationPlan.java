package org.mixite.analytics.remediation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The raises that reach a target.
 *
 * @param target        the target
 * @param reached       whether the indicators after the raises meet it (checked, not assumed)
 * @param raises        the raises, by id
 * @param budget        the sum of the raises' annual cost, in euros
 * @param byCategory    people raised and cost per category of workers, by name
 * @param before        the indicators before
 * @param after         the indicators after the raises
 * @param method        the method, in words
 * @param lowerBound    a lower bound on the cost of any plan reaching the target, when one is known
 * @param optimalityGap budget − lowerBound, when the bound is known
 */
@API(status = API.Status.EXPERIMENTAL)
public record RemediationPlan(Target target, boolean reached, List<Raise> raises, BigDecimal budget,
                              Map<String, CategoryCost> byCategory, Indicators before, Indicators after, String method,
                              Optional<BigDecimal> lowerBound, Optional<BigDecimal> optimalityGap) {

    public RemediationPlan {
        raises = List.copyOf(raises);
        byCategory = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCategory));
    }

    /** The number of people raised. */
    public int people() {
        return raises.size();
    }

    /**
     * People raised and cost in one category.
     *
     * @param people the number of people raised
     * @param budget their annual cost in euros
     */
    public record CategoryCost(int people, BigDecimal budget) {
    }
}

package org.mixite.core.indicators.paygap;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * The average pay levels of women and of men per category of workers ({@code categoryOrDerived()}),
 * exact, as Art. 7 (a worker's right to information) and Art. 10(2)(b) (the joint pay assessment)
 * give them: hourly and full-time annual, total, basic and variable. The people are those of the
 * pay-gap figures: women and men present in the period with pay. Mergeable; not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CategoryPayLevels {

    private static final int F = 0;
    private static final int M = 1;
    private static final int WIDTH = 6; // hourly, hourly base, hourly variable, annual, annual base, annual variable

    private final ReferencePeriod period;
    private final Map<String, Sums> categories = new TreeMap<>();

    public CategoryPayLevels(ReferencePeriod period) {
        this.period = Objects.requireNonNull(period, "period");
    }

    /** Adds one employee. */
    public void add(EmployeeRecord r) {
        int sex = r.sex() == Sex.FEMALE ? F : r.sex() == Sex.MALE ? M : -1;
        if (sex < 0) {
            return;
        }
        PayFacts pay = PayFacts.of(r, period);
        if (!pay.hasPay()) {
            return;
        }
        categories.computeIfAbsent(r.categoryOrDerived().orElse(PayGapAccumulator.NO_CATEGORY), k -> new Sums()).add(sex, pay);
    }

    /** Adds everything another accumulator saw. */
    public CategoryPayLevels merge(CategoryPayLevels other) {
        other.categories.forEach((k, v) -> categories.computeIfAbsent(k, x -> new Sums()).merge(v));
        return this;
    }

    /** The category names seen, sorted. */
    public java.util.Set<String> categories() {
        return java.util.Collections.unmodifiableSet(categories.keySet());
    }

    /** The women's and men's figures of one category; empty when nobody with pay is in it. */
    public Optional<Levels> of(String category) {
        Sums s = categories.get(category);
        return s == null ? Optional.empty() : Optional.of(new Levels(s.group(F), s.group(M)));
    }

    /** Every category's figures, by name. */
    public Map<String, Levels> all() {
        Map<String, Levels> out = new TreeMap<>();
        categories.keySet().forEach(k -> out.put(k, of(k).orElseThrow()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Women's and men's figures in one category. */
    public record Levels(Group women, Group men) {
    }

    /**
     * One sex in one category.
     *
     * @param people           people with pay (the hourly average's count)
     * @param peopleWithAnnual people whose annual pay is known (the count of every other average)
     * @param average          the average pay level, when {@code people} &gt; 0; not filtered for small groups
     *                         (callers decide what they may show: Art. 7 answers, reports)
     */
    public record Group(long people, long peopleWithAnnual, Optional<PayLevel> average) {
    }

    private static final class Sums {
        final long[] n = new long[2];
        final long[] nAnnual = new long[2];
        final FractionSums sums = new FractionSums(2 * WIDTH);

        void add(int sex, PayFacts pay) {
            int at = sex * WIDTH;
            n[sex]++;
            sums.add(pay.hourlyD, at, pay.hourlyN);
            if (pay.hasAnnual) {
                nAnnual[sex]++;
                sums.add(pay.componentD, at + 1, pay.hourlyBaseN);
                sums.add(pay.componentD, at + 2, pay.hourlyVariableN);
                sums.add(pay.annualD, at + 3, pay.annualN);
                sums.add(pay.annualD, at + 4, pay.annualBaseN);
                sums.add(pay.annualD, at + 5, pay.annualVariableN);
            }
        }

        void merge(Sums o) {
            for (int s = 0; s < 2; s++) {
                n[s] += o.n[s];
                nAnnual[s] += o.nAnnual[s];
            }
            sums.addAll(o.sums);
        }

        Group group(int sex) {
            if (n[sex] == 0) {
                return new Group(0, 0, Optional.empty());
            }
            int at = sex * WIDTH;
            long a = nAnnual[sex];
            PayLevel level = new PayLevel(PayLevel.cents(sums.total(at), n[sex]),
                    a == 0 ? Optional.empty() : Optional.of(PayLevel.cents(sums.total(at + 1), a)),
                    a == 0 ? Optional.empty() : Optional.of(PayLevel.cents(sums.total(at + 2), a)),
                    a == 0 ? Optional.empty() : Optional.of(PayLevel.cents(sums.total(at + 3), a)),
                    a == 0 ? Optional.empty() : Optional.of(PayLevel.cents(sums.total(at + 4), a)),
                    a == 0 ? Optional.empty() : Optional.of(PayLevel.cents(sums.total(at + 5), a)));
            return new Group(n[sex], a, Optional.of(level));
        }
    }
}

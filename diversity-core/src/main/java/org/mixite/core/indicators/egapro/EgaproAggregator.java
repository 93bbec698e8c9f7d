package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * Aggregates employee records into the Egapro input of the government's form (egapro.md §2):
 * who counts, the full-time full-year pay, the CSP or level, the age band at the end of the
 * period, the raise, promotion and maternity flags, and the 10 highest earners. A single-pass,
 * mergeable accumulator: feed records with {@link #add}, combine partial aggregations with
 * {@link #merge}, read the aggregates with {@link #aggregate}. Not thread-safe; use one per
 * thread and merge.
 *
 * <p>Choices where egapro.md is silent, stated here and in the output:
 * <ul>
 *   <li>presence is {@code days_present}, else the days between hire and exit dates within the
 *       period; at least 183 days count as the 6 months;</li>
 *   <li>excluded contracts: apprentice, intern, temporary (agency); sex X or unknown cannot be
 *       placed in a women/men indicator and is left out, counted;</li>
 *   <li>averages and rates in the aggregated input are rounded to the cent and to 2 decimals,
 *       as they would be typed into the form; the index is computed from that input;</li>
 *   <li>the 10 highest earners are ranked by the same full-time full-year pay, ties broken by
 *       id in ascending order.</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproAggregator {

    /** Six months of presence, in days (employee-record.md, {@code days_present}). */
    public static final int MIN_DAYS_PRESENT = 183;
    static final int TOP_EARNERS = 10;

    private final ReferencePeriod period;
    private final Modalite modalite;
    private final Map<String, PaySums> payGroups = new TreeMap<>();
    private final Map<Csp, RateCounts> rates = new EnumMap<>(Csp.class);
    private final Map<String, Long> excluded = new TreeMap<>();
    private final List<Earner> topEarners = new ArrayList<>();
    private long counted;
    private long women;
    private long men;
    private long womenRaisedOrPromoted;
    private long menRaisedOrPromoted;
    private long maternityReturns;
    private long maternityRaised;

    public EgaproAggregator(ReferencePeriod period, Modalite modalite) {
        this.period = Objects.requireNonNull(period, "period");
        this.modalite = Objects.requireNonNull(modalite, "modalite");
    }

    /** Adds one employee. */
    public void add(EmployeeRecord r) {
        Optional<String> exclusion = exclusion(r);
        if (exclusion.isPresent()) {
            excluded.merge(exclusion.get(), 1L, Long::sum);
            return;
        }
        counted++;
        boolean female = r.sex() == Sex.FEMALE;
        if (female) {
            women++;
            womenRaisedOrPromoted += r.raised() || r.promoted() ? 1 : 0;
            if (r.maternityReturn()) {
                maternityReturns++;
                maternityRaised += r.raisedAfterMaternity() ? 1 : 0;
            }
        } else {
            men++;
            menRaisedOrPromoted += r.raised() || r.promoted() ? 1 : 0;
        }
        Optional<Csp> csp = r.categoryOrDerived().flatMap(Csp::parse);
        if (csp.isPresent()) {
            rates.computeIfAbsent(csp.get(), c -> new RateCounts()).add(female, r.raised(), r.promoted());
        } else {
            excluded.merge("indicators 2 and 3: no CSP (category or PCS-ESE code)", 1L, Long::sum);
        }
        Optional<BigDecimal> pay = fullTimePay(r);
        if (pay.isEmpty()) {
            excluded.merge("indicators 1 and 5: no pay", 1L, Long::sum);
            return;
        }
        topEarners.add(new Earner(pay.get(), r.id(), female));
        trimTopEarners();
        Optional<String> group = modalite == Modalite.CSP ? csp.map(Csp::code) : r.level();
        Optional<AgeBand> age = ageAtEnd(r).map(AgeBand::ofAge);
        if (group.isEmpty() || age.isEmpty()) {
            excluded.merge(group.isEmpty() ? "indicator 1: no " + (modalite == Modalite.CSP ? "CSP" : "level")
                    : "indicator 1: no age", 1L, Long::sum);
            return;
        }
        payGroups.computeIfAbsent(group.get() + "|" + age.get().ordinal(), k -> new PaySums(group.get(), age.get()))
                .add(female, pay.get());
    }

    /** Adds everything another aggregator saw, as if its records had been added here. */
    public EgaproAggregator merge(EgaproAggregator other) {
        if (!period.equals(other.period) || modalite != other.modalite) {
            throw new IllegalArgumentException("cannot merge aggregations of different periods or modalities");
        }
        other.payGroups.forEach((k, v) -> payGroups.computeIfAbsent(k, key -> new PaySums(v.categorie, v.age)).merge(v));
        other.rates.forEach((k, v) -> rates.computeIfAbsent(k, key -> new RateCounts()).merge(v));
        other.excluded.forEach((k, v) -> excluded.merge(k, v, Long::sum));
        topEarners.addAll(other.topEarners);
        trimTopEarners();
        counted += other.counted;
        women += other.women;
        men += other.men;
        womenRaisedOrPromoted += other.womenRaisedOrPromoted;
        menRaisedOrPromoted += other.menRaisedOrPromoted;
        maternityReturns += other.maternityReturns;
        maternityRaised += other.maternityRaised;
        return this;
    }

    /** Why a record is left out of the index, or empty when it counts. */
    private Optional<String> exclusion(EmployeeRecord r) {
        if (r.contract() == ContractType.APPRENTICE || r.contract() == ContractType.INTERN
                || r.contract() == ContractType.TEMPORARY) {
            return Optional.of("contract " + r.contract().code());
        }
        if (!r.sex().isBinary()) {
            return Optional.of("sex X or unknown");
        }
        if (daysPresent(r) < MIN_DAYS_PRESENT) {
            return Optional.of("present less than 6 months (183 days)");
        }
        return Optional.empty();
    }

    private long daysPresent(EmployeeRecord r) {
        if (r.daysPresent().isPresent()) {
            return r.daysPresent().get();
        }
        LocalDate from = r.hireDate().filter(d -> d.isAfter(period.start())).orElse(period.start());
        LocalDate to = r.exitDate().filter(d -> d.isBefore(period.end())).orElse(period.end());
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Annual pay converted to full time and full year: (base + variable) / fte / presence fraction. */
    private Optional<BigDecimal> fullTimePay(EmployeeRecord r) {
        if (r.annualBasePay().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal paid = r.annualBasePay().get().add(r.annualVariablePay().orElse(BigDecimal.ZERO));
        long present = Math.min(daysPresent(r), period.days());
        // paid × period days / (present days × fte), one division.
        return Optional.of(paid.multiply(BigDecimal.valueOf(period.days()))
                .divide(BigDecimal.valueOf(present).multiply(r.fte()), java.math.MathContext.DECIMAL128));
    }

    private Optional<Integer> ageAtEnd(EmployeeRecord r) {
        if (r.birthDate().isPresent()) {
            return Optional.of(Period.between(r.birthDate().get(), period.end()).getYears());
        }
        return r.birthYear().map(year -> period.end().getYear() - year);
    }

    private void trimTopEarners() {
        topEarners.sort(Earner.RANKING);
        if (topEarners.size() > TOP_EARNERS) {
            topEarners.subList(TOP_EARNERS, topEarners.size()).clear();
        }
    }

    /** Employees who count in the index. */
    public long counted() {
        return counted;
    }

    /** Records left out, by reason (a record may appear under several indicator-level reasons). */
    public Map<String, Long> excluded() {
        return Map.copyOf(excluded);
    }

    /**
     * The aggregated input.
     *
     * @param tranche the band; by default from the headcount counted
     */
    public EgaproInput aggregate(Optional<Tranche> tranche) {
        Tranche band = tranche.orElseGet(() -> Tranche.forHeadcount(counted));
        List<PayGroup> groups = new ArrayList<>();
        List<String> categories = modalite == Modalite.CSP
                ? java.util.Arrays.stream(Csp.values()).map(Csp::code).toList()
                : payGroups.values().stream().map(s -> s.categorie).distinct().sorted().toList();
        for (String categorie : categories) {
            for (AgeBand age : AgeBand.values()) {
                PaySums sums = payGroups.get(categorie + "|" + age.ordinal());
                groups.add(sums == null ? new PayGroup(categorie, age, 0, 0, Optional.empty(), Optional.empty())
                        : sums.toGroup());
            }
        }
        List<RateGroup> raises = new ArrayList<>();
        List<RateGroup> promotions = new ArrayList<>();
        for (Csp csp : Csp.values()) {
            RateCounts c = rates.getOrDefault(csp, new RateCounts());
            raises.add(new RateGroup(csp, (int) c.women, (int) c.men, percent(c.womenRaised, c.women), percent(c.menRaised, c.men)));
            promotions.add(new RateGroup(csp, (int) c.women, (int) c.men, percent(c.womenPromoted, c.women), percent(c.menPromoted, c.men)));
        }
        boolean combined = band.combinesRaisesAndPromotions();
        long raisedTotal = womenRaisedOrPromoted + menRaisedOrPromoted;
        int topWomen = (int) topEarners.stream().filter(Earner::female).count();
        return new EgaproInput(band, modalite, groups,
                combined ? Optional.empty() : Optional.of(raises),
                combined ? Optional.empty() : Optional.of(promotions),
                combined && raisedTotal > 0
                        ? Optional.of(new EgaproInput.RaiseCounts((int) women, (int) men, (int) womenRaisedOrPromoted, (int) menRaisedOrPromoted))
                        : Optional.empty(),
                maternityReturns > 0 ? Optional.of(new EgaproInput.MaternityReturns((int) maternityReturns, (int) maternityRaised))
                        : Optional.empty(),
                new EgaproInput.TopEarners(topWomen, topEarners.size() - topWomen));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** Pay sums of one indicator-1 group. */
    private static final class PaySums {
        final String categorie;
        final AgeBand age;
        long women;
        long men;
        BigDecimal womenPay = BigDecimal.ZERO;
        BigDecimal menPay = BigDecimal.ZERO;

        PaySums(String categorie, AgeBand age) {
            this.categorie = categorie;
            this.age = age;
        }

        void add(boolean female, BigDecimal pay) {
            if (female) {
                women++;
                womenPay = womenPay.add(pay);
            } else {
                men++;
                menPay = menPay.add(pay);
            }
        }

        void merge(PaySums other) {
            women += other.women;
            men += other.men;
            womenPay = womenPay.add(other.womenPay);
            menPay = menPay.add(other.menPay);
        }

        PayGroup toGroup() {
            return new PayGroup(categorie, age, (int) women, (int) men, average(womenPay, women), average(menPay, men));
        }

        private static Optional<BigDecimal> average(BigDecimal sum, long n) {
            return n == 0 ? Optional.empty() : Optional.of(sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
        }
    }

    /** Raise and promotion counts of one CSP. */
    private static final class RateCounts {
        long women;
        long men;
        long womenRaised;
        long menRaised;
        long womenPromoted;
        long menPromoted;

        void add(boolean female, boolean raised, boolean promoted) {
            if (female) {
                women++;
                womenRaised += raised ? 1 : 0;
                womenPromoted += promoted ? 1 : 0;
            } else {
                men++;
                menRaised += raised ? 1 : 0;
                menPromoted += promoted ? 1 : 0;
            }
        }

        void merge(RateCounts o) {
            women += o.women;
            men += o.men;
            womenRaised += o.womenRaised;
            menRaised += o.menRaised;
            womenPromoted += o.womenPromoted;
            menPromoted += o.menPromoted;
        }
    }

    /** One of the highest earners; ranked by pay descending, then id ascending. */
    private record Earner(BigDecimal pay, String id, boolean female) {
        static final Comparator<Earner> RANKING = Comparator.comparing(Earner::pay).reversed().thenComparing(Earner::id);
    }
}

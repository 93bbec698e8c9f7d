package org.mixite.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mixite.analytics.oaxaca.Decomposition;
import org.mixite.analytics.oaxaca.OaxacaBlinder;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.Raise;
import org.mixite.analytics.remediation.RemediationPlan;
import org.mixite.analytics.remediation.RemediationSimulator;
import org.mixite.analytics.remediation.Target;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.records.EgaproAccumulator;
import org.mixite.core.indicators.paygap.HourlyPay;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

class AnalyticsProperties {

    private static final Control[] CONTROLS = {Control.CATEGORY, Control.LEVEL, Control.ESTABLISHMENT, Control.FTE};

    /** A random workforce: 3 categories, 3 levels, 2 establishments, two fte values, pay to the cent. */
    private static People people(long seed, int size) {
        Random random = new Random(seed);
        People p = new People();
        for (int i = 0; i < size; i++) {
            boolean woman = random.nextBoolean();
            int cat = random.nextInt(3);
            double pay = (1000 + 500 * cat + random.nextInt(2000) - (woman ? random.nextInt(400) : 0)) / 100.0;
            p.add(woman ? Sex.FEMALE : Sex.MALE, pay, "K" + cat, "L" + random.nextInt(3), "E" + random.nextInt(2),
                    random.nextInt(4) == 0 ? new BigDecimal("0.5") : BigDecimal.ONE);
        }
        return p;
    }

    @Property(tries = 100)
    @Label("Oaxaca-Blinder: explained + unexplained = the total gap")
    void decompositionAddsUp(@ForAll long seed, @ForAll @IntRange(min = 12, max = 300) int size) {
        Decomposition d = OaxacaBlinder.decompose(PayRegression.fit(people(seed, size).sample(CONTROLS)));
        if (d instanceof Decomposition.Computed c) {
            assertThat(c.explained() + c.unexplained()).isCloseTo(c.totalGap(), within(1e-9));
            double sum = c.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).isCloseTo(c.explained(), within(1e-12));
        }
    }

    @Property(tries = 100)
    @Label("Scaling everyone's pay by c leaves the adjusted gap, its interval and p-value unchanged")
    void scaleInvariance(@ForAll long seed, @ForAll @IntRange(min = 12, max = 200) int size,
                         @ForAll @IntRange(min = 2, max = 1000) int factor) {
        AnalyticsSample sample = people(seed, size).sample(CONTROLS);
        // A whole factor keeps nano-euros exact, so only the regression's arithmetic is tested.
        long[] scaled = sample.hourlyPayCopy();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        AdjustedGap a = PayRegression.fit(sample).gap();
        AdjustedGap b = PayRegression.fit(sample.withHourlyPay(scaled)).gap();
        if (a instanceof AdjustedGap.Estimate ea) {
            AdjustedGap.Estimate eb = (AdjustedGap.Estimate) b;
            assertThat(eb.percent()).isCloseTo(ea.percent(), within(1e-8));
            assertThat(eb.ciLow()).isCloseTo(ea.ciLow(), within(1e-8));
            assertThat(eb.ciHigh()).isCloseTo(ea.ciHigh(), within(1e-8));
            assertThat(eb.pValue()).isCloseTo(ea.pValue(), within(1e-8));
            assertThat(eb.r2()).isCloseTo(ea.r2(), within(1e-8));
        } else {
            assertThat(b).isInstanceOf(AdjustedGap.NotComputable.class);
        }
    }

    @Property(tries = 60)
    @Label("Art. 10 remediation: afterwards every category gap is under 5% (checked exactly here), and nobody's pay fell")
    void art10TargetHolds(@ForAll long seed, @ForAll @IntRange(min = 4, max = 200) int size) {
        AnalyticsSample sample = people(seed, size).sample(CONTROLS);
        RemediationPlan plan = RemediationSimulator.plan(sample, new Target.Art10());
        long[] after = applied(sample, plan);
        for (int i = 0; i < after.length; i++) {
            assertThat(after[i]).isGreaterThanOrEqualTo(sample.hourlyNanos(i));
        }
        for (int c = 0; c < sample.categoryNames().size(); c++) {
            BigInteger f = BigInteger.ZERO;
            BigInteger m = BigInteger.ZERO;
            long nf = 0;
            long nm = 0;
            for (int i = 0; i < after.length; i++) {
                if (sample.category(i) == c) {
                    if (sample.isFemale(i)) {
                        f = f.add(BigInteger.valueOf(after[i]));
                        nf++;
                    } else {
                        m = m.add(BigInteger.valueOf(after[i]));
                        nm++;
                    }
                }
            }
            if (nf > 0 && nm > 0) {
                // |meanM − meanF| / meanM < 5% ⇔ 20·|ΣM·nF − ΣF·nM| < ΣM·nF
                BigInteger menTimesNf = m.multiply(BigInteger.valueOf(nf));
                BigInteger diff = menTimesNf.subtract(f.multiply(BigInteger.valueOf(nm))).abs();
                assertThat(diff.multiply(BigInteger.valueOf(20))).isLessThan(menTimesNf);
            }
        }
        assertThat(plan.reached()).isTrue();
        assertThat(plan.budget()).isEqualByComparingTo(plan.raises().stream().map(Raise::annualCost)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        plan.optimalityGap().ifPresent(g -> assertThat(g.signum()).isGreaterThanOrEqualTo(0));
    }

    @Property(tries = 20)
    @Label("Adjusted remediation: when reached, the refitted gap is not significant; nobody's pay fell")
    void adjustedTargetHolds(@ForAll long seed, @ForAll @IntRange(min = 30, max = 200) int size) {
        AnalyticsSample sample = people(seed, size).sample(CONTROLS);
        RemediationPlan plan = RemediationSimulator.plan(sample, new Target.AdjustedNotSignificant());
        long[] after = applied(sample, plan);
        for (int i = 0; i < after.length; i++) {
            assertThat(after[i]).isGreaterThanOrEqualTo(sample.hourlyNanos(i));
        }
        AdjustedGap refit = PayRegression.fit(sample.withHourlyPay(after)).gap();
        if (plan.reached()) {
            assertThat(refit).isInstanceOfSatisfying(AdjustedGap.Estimate.class, e -> assertThat(e.pValue()).isGreaterThanOrEqualTo(0.05));
        }
        if (sample.size() > 0 && PayRegression.fit(sample).gap() instanceof AdjustedGap.Estimate e) {
            assertThat(plan.reached()).as("reached from p = %s", e.pValue()).isTrue();
        }
    }

    @Property(tries = 30)
    @Label("Determinism: the same records in another order give the same gap and the same raises")
    void determinism(@ForAll long seed, @ForAll @IntRange(min = 12, max = 150) int size) {
        People p = people(seed, size);
        List<EmployeeRecord> shuffled = new ArrayList<>(p.records());
        Collections.shuffle(shuffled, new Random(seed + 1));
        AnalyticsSample a = p.sample(CONTROLS);
        AnalyticsSample b = AnalyticsSample.of(shuffled, People.YEAR, java.util.Set.of(CONTROLS));
        Fit fa = PayRegression.fit(a);
        Fit fb = PayRegression.fit(b);
        if (fa.gap() instanceof AdjustedGap.Estimate ea) {
            assertThat(((AdjustedGap.Estimate) fb.gap()).percent()).isCloseTo(ea.percent(), within(1e-9));
            assertThat(fb.terms()).extracting(t -> t.label()).isEqualTo(fa.terms().stream().map(t -> t.label()).toList());
        }
        assertThat(RemediationSimulator.plan(b, new Target.Art10()).raises())
                .isEqualTo(RemediationSimulator.plan(a, new Target.Art10()).raises());
        assertThat(RemediationSimulator.plan(a, new Target.Art10())).isEqualTo(RemediationSimulator.plan(a, new Target.Art10()));
    }

    @Property(tries = 40)
    @Label("Egapro indicator 1 remediation: afterwards the records, with each raise added to annual pay, score at least "
            + "X points by the Egapro calculator; nobody's pay fell; only one sex is raised")
    void egaproTargetHolds(@ForAll long seed, @ForAll @IntRange(min = 20, max = 300) int size,
                           @ForAll @IntRange(min = 0, max = 40) int points) {
        Random random = new Random(seed);
        ReferencePeriod year = People.YEAR;
        List<EmployeeRecord> records = new ArrayList<>();
        String[] csp = {"ouv", "emp", "tam", "ic"};
        for (int i = 0; i < size; i++) {
            boolean woman = random.nextInt(3) > 0 == (seed % 2 == 0);
            int c = random.nextInt(4);
            int pay = 20_000 + 10_000 * c + random.nextInt(15_000) + (woman ? 0 : random.nextInt(8_000));
            EmployeeRecord.Builder b = EmployeeRecord.builder(String.format("R%04d", i), woman ? Sex.FEMALE : Sex.MALE)
                    .birthYear(1960 + random.nextInt(40)).category(csp[c])
                    .fte(random.nextInt(5) == 0 ? new BigDecimal("0.8") : BigDecimal.ONE)
                    .annualBasePay(BigDecimal.valueOf(pay));
            if (random.nextInt(6) == 0) {
                b.hireDate(year.start().plusDays(random.nextInt(300)));
            }
            records.add(b.build());
        }
        AnalyticsSample sample = AnalyticsSample.of(records, year, java.util.Set.of());
        RemediationPlan plan = RemediationSimulator.plan(sample, new Target.EgaproPayPoints(points));
        long[] after = applied(sample, plan);
        for (int i = 0; i < after.length; i++) {
            assertThat(after[i]).isGreaterThanOrEqualTo(sample.hourlyNanos(i));
        }
        assertThat(plan.raises().stream().map(r -> sex(records, r.id())).distinct().count()).isLessThanOrEqualTo(1);
        // Independent check: the raises as annual pay on the records, through the core's accumulator and calculator.
        Map<String, Raise> raised = new HashMap<>();
        plan.raises().forEach(r -> raised.put(r.id(), r));
        EgaproAccumulator egapro = new EgaproAccumulator(year, Modalite.CSP);
        for (EmployeeRecord r : records) {
            Raise raise = raised.get(r.id());
            if (raise == null) {
                egapro.add(r);
            } else {
                BigDecimal hours = HourlyPay.of(r, year).orElseThrow().annualHours();
                BigDecimal more = BigDecimal.valueOf(raise.toNanos() - raise.fromNanos()).multiply(hours).movePointLeft(9);
                egapro.add(r.toBuilder().annualBasePay(r.annualBasePay().orElseThrow().add(more)).build());
            }
        }
        var input = egapro.aggregate().input();
        var indicator = EgaproCalculator.payGap(input.modaliteRemunerations(), input.remunerations());
        if (plan.before().egaproPay().isPresent()) {
            assertThat(plan.reached()).isTrue();
            assertThat(indicator.computed()).hasValueSatisfying(s -> assertThat(s.note()).isGreaterThanOrEqualTo(points));
            assertThat(plan.after().egaproPay()).isEqualTo(indicator.computed());
            plan.optimalityGap().ifPresent(g -> assertThat(g.signum()).isGreaterThanOrEqualTo(0));
        } else {
            assertThat(plan.raises()).isEmpty();
        }
    }

    private static Sex sex(List<EmployeeRecord> records, String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().sex();
    }

    private static long[] applied(AnalyticsSample sample, RemediationPlan plan) {
        Map<String, Long> to = new HashMap<>();
        for (Raise r : plan.raises()) {
            assertThat(r.toNanos()).isGreaterThan(r.fromNanos());
            to.put(r.id(), r.toNanos());
        }
        long[] after = new long[sample.size()];
        for (int i = 0; i < after.length; i++) {
            after[i] = to.getOrDefault(sample.id(i), sample.hourlyNanos(i));
        }
        return after;
    }
}

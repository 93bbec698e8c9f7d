package org.mixite.analytics.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apiguardian.api.API;
import org.mixite.analytics.oaxaca.Decomposition;
import org.mixite.analytics.regression.AdjustedGap;

/**
 * Compares periods. Whether the adjusted gap really moved is judged two ways, both reported:
 * <ul>
 *   <li>a z-test on the difference of the female coefficients, z = (β₂ − β₁)/√(se₁² + se₂²),
 *       which treats the two years as independent samples. Many people are in both years, so
 *       the estimates are positively correlated and the true variance of the difference is
 *       smaller: the test is conservative (it may miss a real change, not invent one);</li>
 *   <li>whether the later point estimate lies outside the earlier 95% interval (simpler to
 *       explain, less rigorous: it ignores the later estimate's own uncertainty).</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Trends {

    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private Trends() {
    }

    /** The trend of two or more periods, in the order given. */
    public static Trend of(List<PeriodFigures> periods) {
        if (periods.size() < 2) {
            throw new IllegalArgumentException("a trend needs at least 2 periods, got " + periods.size());
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < periods.size(); i++) {
            changes.add(change(periods.get(i - 1), periods.get(i)));
        }
        return new Trend(periods, changes);
    }

    static Change change(PeriodFigures a, PeriodFigures b) {
        Optional<Double> raw = a.rawGap().flatMap(x -> b.rawGap().map(y -> y - x));
        Optional<Double> adjusted = Optional.empty();
        Optional<Double> z = Optional.empty();
        Optional<Double> p = Optional.empty();
        Optional<Boolean> beyond = Optional.empty();
        if (a.adjusted() instanceof AdjustedGap.Estimate ea && b.adjusted() instanceof AdjustedGap.Estimate eb) {
            adjusted = Optional.of(eb.percent() - ea.percent());
            double se = Math.sqrt(ea.standardError() * ea.standardError() + eb.standardError() * eb.standardError());
            double diff = eb.coefficient() - ea.coefficient();
            if (se > 0) {
                double zz = diff / se;
                z = Optional.of(zz);
                p = Optional.of(Math.min(1, 2 * STANDARD.survivalProbability(Math.abs(zz))));
            } else {
                p = Optional.of(diff == 0 ? 1.0 : 0.0);
            }
            beyond = Optional.of(eb.percent() < ea.ciLow() || eb.percent() > ea.ciHigh());
        }
        Optional<Double> explained = Optional.empty();
        Optional<Double> unexplained = Optional.empty();
        if (a.oaxaca() instanceof Decomposition.Computed da && b.oaxaca() instanceof Decomposition.Computed db) {
            explained = Optional.of(db.explained() - da.explained());
            unexplained = Optional.of(db.unexplained() - da.unexplained());
        }
        Optional<Integer> points = a.egaproIndicator1().flatMap(x -> b.egaproIndicator1().map(y -> y.note() - x.note()));
        List<String> newly = b.flaggedCategories().stream().filter(c -> !a.flaggedCategories().contains(c)).toList();
        List<String> gone = a.flaggedCategories().stream().filter(c -> !b.flaggedCategories().contains(c)).toList();
        return new Change(a.label(), b.label(), raw, adjusted, explained, unexplained, z, p,
                p.map(v -> v < 0.05), beyond, points, newly, gone);
    }
}

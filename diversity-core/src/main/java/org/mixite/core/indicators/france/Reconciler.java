package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.InputException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.validation.SourcePosition;

/**
 * Reconciles the state's pre-filled figures (a GIP-MDS file) with the figures recomputed from
 * the company's own records: every A–F figure compared within the file's precision, the annual
 * basis (actual or full-time equivalent) computed both ways and named, and for every figure that
 * differs, what on our side can explain it, measured ({@link PopulationProfile}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Reconciler {

    /** Metadata columns of the period, in the file's standard order. */
    private static final int DATE_DEBUT_COLUMN = 4;
    private static final int DATE_FIN_COLUMN = 5;

    private Reconciler() {
    }

    /**
     * @param source the GIP file's name, for the messages
     * @param siren  the one SIREN to reconcile; every row of the file when empty
     * @throws InputException when the file's period is not {@code period}, or a SIREN is in one side only
     */
    public static Reconciliation reconcile(Collection<EmployeeRecord> records, ReferencePeriod period, GipFile file,
                                           String source, Optional<String> siren) {
        GipMetadata m = file.metadata();
        if (!m.start().equals(period.start())) {
            throw new InputException(SourcePosition.of(source, 2, DATE_DEBUT_COLUMN), "date_debut " + m.start()
                    + " is not the start of the data's reference period (" + period + "); give --period " + m.start() + ".." + m.end()
                    + " if the data cover it");
        }
        if (!m.end().equals(period.end())) {
            throw new InputException(SourcePosition.of(source, 2, DATE_FIN_COLUMN), "date_fin " + m.end()
                    + " is not the end of the data's reference period (" + period + ")");
        }
        Map<String, List<EmployeeRecord>> bySiren = GipCalculator.bySiren(records);
        List<CompanyReconciliation> out = new ArrayList<>();
        for (int i = 0; i < file.rows().size(); i++) {
            GipFigures row = file.rows().get(i);
            long line = i + 4L;
            if (siren.isPresent() && !siren.get().equals(row.siren())) {
                continue;
            }
            List<EmployeeRecord> company = bySiren.get(row.siren());
            if (company == null) {
                throw new InputException(SourcePosition.of(source, line, 1), "SIREN " + shown(row.siren())
                        + " is not in the data (the data's companies: " + String.join(", ", bySiren.keySet().stream().map(Reconciler::shown).toList()) + ")");
            }
            out.add(company(row, line, company, period));
        }
        if (siren.isPresent() && out.isEmpty()) {
            throw new InputException(SourcePosition.of(source), "SIREN " + shown(siren.get()) + " is not in the file");
        }
        return new Reconciliation(m, out);
    }

    private static String shown(String siren) {
        return siren.isEmpty() ? "(none)" : siren;
    }

    static CompanyReconciliation company(GipFigures state, long line, List<EmployeeRecord> records, ReferencePeriod period) {
        GipFigures actual = GipCalculator.company(state.siren(), records, period, PayBasis.ACTUAL);
        GipFigures fte = GipCalculator.company(state.siren(), records, period, PayBasis.FULL_TIME_EQUIVALENT);
        int actualEqual = 0;
        int fteEqual = 0;
        int annual = 0;
        for (GipColumn c : GipColumn.values()) {
            if (c.computed() && c.annualBasis() && (c.written() || state.get(c).isPresent())) {
                annual++;
                BigDecimal t = c.kind().tolerance();
                actualEqual += FigureComparison.agree(state.get(c), actual.get(c), t) ? 1 : 0;
                fteEqual += FigureComparison.agree(state.get(c), fte.get(c), t) ? 1 : 0;
            }
        }
        String verdict = actualEqual == annual && fteEqual == annual ? "both"
                : actualEqual == annual ? PayBasis.ACTUAL.code() : fteEqual == annual ? PayBasis.FULL_TIME_EQUIVALENT.code() : "neither";
        PayBasis basis = actualEqual > fteEqual ? PayBasis.ACTUAL : PayBasis.FULL_TIME_EQUIVALENT;
        GipFigures ours = basis == PayBasis.ACTUAL ? actual : fte;
        PopulationProfile profile = PopulationProfile.of(records, period);
        AnnualHeadcount headcount = new AnnualHeadcount(period);
        records.forEach(headcount::add);
        Workforce workforce = headcount.result();
        List<FigureComparison> figures = new ArrayList<>();
        List<CompanyReconciliation.QualityIndex> quality = new ArrayList<>();
        for (GipColumn c : GipColumn.values()) {
            if (c.kind() == GipColumn.Kind.QUALITY) {
                quality.add(new CompanyReconciliation.QualityIndex(c.header(), state.get(c)));
            }
            if (!c.computed() || !c.written() && state.get(c).isEmpty()) {
                continue;
            }
            BigDecimal t = c.kind().tolerance();
            boolean equal = FigureComparison.agree(state.get(c), ours.get(c), t);
            figures.add(new FigureComparison(c, state.get(c), ours.get(c), t, equal,
                    equal ? List.of() : explain(c, state, actual, fte, profile, workforce)));
        }
        return new CompanyReconciliation(state.siren(), line, basis, verdict, actualEqual, fteEqual, annual, figures, profile, workforce, quality);
    }

    private static String value(Optional<BigDecimal> v) {
        return v.map(GipFormat::format).orElse("empty");
    }

    /** What on our side can explain a difference in this figure, measured. */
    static List<String> explain(GipColumn c, GipFigures state, GipFigures actual, GipFigures fte, PopulationProfile p, Workforce w) {
        List<String> out = new ArrayList<>();
        String people = "we count " + p.women() + " women and " + p.men() + " men present in the period";
        switch (c.series()) {
            case WORKFORCE -> {
                out.add("ours is the CSS art. R130-1 annual average headcount: " + GipFormat.format(w.average()) + " over "
                        + w.monthsCounted() + " months with someone employed; part-time people count by fte (" + p.partTime()
                        + ") and part-year people by days employed (" + p.partYear() + ")");
                out.add("left out of it: " + w.apprentices() + " apprentices, " + w.interns() + " interns, "
                        + w.temporaryAgency() + " temporary agency workers");
            }
            case ANNUAL, ANNUAL_VARIABLE -> {
                if (c.annualBasis()) {
                    out.add("annual basis: actual pay gives " + value(actual.get(c)) + ", full-time equivalent gives " + value(fte.get(c))
                        + "; the state's " + value(state.get(c)) + " matches "
                        + (FigureComparison.agree(state.get(c), actual.get(c), c.kind().tolerance()) ? "actual pay"
                        : FigureComparison.agree(state.get(c), fte.get(c), c.kind().tolerance()) ? "full-time-equivalent pay" : "neither"));
                }
                out.add(people + "; their actual and full-time-equivalent pay differ for " + p.partYear() + " part-year and "
                        + p.partTime() + " part-time people");
                out.add("could be counted differently: " + p.zeroPay() + " with zero pay, " + p.withoutAnnual()
                        + " without annual pay (left out), " + p.apprentices() + " apprentices, " + p.interns() + " interns, "
                        + p.temporary() + " temporary agency workers");
            }
            case HOURLY, HOURLY_VARIABLE -> {
                out.add("hours: " + p.noHours() + " people without weekly_hours (35 h × fte assumed), " + p.hourlyGiven()
                        + " with hourly_pay given; hourly pay over the days present (" + p.partYear() + " part-year)");
                out.add(people + "; could be counted differently: " + p.zeroPay() + " with zero pay, " + p.apprentices()
                        + " apprentices, " + p.interns() + " interns, " + p.temporary() + " temporary agency workers");
            }
            case VARIABLE_SHARE -> out.add(people + "; the share is of those with annual pay (" + p.withoutAnnual()
                    + " without annual pay left out), " + p.partYear() + " part-year, " + p.apprentices() + " apprentices");
            default -> { }
        }
        if (c.kind() == GipColumn.Kind.COUNT && state.get(c).isPresent() && actual.get(c).isPresent()) {
            out.add(0, "the state counts " + GipFormat.format(state.get(c).get()) + ", we count " + GipFormat.format(actual.get(c).get())
                    + " (difference " + actual.get(c).get().subtract(state.get(c).get()).toPlainString() + ")");
        }
        return out;
    }
}

package org.mixite.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.france.CompanyReconciliation;
import org.mixite.core.indicators.france.ComplianceProcess;
import org.mixite.core.indicators.france.Deadlines;
import org.mixite.core.indicators.france.France2027Declaration;
import org.mixite.core.indicators.france.GipCalculator;
import org.mixite.core.indicators.france.GipColumn;
import org.mixite.core.indicators.france.GipFigures;
import org.mixite.core.indicators.france.FigureComparison;
import org.mixite.core.indicators.france.GipMetadata;
import org.mixite.core.indicators.france.Obligations;
import org.mixite.core.indicators.france.ObligationsText;
import org.mixite.core.indicators.france.PopulationProfile;
import org.mixite.core.indicators.france.Reconciliation;
import org.mixite.core.indicators.france.Workforce;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.core.privacy.Cell;
import java.util.List;

/**
 * JSON forms of France 2027 (regulations.md §2): the obligations of a declaration year (the
 * {@code fr.obligations} object of {@code mixite paygap}) and the reconciliation with the
 * GIP-MDS pre-filled figures. Amounts and ratios as numbers, at the file's precision.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FranceJson {

    /** How the workforce is computed, said in every document that carries it. */
    public static final String WORKFORCE_RULE = "annual average headcount, Code de la securite sociale art. L130-1 I and R130-1:"
            + " mean of the monthly headcounts (months with someone employed), part-time by working time, part-month by days"
            + " employed, apprentices, interns and temporary agency workers left out, truncated to 2 decimals";

    private FranceJson() {
    }

    /** The {@code fr.obligations} object. */
    public static ObjectNode obligations(Obligations o) {
        ObjectNode node = MixiteJson.object();
        node.put("year", o.year());
        node.put("referencePeriod", (o.year() - 1) + "-01-01.." + (o.year() - 1) + "-12-31");
        node.set("workforce", workforce(o.workforce()));
        node.put("tier", o.tier().code());
        node.put("obligated", o.obligated());
        ArrayNode indicators = node.putArray("indicators");
        o.indicators().forEach(indicators::add);
        node.put("cseOpinion", o.cseOpinion());
        ComplianceProcess p = o.complianceProcess();
        ObjectNode process = node.putObject("complianceProcess");
        process.put("required", p.required());
        ArrayNode categories = process.putArray("categories");
        p.categories().forEach(categories::add);
        process.put("suppressedCategories", p.suppressedCategories());
        process.put("rule", "workforce 100+, G declared, a category's gap >= 5% in either direction (|gap|, the platform's gap.ts since PR #4040)");
        Deadlines d = o.deadlines();
        ObjectNode deadlines = node.putObject("deadlines");
        deadlines.put("declaration", d.declaration().toString());
        deadlines.put("jointEvaluation", d.jointEvaluation().toString());
        deadlines.put("secondDeclaration", d.secondDeclaration().toString());
        deadlines.put("compliancePathChoice", d.compliancePathChoice().toString());
        deadlines.put("representation", d.representation().toString());
        ObjectNode words = node.putObject("inWords");
        ArrayNode en = words.putArray("en");
        ObligationsText.sentences(o, false).forEach(en::add);
        ArrayNode fr = words.putArray("fr");
        ObligationsText.sentences(o, true).forEach(fr::add);
        return node;
    }

    static ObjectNode workforce(Workforce w) {
        ObjectNode node = MixiteJson.object();
        node.put("average", w.average());
        node.put("monthsCounted", w.monthsCounted());
        ObjectNode left = node.putObject("leftOut");
        left.put("apprentices", w.apprentices());
        left.put("interns", w.interns());
        left.put("temporaryAgency", w.temporaryAgency());
        node.put("rule", WORKFORCE_RULE);
        return node;
    }

    /** The reconciliation document of {@code mixite reconcile}. */
    public static ObjectNode reconciliation(Reconciliation r) {
        ObjectNode root = MixiteJson.object();
        GipMetadata m = r.metadata();
        ObjectNode file = root.putObject("file");
        file.put("destinataire", m.recipient());
        file.put("projet", m.project());
        file.put("horodatage", m.timestamp());
        file.put("dateDebut", m.start().toString());
        file.put("dateFin", m.end().toString());
        file.put("nbLignes", m.rows());
        root.put("allEqual", r.allEqual());
        root.put("differences", r.differences());
        ArrayNode companies = root.putArray("companies");
        for (CompanyReconciliation c : r.companies()) {
            ObjectNode node = companies.addObject();
            node.put("siren", c.siren());
            node.put("line", c.line());
            node.put("allEqual", c.allEqual());
            ObjectNode basis = node.putObject("annualBasis");
            basis.put("used", c.basis().code());
            basis.put("matches", c.basisVerdict());
            basis.put("equalOnActual", c.actualEqual());
            basis.put("equalOnFullTimeEquivalent", c.fteEqual());
            basis.put("annualFigures", c.annualFigures());
            node.set("workforce", workforce(c.workforce()));
            node.set("population", population(c.profile()));
            ArrayNode figures = node.putArray("figures");
            for (FigureComparison f : c.figures()) {
                ObjectNode fig = figures.addObject();
                fig.put("column", f.column().header());
                put(fig, "state", f.state());
                put(fig, "ours", f.ours());
                put(fig, "difference", f.difference());
                fig.put("tolerance", f.tolerance());
                fig.put("equal", f.equal());
                if (!f.explanations().isEmpty()) {
                    ArrayNode why = fig.putArray("explanations");
                    f.explanations().forEach(why::add);
                }
            }
            ObjectNode quality = node.putObject("qualityIndices");
            c.quality().forEach(q -> put(quality, q.name(), q.value()));
        }
        return root;
    }

    /**
     * The declaration of a year (issue 17, {@code mixite declare}), its steps in order: workforce
     * and obligations, A and C, B D and E, F with thresholds and counts per band, G per category
     * (suppressed below the minimum cell size), the alert and the compliance path. Gaps are the
     * GIP's ratios (men − women) / men, 4 decimals; amounts in euros, 2 decimals.
     */
    public static ObjectNode declaration(France2027Declaration d) {
        ObjectNode root = MixiteJson.object();
        Obligations o = d.obligations();
        root.put("year", o.year());
        root.put("siren", d.siren());
        root.put("referencePeriod", d.period().toString());
        root.put("basis", d.basis().code());
        root.set("workforce", workforce(o.workforce()));
        root.set("obligations", obligations(o));
        GipFigures f = d.figures();
        ObjectNode gaps = root.putObject("payGaps");
        gap(gaps, "meanAnnual", f, GipColumn.MEAN_ANNUAL_GAP, GipColumn.MEAN_ANNUAL_WOMEN, GipColumn.MEAN_ANNUAL_MEN);
        gap(gaps, "meanHourly", f, GipColumn.MEAN_HOURLY_GAP, GipColumn.MEAN_HOURLY_WOMEN, GipColumn.MEAN_HOURLY_MEN);
        gap(gaps, "medianAnnual", f, GipColumn.MEDIAN_ANNUAL_GAP, GipColumn.MEDIAN_ANNUAL_WOMEN, GipColumn.MEDIAN_ANNUAL_MEN);
        gap(gaps, "medianHourly", f, GipColumn.MEDIAN_HOURLY_GAP, GipColumn.MEDIAN_HOURLY_WOMEN, GipColumn.MEDIAN_HOURLY_MEN);
        ObjectNode counted = gaps.putObject("people");
        put(counted, "womenAnnual", f.get(GipColumn.COUNT_ANNUAL_WOMEN));
        put(counted, "menAnnual", f.get(GipColumn.COUNT_ANNUAL_MEN));
        put(counted, "womenHourly", f.get(GipColumn.COUNT_HOURLY_WOMEN));
        put(counted, "menHourly", f.get(GipColumn.COUNT_HOURLY_MEN));
        ObjectNode variable = root.putObject("variablePay");
        gap(variable, "meanAnnual", f, GipColumn.MEAN_VARIABLE_ANNUAL_GAP, GipColumn.MEAN_VARIABLE_ANNUAL_WOMEN, GipColumn.MEAN_VARIABLE_ANNUAL_MEN);
        gap(variable, "meanHourly", f, GipColumn.MEAN_VARIABLE_HOURLY_GAP, GipColumn.MEAN_VARIABLE_HOURLY_WOMEN, GipColumn.MEAN_VARIABLE_HOURLY_MEN);
        gap(variable, "medianAnnual", f, GipColumn.MEDIAN_VARIABLE_ANNUAL_GAP, GipColumn.MEDIAN_VARIABLE_ANNUAL_WOMEN, GipColumn.MEDIAN_VARIABLE_ANNUAL_MEN);
        gap(variable, "medianHourly", f, GipColumn.MEDIAN_VARIABLE_HOURLY_GAP, GipColumn.MEDIAN_VARIABLE_HOURLY_WOMEN, GipColumn.MEDIAN_VARIABLE_HOURLY_MEN);
        ObjectNode recipients = variable.putObject("recipients");
        put(recipients, "women", f.get(GipColumn.COUNT_VARIABLE_WOMEN));
        put(recipients, "men", f.get(GipColumn.COUNT_VARIABLE_MEN));
        ObjectNode share = variable.putObject("share");
        put(share, "women", f.get(GipColumn.VARIABLE_SHARE_WOMEN));
        put(share, "men", f.get(GipColumn.VARIABLE_SHARE_MEN));
        ObjectNode quartiles = root.putObject("quartiles");
        quartiles.set("annual", bands(d.annualBands()));
        quartiles.set("hourly", bands(d.hourlyBands()));
        ObjectNode g = root.putObject("categories");
        PayGapReport.Fr fr = d.payGap().fr();
        fr.g().forEach((name, cell) -> {
            if (cell instanceof Cell.Shown<PayGapReport.CategoryComponents> shown) {
                PayGapReport.CategoryComponents c = shown.value();
                ObjectNode node = g.putObject(name);
                node.put("women", c.women());
                node.put("men", c.men());
                put(node, "baseAnnual", c.baseAnnual());
                put(node, "variableAnnual", c.variableAnnual());
                put(node, "baseHourly", c.baseHourly());
                put(node, "variableHourly", c.variableHourly());
                node.put("alert", fr.alertCategories().contains(name));
            } else {
                g.put(name, MixiteJson.SUPPRESSED);
            }
        });
        ObjectNode alert = root.putObject("alert");
        alert.put("raised", fr.alert());
        ArrayNode names = alert.putArray("categories");
        fr.alertCategories().forEach(names::add);
        alert.put("suppressedCategories", fr.suppressedAlertCategories());
        alert.put("threshold", 5);
        alert.put("rule", "a gap of at least 5% in either direction (|gap|) in base or variable pay, annual or hourly, exactly");
        ObjectNode compliance = root.putObject("compliance");
        compliance.put("required", o.complianceProcess().required());
        if (o.complianceProcess().required()) {
            ArrayNode paths = compliance.putArray("paths");
            paths.add("correction within 6 months, then a second declaration by " + o.deadlines().secondDeclaration());
            paths.add("joint evaluation by " + o.deadlines().jointEvaluation());
            compliance.put("choiceBy", o.deadlines().compliancePathChoice().toString());
        }
        return root;
    }

    private static void gap(ObjectNode parent, String name, GipFigures f, GipColumn gap, GipColumn women, GipColumn men) {
        ObjectNode node = parent.putObject(name);
        put(node, "women", f.get(women));
        put(node, "men", f.get(men));
        put(node, "gap", f.get(gap));
    }

    private static ArrayNode bands(List<GipCalculator.Band> bands) {
        ArrayNode array = MixiteJson.mapper().createArrayNode();
        for (int i = 0; i < bands.size(); i++) {
            GipCalculator.Band b = bands.get(i);
            ObjectNode node = array.addObject();
            node.put("band", i + 1);
            put(node, "threshold", b.threshold());
            node.put("women", b.women());
            node.put("men", b.men());
            long size = b.women() + b.men();
            put(node, "womenShare", size == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(b.women()).divide(BigDecimal.valueOf(size), 4, java.math.RoundingMode.HALF_UP)));
        }
        return array;
    }

    static ObjectNode population(PopulationProfile p) {
        ObjectNode node = MixiteJson.object();
        node.put("women", p.women());
        node.put("men", p.men());
        node.put("partYear", p.partYear());
        node.put("partTime", p.partTime());
        node.put("zeroPay", p.zeroPay());
        node.put("withoutAnnualPay", p.withoutAnnual());
        node.put("apprentices", p.apprentices());
        node.put("interns", p.interns());
        node.put("temporaryAgency", p.temporary());
        node.put("withoutHours", p.noHours());
        node.put("hourlyPayGiven", p.hourlyGiven());
        node.put("otherSexLeftOut", p.otherSex());
        return node;
    }

    private static void put(ObjectNode node, String name, Optional<BigDecimal> value) {
        MixiteJson.putDecimal(node, name, value);
    }
}

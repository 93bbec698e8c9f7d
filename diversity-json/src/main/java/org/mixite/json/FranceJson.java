package org.mixite.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.france.CompanyReconciliation;
import org.mixite.core.indicators.france.ComplianceProcess;
import org.mixite.core.indicators.france.Deadlines;
import org.mixite.core.indicators.france.FigureComparison;
import org.mixite.core.indicators.france.GipMetadata;
import org.mixite.core.indicators.france.Obligations;
import org.mixite.core.indicators.france.ObligationsText;
import org.mixite.core.indicators.france.PopulationProfile;
import org.mixite.core.indicators.france.Reconciliation;
import org.mixite.core.indicators.france.Workforce;

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
        process.put("rule", "workforce 100+, G declared, a category's gap >= 5% to women's disadvantage (positive gaps only)");
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

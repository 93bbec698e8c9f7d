package org.mixite.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.core.indicators.paygap.QuartileBand;
import org.mixite.core.privacy.Cell;

/**
 * The {@code mixite paygap} document (issue 11): {@code uk}, {@code eu}, {@code fr}, {@code esrs},
 * {@code gri} and {@code excluded}, percentages as numbers with one decimal, {@code null} when
 * undefined, {@code "suppressed"} for a hidden cell. Extra members say what was derived and
 * what was suppressed.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PayGapJson {

    private static final String SUPPRESSED = MixiteJson.SUPPRESSED;

    private PayGapJson() {
    }

    /**
     * The document with {@code fr.obligations} as the object of a declaration year (issue 17,
     * {@link FranceJson#obligations}) instead of the report's one-line summary.
     */
    public static ObjectNode write(PayGapReport r, org.mixite.core.indicators.france.Obligations obligations) {
        ObjectNode root = write(r);
        ((ObjectNode) root.get("fr")).set("obligations", FranceJson.obligations(obligations));
        return root;
    }

    public static ObjectNode write(PayGapReport r) {
        ObjectNode root = MixiteJson.object();
        ArrayNode suppressed = MixiteJson.mapper().createArrayNode();

        ObjectNode uk = root.putObject("uk");
        put(uk, "meanHourlyGap", r.uk().meanHourlyGap());
        put(uk, "medianHourlyGap", r.uk().medianHourlyGap());
        put(uk, "meanBonusGap", r.uk().meanBonusGap());
        put(uk, "medianBonusGap", r.uk().medianBonusGap());
        put(uk, "bonusProportionFemale", r.uk().bonusProportionFemale());
        put(uk, "bonusProportionMale", r.uk().bonusProportionMale());
        uk.set("quartiles", bands(r.uk().quartiles()));
        uk.put("relevantEmployees", r.uk().relevantEmployees());

        PayGapReport.Eu e = r.eu();
        ObjectNode eu = root.putObject("eu");
        put(eu, "meanGap", e.meanGap());
        put(eu, "medianGap", e.medianGap());
        put(eu, "meanVariableGap", e.meanVariableGap());
        put(eu, "medianVariableGap", e.medianVariableGap());
        put(eu, "variableProportionFemale", e.variableProportionFemale());
        put(eu, "variableProportionMale", e.variableProportionMale());
        eu.set("quartiles", bands(e.quartiles()));
        ObjectNode categoryGaps = eu.putObject("categoryGaps");
        ObjectNode categoryDetails = eu.putObject("categoryDetails");
        cells(e.categoryGaps(), "eu.categoryGaps", suppressed, (name, gap) -> {
            put(categoryGaps, name, gap.gap());
            ObjectNode detail = categoryDetails.putObject(name);
            detail.put("female", gap.women());
            detail.put("male", gap.men());
            put(detail, "gap", gap.gap());
            put(detail, "baseGap", gap.baseGap());
            put(detail, "variableGap", gap.variableGap());
            put(detail, "annualGap", gap.annualGap());
            put(detail, "annualBaseGap", gap.annualBaseGap());
            put(detail, "annualVariableGap", gap.annualVariableGap());
        }, name -> {
            categoryGaps.put(name, SUPPRESSED);
            categoryDetails.put(name, SUPPRESSED);
        });
        eu.put("jointAssessmentRequired", e.jointAssessmentRequired());
        ArrayNode flagged = eu.putArray("categoriesAtOrAboveThreshold");
        e.categoriesAtOrAboveThreshold().forEach(flagged::add);
        eu.put("suppressedCategoriesAtOrAboveThreshold", e.suppressedCategoriesAtOrAboveThreshold());
        eu.put("threshold", e.threshold());
        eu.put("thresholdRule", "|gap| >= threshold, compared exactly before rounding (Art. 10: at least 5%)");
        ObjectNode annual = eu.putObject("annual");
        put(annual, "meanGap", e.meanGapBoth().annual());
        put(annual, "medianGap", e.medianGapBoth().annual());
        put(annual, "meanVariableGap", r.fr().b().annual());
        put(annual, "medianVariableGap", r.fr().d().annual());

        PayGapReport.Fr f = r.fr();
        ObjectNode fr = root.putObject("fr");
        fr.set("A", annualHourly(f.a()));
        fr.set("B", annualHourly(f.b()));
        fr.set("C", annualHourly(f.c()));
        fr.set("D", annualHourly(f.d()));
        ObjectNode eNode = fr.putObject("E");
        put(eNode, "female", f.eFemale());
        put(eNode, "male", f.eMale());
        ObjectNode fNode = fr.putObject("F");
        fNode.set("annual", bands(f.fAnnual()));
        fNode.set("hourly", bands(f.fHourly()));
        ObjectNode g = fr.putObject("G");
        cells(f.g(), "fr.G", suppressed, (name, c) -> {
            ObjectNode node = g.putObject(name);
            put(node, "baseAnnual", c.baseAnnual());
            put(node, "variableAnnual", c.variableAnnual());
            put(node, "baseHourly", c.baseHourly());
            put(node, "variableHourly", c.variableHourly());
        }, name -> g.put(name, SUPPRESSED));
        fr.put("alert", f.alert());
        ArrayNode alertCategories = fr.putArray("alertCategories");
        f.alertCategories().forEach(alertCategories::add);
        fr.put("suppressedAlertCategories", f.suppressedAlertCategories());
        if (f.topQuartileBalanced().isPresent()) {
            fr.put("topQuartileBalanced", f.topQuartileBalanced().get());
        } else {
            fr.putNull("topQuartileBalanced");
        }
        fr.put("obligations", f.obligations());

        PayGapReport.Esrs s = r.esrs();
        ObjectNode esrs = root.putObject("esrs");
        ObjectNode s116 = esrs.putObject("S1-16");
        put(s116, "genderPayGap", s.genderPayGap());
        put(s116, "annualTotalRemunerationRatio", s.annualTotalRemunerationRatio());
        ObjectNode s19 = esrs.putObject("S1-9");
        s19.set("topManagement", sexShares(s.topManagement()));
        s19.set("ageDistribution", ageShares(s.ageDistribution()));
        ObjectNode s16 = esrs.putObject("S1-6");
        ObjectNode headcount = s16.putObject("headcount");
        headcount.put("female", s.female());
        headcount.put("male", s.male());
        headcount.put("other", s.other());
        headcount.put("notReported", s.notReported());
        ObjectNode contract = s16.putObject("contract");
        contract.put("permanent", s.permanent());
        contract.put("temporary", s.temporary());
        contract.put("other", s.otherContract());

        PayGapReport.Gri gr = r.gri();
        ObjectNode gri = root.putObject("gri");
        ObjectNode g4051 = gri.putObject("405-1");
        ObjectNode governance = g4051.putObject("governanceBodies");
        governance.set("sex", sexShares(gr.governanceBySex()));
        governance.set("age", ageShares(gr.governanceByAge()));
        ObjectNode employees = g4051.putObject("employeesByCategory");
        cells(gr.employeesByCategory(), "gri.405-1.employeesByCategory", suppressed, (name, d) -> {
            ObjectNode node = employees.putObject(name);
            node.set("sex", sexShares(d.sex()));
            node.set("age", ageShares(d.age()));
        }, name -> employees.put(name, SUPPRESSED));
        ObjectNode g4052 = gri.putObject("405-2");
        ObjectNode byCategory = g4052.putObject("byCategory");
        cells(gr.ratiosByCategory(), "gri.405-2.byCategory", suppressed, (name, ratio) -> ratios(byCategory.putObject(name), ratio),
                name -> byCategory.put(name, SUPPRESSED));
        ObjectNode byLocation = g4052.putObject("byLocation");
        cells(gr.ratiosByLocation(), "gri.405-2.byLocation", suppressed, (name, ratio) -> ratios(byLocation.putObject(name), ratio),
                name -> byLocation.put(name, SUPPRESSED));

        ObjectNode excluded = root.putObject("excluded");
        excluded.put("unknownSex", r.unknownSex());
        excluded.put("withoutPay", r.withoutPay());
        ObjectNode derivations = root.putObject("derivations");
        r.derivations().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(d -> derivations.put(d.getKey(), d.getValue()));
        ObjectNode suppression = root.putObject("suppression");
        suppression.put("minCell", r.minCell());
        suppression.put("rule", "a cell with fewer than " + r.minCell() + " women or fewer than " + r.minCell()
                + " men is suppressed, and one more cell where only one would be (regulations.md section 7)");
        suppression.set("suppressed", suppressed);
        return root;
    }

    private static <T> void cells(Map<String, Cell<T>> cells, String path, ArrayNode suppressed,
                                  BiConsumer<String, T> shown, java.util.function.Consumer<String> hidden) {
        cells.forEach((name, cell) -> {
            if (cell instanceof Cell.Shown<T> s) {
                shown.accept(name, s.value());
            } else {
                hidden.accept(name);
                suppressed.add(path + "." + name);
            }
        });
    }

    private static void ratios(ObjectNode node, PayGapReport.Ratios ratio) {
        put(node, "basicSalary", ratio.basicSalary());
        put(node, "remuneration", ratio.remuneration());
    }

    private static ObjectNode annualHourly(PayGapReport.AnnualHourly value) {
        ObjectNode node = MixiteJson.object();
        put(node, "annual", value.annual());
        put(node, "hourly", value.hourly());
        return node;
    }

    private static ArrayNode bands(List<QuartileBand> bands) {
        ArrayNode array = MixiteJson.mapper().createArrayNode();
        for (QuartileBand band : bands) {
            ObjectNode node = array.addObject();
            put(node, "female", band.femalePercent());
            put(node, "male", band.malePercent());
        }
        return array;
    }

    private static ObjectNode sexShares(PayGapReport.SexShares s) {
        ObjectNode node = MixiteJson.object();
        node.put("female", s.women());
        node.put("male", s.men());
        node.put("other", s.other());
        put(node, "femalePercent", s.womenPercent());
        put(node, "malePercent", s.menPercent());
        return node;
    }

    private static ObjectNode ageShares(PayGapReport.AgeShares a) {
        ObjectNode node = MixiteJson.object();
        node.put("under30", a.under30());
        node.put("from30to50", a.from30To50());
        node.put("over50", a.over50());
        put(node, "under30Percent", a.under30Percent());
        put(node, "from30to50Percent", a.from30To50Percent());
        put(node, "over50Percent", a.over50Percent());
        return node;
    }

    private static void put(ObjectNode node, String name, Optional<BigDecimal> value) {
        MixiteJson.putDecimal(node, name, value);
    }
}

package org.mixite.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.report.Headlines;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.Trend;
import org.mixite.spi.load.LoadSummary;

/** The full report document (report.json, and what the PDF renders) from an indicator suite's results. */
@API(status = API.Status.EXPERIMENTAL)
public final class ReportJson {

    private ReportJson() {
    }

    public static ReportDocument document(String company, IndicatorResults results, LoadSummary load) {
        ReportDocument document = new ReportDocument(company, results.settings().period(), results.settings().minCell())
                .load(load)
                .section(ReportDocument.Section.EGAPRO, results.egapro().map(e -> (com.fasterxml.jackson.databind.JsonNode) EgaproJson.write(e, results.egaproInput()))
                        .orElseGet(() -> MixiteJson.object().put("calculable", false).put("raison", results.egaproProblem().orElse(""))))
                .section(ReportDocument.Section.RIXAIN, RixainJson.write(results.rixain()))
                .section(ReportDocument.Section.PAYGAP, PayGapJson.write(results.payGap()))
                .section(ReportDocument.Section.COMPOSITION, results.federation().map(CompositionJson::write)
                        .orElseGet(() -> CompositionJson.write(results.composition())));
        document.headlines(headlines(Headlines.of(results)));
        return document;
    }

    public static ObjectNode headlines(Headlines h) {
        ObjectNode node = MixiteJson.object();
        if (h.egaproIndex().isPresent()) {
            node.put("egaproIndex", h.egaproIndex().get());
        } else {
            node.putNull("egaproIndex");
        }
        MixiteJson.putDecimal(node, "meanHourlyGap", h.meanHourlyGap());
        MixiteJson.putDecimal(node, "womenShare", h.womenShare());
        MixiteJson.putDecimal(node, "technicalDigitalWomenShare", h.technicalDigitalWomenShare());
        MixiteJson.putDecimal(node, "womenShareOfHires", h.womenShareOfHires());
        MixiteJson.putDecimal(node, "executivesWomenShare", h.executivesWomenShare());
        node.put("jointAssessmentRequired", h.jointAssessmentRequired());
        return node;
    }

    public static ObjectNode trend(Trend trend) {
        ObjectNode node = MixiteJson.object();
        ArrayNode periods = node.putArray("periods");
        trend.periods().forEach(periods::add);
        ObjectNode series = node.putObject("series");
        for (Trend.Series s : trend.series()) {
            ObjectNode one = series.putObject(s.figure());
            ArrayNode values = one.putArray("values");
            s.values().forEach(v -> add(values, v));
            ArrayNode changes = one.putArray("changes");
            s.changes().forEach(v -> add(changes, v));
        }
        return node;
    }

    private static void add(ArrayNode array, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            array.add(value.get());
        } else {
            array.addNull();
        }
    }
}

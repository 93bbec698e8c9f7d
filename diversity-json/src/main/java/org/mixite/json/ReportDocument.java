package org.mixite.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The report document: everything a report shows, as one JSON tree. It is written as
 * {@code report.json} and is what the PDF renders, so both always carry the same numbers.
 * Members, each optional: {@code meta}, {@code load}, then one per indicator family
 * ({@code egapro}, {@code rixain}, {@code paygap}, {@code composition}, {@code analytics},
 * {@code trend}) in that order. No timestamps unless the caller adds them.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReportDocument {

    /** The sections in document order. */
    public enum Section {
        EGAPRO("egapro"), RIXAIN("rixain"), PAYGAP("paygap"), COMPOSITION("composition"),
        ANALYTICS("analytics"), TREND("trend");

        private final String member;

        Section(String member) {
            this.member = member;
        }

        public String member() {
            return member;
        }
    }

    private final String company;
    private final ReferencePeriod period;
    private final int minCell;
    private LoadSummary load;
    private com.fasterxml.jackson.databind.node.ObjectNode headlines;
    private final Map<Section, JsonNode> sections = new LinkedHashMap<>();

    public ReportDocument(String company, ReferencePeriod period, int minCell) {
        this.company = Objects.requireNonNull(company, "company");
        this.period = Objects.requireNonNull(period, "period");
        this.minCell = minCell;
    }

    public ReportDocument load(LoadSummary summary) {
        this.load = Objects.requireNonNull(summary);
        return this;
    }

    /** The headline figures, for the executive summary. */
    public ReportDocument headlines(com.fasterxml.jackson.databind.node.ObjectNode figures) {
        this.headlines = Objects.requireNonNull(figures);
        return this;
    }

    public ReportDocument section(Section section, JsonNode content) {
        sections.put(section, Objects.requireNonNull(content));
        return this;
    }

    public Optional<JsonNode> section(Section section) {
        return Optional.ofNullable(sections.get(section));
    }

    /** The document as a JSON tree, members in a fixed order. */
    public ObjectNode toJson() {
        ObjectNode root = MixiteJson.object();
        ObjectNode meta = root.putObject("meta");
        meta.put("company", company);
        ObjectNode periodNode = meta.putObject("period");
        periodNode.put("start", period.start().toString());
        periodNode.put("end", period.end().toString());
        meta.put("minCell", minCell);
        if (load != null) {
            ObjectNode loadNode = root.putObject("load");
            loadNode.put("source", load.source());
            loadNode.put("read", load.read());
            loadNode.put("accepted", load.accepted());
            loadNode.put("rejected", load.rejected());
            if (!load.warnings().isEmpty()) {
                load.warnings().forEach(loadNode.putArray("warnings")::add);
            }
        }
        if (headlines != null) {
            root.set("headlines", headlines);
        }
        for (Section section : Section.values()) {
            JsonNode content = sections.get(section);
            if (content != null) {
                root.set(section.member(), content);
            }
        }
        return root;
    }
}

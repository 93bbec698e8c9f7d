package org.mixite.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.barometer.Contribution;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.spi.InputException;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.validation.SourcePosition;

/**
 * The contribution file a member sends to its federation (issue 18), documented field by field
 * in {@code docs/barometer.md}. Counts only. Its last member, {@code digest}, is
 * {@code sha256:} and the hex SHA-256 of the canonical form of every other member: keys sorted,
 * no white space, numbers as written. A file changed by hand or damaged in transit no longer
 * matches and is refused.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ContributionJson {

    /** The value of {@code schema}: what kind of document this is. */
    public static final String SCHEMA = "mixite-barometer-contribution";
    private static final String DIGEST = "digest";
    private static final ObjectReader READER = MixiteJson.mapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ContributionJson() {
    }

    /** The document, digest included. */
    public static ObjectNode write(Contribution c) {
        ObjectNode root = MixiteJson.object();
        root.put("schema", SCHEMA);
        root.put("schemaVersion", c.schemaVersion());
        root.put("mixiteVersion", c.mixiteVersion());
        root.put("member", c.member());
        ObjectNode period = root.putObject("period");
        period.put("start", c.period().start().toString());
        period.put("end", c.period().end().toString());
        root.put("jobMapping", c.jobMapping());
        root.put("regionList", c.regionList());
        ObjectNode stock = root.putObject("stock");
        stock.put("date", c.period().end().toString());
        stock.set("total", tally(c.total()));
        c.stock().forEach((name, cells) -> stock.set(name, cells(cells)));
        ObjectNode flows = root.putObject("flows");
        flows.set("hires", tally(c.flows().hires()));
        flows.set("exits", tally(c.flows().exits()));
        flows.set("promotions", tally(c.flows().promotions()));
        flows.set("exitsByReason", cells(c.flows().exitsByReason()));
        ObjectNode byFamily = flows.putObject("byFamily");
        c.flows().byFamily().forEach((family, f) -> {
            ObjectNode node = byFamily.putObject(family);
            node.set("hires", tally(f.hires()));
            node.set("exits", tally(f.exits()));
            node.set("promotions", tally(f.promotions()));
            node.set("exitsByReason", cells(f.exitsByReason()));
        });
        ObjectNode headline = root.putObject("headline");
        if (c.headline().egaproIndex().isPresent()) {
            headline.put("egaproIndex", c.headline().egaproIndex().get());
        } else {
            headline.putNull("egaproIndex");
        }
        MixiteJson.putDecimal(headline, "hourlyGapA", c.headline().hourlyGapA());
        MixiteJson.putDecimal(headline, "hourlyGapC", c.headline().hourlyGapC());
        root.put(DIGEST, digest(root));
        return root;
    }

    /** {@code sha256:} + the hex SHA-256 of the canonical form of the document without its digest. */
    public static String digest(ObjectNode document) {
        ObjectNode content = document.deepCopy();
        content.remove(DIGEST);
        StringBuilder canonical = new StringBuilder();
        canonical(content, canonical);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Keys sorted, no white space, strings escaped as JSON, numbers in plain notation as written. */
    private static void canonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(text(names.get(i))).append(':');
                canonical(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                canonical(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            out.append(text(node.textValue()));
        } else if (node.isBigDecimal() || node.isFloatingPointNumber()) {
            out.append(node.decimalValue().toPlainString());
        } else {
            out.append(node.toString()); // integers, booleans, null
        }
    }

    private static String text(String value) {
        try {
            return MixiteJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a contribution, checking its schema and digest.
     *
     * @param source the file name, for messages
     * @throws InputException naming the file (and the member) when it is not JSON, not a
     *                        contribution, of another schema version, damaged, or incomplete
     */
    public static Contribution read(String source, byte[] bytes) {
        SourcePosition at = SourcePosition.of(source);
        JsonNode node;
        try {
            node = READER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new InputException(at, "not a JSON document: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        if (node == null || !node.isObject() || !SCHEMA.equals(node.path("schema").asText())) {
            throw new InputException(at, "not a Mixité barometer contribution (\"schema\" is not \"" + SCHEMA + "\")");
        }
        ObjectNode root = (ObjectNode) node;
        int version = root.path("schemaVersion").asInt(-1);
        if (version != Contribution.SCHEMA_VERSION) {
            throw new InputException(at, "schema version " + root.path("schemaVersion") + ", this Mixité reads version "
                    + Contribution.SCHEMA_VERSION + ": have the member write it again with a matching Mixité");
        }
        String stated = root.path(DIGEST).asText("");
        if (!stated.equals(digest(root))) {
            throw new InputException(at, stated.isEmpty() ? "no digest: the file was not written by mixite contribute"
                    : "the digest does not match the content: the file was changed or damaged after it was written");
        }
        try {
            Fields f = new Fields(root);
            ReferencePeriod period = new ReferencePeriod(f.date("period", "start"), f.date("period", "end"));
            Map<String, Map<String, SexTally>> stock = new LinkedHashMap<>();
            for (String name : Contribution.STOCK_BREAKDOWNS) {
                stock.put(name, f.cells(root.path("stock").path(name), "stock." + name));
            }
            JsonNode flows = root.path("flows");
            Map<String, Contribution.FamilyFlows> byFamily = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> families = flows.path("byFamily").fields();
            while (families.hasNext()) {
                Map.Entry<String, JsonNode> e = families.next();
                String at2 = "flows.byFamily." + e.getKey();
                byFamily.put(e.getKey(), new Contribution.FamilyFlows(f.tally(e.getValue().path("hires"), at2 + ".hires"),
                        f.tally(e.getValue().path("exits"), at2 + ".exits"), f.tally(e.getValue().path("promotions"), at2 + ".promotions"),
                        f.cells(e.getValue().path("exitsByReason"), at2 + ".exitsByReason")));
            }
            JsonNode headline = root.path("headline");
            return new Contribution(version, f.text("member"), period, f.text("mixiteVersion"), f.text("jobMapping"), f.text("regionList"),
                    f.tally(root.path("stock").path("total"), "stock.total"), stock,
                    new Contribution.Flows(f.tally(flows.path("hires"), "flows.hires"), f.tally(flows.path("exits"), "flows.exits"),
                            f.tally(flows.path("promotions"), "flows.promotions"), f.cells(flows.path("exitsByReason"), "flows.exitsByReason"),
                            byFamily),
                    new Contribution.Headline(headline.path("egaproIndex").isInt() ? Optional.of(headline.get("egaproIndex").intValue())
                            : Optional.empty(), decimal(headline.path("hourlyGapA")), decimal(headline.path("hourlyGapC"))));
        } catch (IllegalArgumentException e) {
            throw new InputException(at, e.getMessage(), e);
        }
    }

    private static Optional<BigDecimal> decimal(JsonNode node) {
        return node.isNumber() ? Optional.of(node.decimalValue()) : Optional.empty();
    }

    /** Reads required members, naming the one missing or malformed. */
    private record Fields(ObjectNode root) {
        String text(String name) {
            JsonNode node = root.path(name);
            if (!node.isTextual() || node.textValue().isBlank()) {
                throw new IllegalArgumentException("\"" + name + "\" is missing or not a text");
            }
            return node.textValue();
        }

        LocalDate date(String object, String name) {
            JsonNode node = root.path(object).path(name);
            try {
                return LocalDate.parse(node.asText(""));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + object + "." + name + "\" is not a date (YYYY-MM-DD)");
            }
        }

        Map<String, SexTally> cells(JsonNode node, String where) {
            if (!node.isObject()) {
                throw new IllegalArgumentException("\"" + where + "\" is missing");
            }
            Map<String, SexTally> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> out.put(e.getKey(), tally(e.getValue(), where + "." + e.getKey())));
            return out;
        }

        SexTally tally(JsonNode node, String where) {
            if (!node.isObject()) {
                throw new IllegalArgumentException("\"" + where + "\" is missing");
            }
            return new SexTally(count(node, "female", where), count(node, "male", where), count(node, "unknown", where),
                    fte(node, "fteFemale", where), fte(node, "fteMale", where));
        }

        private static long count(JsonNode node, String name, String where) {
            JsonNode n = node.path(name);
            if (!n.canConvertToLong() || !n.isIntegralNumber() || n.longValue() < 0) {
                throw new IllegalArgumentException("\"" + where + "." + name + "\" is not a count (a whole number, 0 or more)");
            }
            return n.longValue();
        }

        private static BigDecimal fte(JsonNode node, String name, String where) {
            JsonNode n = node.path(name);
            if (!n.isNumber() || n.decimalValue().signum() < 0) {
                throw new IllegalArgumentException("\"" + where + "." + name + "\" is not an FTE (a number, 0 or more)");
            }
            return n.decimalValue();
        }
    }

    private static ObjectNode cells(Map<String, SexTally> cells) {
        ObjectNode node = MixiteJson.object();
        cells.forEach((k, v) -> node.set(k, tally(v)));
        return node;
    }

    /** A cell of counts: women, men, other/unknown, and the FTE of women and men. Counts only: no share. */
    private static ObjectNode tally(SexTally t) {
        ObjectNode node = MixiteJson.object();
        node.put("female", t.female());
        node.put("male", t.male());
        node.put("unknown", t.unknown());
        node.put("fteFemale", t.fteFemale());
        node.put("fteMale", t.fteMale());
        return node;
    }
}

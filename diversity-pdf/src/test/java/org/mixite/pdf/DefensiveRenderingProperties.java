package org.mixite.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.mixite.json.MixiteJson;

/**
 * The report document's member names are still being settled and sections arrive one by one:
 * whatever member is missing, null, "suppressed" or of the wrong type, the renderer must still
 * write a readable PDF, never throw.
 */
class DefensiveRenderingProperties {

    private static final JsonNode DEMO = load();

    private static JsonNode load() {
        try (InputStream in = DefensiveRenderingProperties.class.getResourceAsStream("/report-demo.json")) {
            return MixiteJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every member of the demo document, as a path of names and indices. */
    private static List<List<Object>> paths(JsonNode node, List<Object> prefix, List<List<Object>> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> p = new ArrayList<>(prefix);
                p.add(name);
                out.add(p);
                paths(node.get(name), p, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> p = new ArrayList<>(prefix);
                p.add(i);
                out.add(p);
                paths(node.get(i), p, out);
            }
        }
        return out;
    }

    enum Mutation { REMOVE, NULL, SUPPRESSED, TEXT, EMPTY_OBJECT, EMPTY_ARRAY, NEGATIVE, HUGE }

    record Change(List<Object> path, Mutation mutation) {
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        // The per-group detail of Egapro indicator 1 is hundreds of leaves the renderer only
        // counts; leaving them out points the mutations at the members the sections read.
        List<List<Object>> all = paths(DEMO, List.of(), new ArrayList<>()).stream()
                .filter(p -> !p.contains("groupesValides") || p.size() <= 5).toList();
        Arbitrary<Change> one = Combinators.combine(Arbitraries.of(all), Arbitraries.of(Mutation.class)).as(Change::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    private static JsonNode apply(List<Change> changes) {
        JsonNode doc = DEMO.deepCopy();
        for (Change change : changes) {
            JsonNode parent = doc;
            List<Object> path = change.path();
            for (int i = 0; i < path.size() - 1 && parent != null; i++) {
                Object step = path.get(i);
                parent = step instanceof Integer n ? parent.get(n) : parent.get((String) step);
            }
            Object last = path.get(path.size() - 1);
            JsonNode value = switch (change.mutation()) {
                case REMOVE -> null;
                case NULL -> MixiteJson.mapper().nullNode();
                case SUPPRESSED -> MixiteJson.mapper().getNodeFactory().textNode("suppressed");
                case TEXT -> MixiteJson.mapper().getNodeFactory().textNode("x{0}'");
                case EMPTY_OBJECT -> MixiteJson.object();
                case EMPTY_ARRAY -> MixiteJson.mapper().createArrayNode();
                case NEGATIVE -> MixiteJson.mapper().getNodeFactory().numberNode(-12.5);
                case HUGE -> MixiteJson.mapper().getNodeFactory().numberNode(1e12);
            };
            if (parent instanceof ObjectNode o && last instanceof String name && o.has(name)) {
                if (value == null) {
                    o.remove(name);
                } else {
                    o.set(name, value);
                }
            } else if (parent instanceof ArrayNode a && last instanceof Integer n && n < a.size()) {
                if (value == null) {
                    a.remove(n);
                } else {
                    a.set(n, value);
                }
            }
        }
        return doc;
    }

    @Property(tries = 200)
    @Label("a document with members missing, null, suppressed or of the wrong type still renders a readable PDF")
    void mutatedDocumentsRender(@ForAll("changes") List<Change> changes, @ForAll boolean english) throws IOException {
        JsonNode doc = apply(changes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportOptions options = ReportOptions.of("N", "2025").withLocale(english ? Locale.ENGLISH : Locale.FRENCH);
        ReportRenderer.render(doc, options, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }
}

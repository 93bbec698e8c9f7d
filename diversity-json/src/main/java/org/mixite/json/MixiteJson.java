package org.mixite.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one Jackson configuration for Mixité's JSON: exact decimals (never binary floating
 * point), plain notation ({@code 12.3}, not {@code 1.23E+1}), stable member order, and a
 * trailing newline. The same results always give the same bytes.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MixiteJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** What a hidden small cell shows instead of its value. */
    public static final String SUPPRESSED = "suppressed";

    private MixiteJson() {
    }

    /** The shared, immutable mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a decimal, or JSON {@code null} when absent (never 0, never NaN). */
    public static ObjectNode putDecimal(ObjectNode node, String name, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
        return node;
    }

    /** Writes pretty-printed JSON with a trailing newline. */
    public static void write(JsonNode node, OutputStream out) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            MAPPER.writer(printer).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, node);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pretty-printed JSON text with a trailing newline. */
    public static String toString(JsonNode node) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        write(node, bytes);
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Defensive reading of the report document: a missing member, a null, or "suppressed" gives an
 * empty value, never an exception, so a report renders whatever results are present.
 */
final class JsonView {

    private JsonView() {
    }

    static Optional<JsonNode> at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String step : path) {
            if (current == null || !current.isObject() || !current.has(step)) {
                return Optional.empty();
            }
            current = current.get(step);
        }
        return current == null || current.isNull() || current.isMissingNode() ? Optional.empty() : Optional.of(current);
    }

    static Optional<BigDecimal> decimal(JsonNode node, String... path) {
        return at(node, path).filter(JsonNode::isNumber).map(JsonNode::decimalValue);
    }

    static Optional<Long> integer(JsonNode node, String... path) {
        return at(node, path).filter(JsonNode::isNumber).map(JsonNode::longValue);
    }

    static Optional<String> text(JsonNode node, String... path) {
        return at(node, path).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    static Optional<Boolean> bool(JsonNode node, String... path) {
        return at(node, path).filter(JsonNode::isBoolean).map(JsonNode::asBoolean);
    }

    static boolean suppressed(JsonNode node) {
        return node != null && node.isTextual() && node.asText().equals("suppressed");
    }
}

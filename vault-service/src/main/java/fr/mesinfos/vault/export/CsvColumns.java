package fr.mesinfos.vault.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CSV columns of a category, taken from its JSON Schema: every leaf property as a dotted path (holder.lastName);
 * nested objects are flattened, local $refs followed, arrays kept whole as JSON text in one cell.
 */
final class CsvColumns {
    private static final int MAX_DEPTH = 6;

    private CsvColumns() {
    }

    static List<String> of(JsonNode schema) {
        List<String> columns = new ArrayList<>();
        collect(schema, schema, "", columns, 0);
        return columns;
    }

    private static void collect(JsonNode root, JsonNode node, String prefix, List<String> columns, int depth) {
        JsonNode resolved = resolve(root, node);
        JsonNode properties = resolved.path("properties");
        if (!properties.isObject() || depth > MAX_DEPTH) {
            columns.add(prefix);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            collect(root, property.getValue(), prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey(), columns, depth + 1);
        }
    }

    /** Follows a local reference such as #/$defs/postalAddress. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }

    /** The cell of a column in a payload: text as is, numbers and booleans as JSON, objects and arrays as JSON text. */
    static String cell(JsonNode payload, String column) {
        JsonNode value = payload;
        for (String part : column.split("\\.")) {
            value = value.path(part);
        }
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}

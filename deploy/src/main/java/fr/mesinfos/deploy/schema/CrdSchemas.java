package fr.mesinfos.deploy.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * A CustomResourceDefinition's OpenAPI v3 schema as strict JSON Schema 2020-12, closed to unknown fields wherever the
 * API server would prune them (objects without {@code x-kubernetes-preserve-unknown-fields} or a map's value schema).
 */
public final class CrdSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Validation keywords with the same meaning in OpenAPI v3 (as Kubernetes restricts it) and JSON Schema 2020-12. */
    private static final Set<String> KEPT = Set.of("type", "enum", "const", "default", "minimum", "maximum",
            "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties",
            "maxProperties", "required");
    /** Documentation, and rules no JSON Schema validator checks (CEL, list and map merge semantics). */
    private static final Set<String> DROPPED = Set.of("description", "example", "externalDocs", "format",
            "x-kubernetes-validations", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
            "x-kubernetes-map-type", "x-kubernetes-embedded-resource");
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("oneOf", "anyOf", "allOf");

    private CrdSchemas() {
    }

    /** The openAPIV3Schema of one served version of a CRD. */
    public static JsonNode openApiSchema(JsonNode crd, String version) {
        for (JsonNode served : crd.path("spec").path("versions")) {
            if (version.equals(served.path("name").asText())) {
                return served.path("schema").path("openAPIV3Schema");
            }
        }
        throw new IllegalArgumentException(crd.path("metadata").path("name").asText() + " has no version " + version);
    }

    /** The same schema in strict JSON Schema terms; fails on any OpenAPI keyword it does not know how to carry over. */
    public static ObjectNode strict(JsonNode openApi) {
        ObjectNode schema = JSON.objectNode();
        for (Map.Entry<String, JsonNode> field : openApi.properties()) {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if (KEPT.contains(keyword)) {
                schema.set(keyword, value.deepCopy());
            } else if (keyword.equals("properties")) {
                ObjectNode properties = schema.putObject("properties");
                value.properties().forEach(property -> properties.set(property.getKey(), strict(property.getValue())));
            } else if (keyword.equals("items") || keyword.equals("not")) {
                schema.set(keyword, strict(value));
            } else if (keyword.equals("additionalProperties")) {
                schema.set(keyword, value.isBoolean() ? value : strict(value));
            } else if (SUBSCHEMA_LISTS.contains(keyword)) {
                ArrayNode alternatives = schema.putArray(keyword);
                value.forEach(alternative -> alternatives.add(strict(alternative)));
            } else if (!DROPPED.contains(keyword) && !keyword.equals("nullable")
                    && !keyword.equals("x-kubernetes-preserve-unknown-fields")
                    && !keyword.equals("x-kubernetes-int-or-string")) {
                throw new IllegalArgumentException("OpenAPI keyword without a JSON Schema translation: " + keyword);
            }
        }
        if (openApi.path("x-kubernetes-int-or-string").asBoolean() && !schema.has("type") && !schema.has("anyOf")) {
            schema.set("type", JSON.arrayNode().add("integer").add("string"));
        }
        if (openApi.path("nullable").asBoolean() && schema.has("type")) {
            JsonNode type = schema.get("type");
            ArrayNode types = type.isArray() ? (ArrayNode) type.deepCopy() : JSON.arrayNode().add(type);
            schema.set("type", types.add("null"));
        }
        boolean preserveUnknown = openApi.path("x-kubernetes-preserve-unknown-fields").asBoolean();
        if ("object".equals(openApi.path("type").asText()) && !schema.has("additionalProperties")) {
            schema.put("additionalProperties", preserveUnknown); // open only where the CRD says so, and visibly
        }
        return schema;
    }
}

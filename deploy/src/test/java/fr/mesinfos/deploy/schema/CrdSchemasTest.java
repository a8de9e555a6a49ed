package fr.mesinfos.deploy.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/** How an OpenAPI v3 schema of a CRD becomes strict JSON Schema: closed where the API server would prune. */
class CrdSchemasTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void closesObjectsUnlessTheyPreserveUnknownFieldsOrAreMaps() {
        JsonNode strict = CrdSchemas.strict(yaml("""
                type: object
                description: dropped
                properties:
                  spec:
                    type: object
                    properties:
                      config:
                        type: object
                        x-kubernetes-preserve-unknown-fields: true
                      labels:
                        type: object
                        additionalProperties:
                          type: string
                """));
        assertEquals(yaml("""
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      config:
                        type: object
                        additionalProperties: true
                      labels:
                        type: object
                        additionalProperties:
                          type: string
                    additionalProperties: false
                additionalProperties: false
                """), strict);
    }

    @Test
    void carriesIntOrStringNullableAndJunctorsOver() {
        JsonNode strict = CrdSchemas.strict(yaml("""
                type: object
                properties:
                  port:
                    x-kubernetes-int-or-string: true
                  note:
                    type: string
                    nullable: true
                  env:
                    type: object
                    properties:
                      value: {type: string}
                      valueFrom: {type: string}
                    oneOf:
                      - properties: {value: {}}
                        required: [value]
                      - properties: {valueFrom: {}}
                        required: [valueFrom]
                    x-kubernetes-validations:
                      - rule: "true"
                """));
        assertEquals(yaml("{type: [integer, string]}"), strict.at("/properties/port"));
        assertEquals(yaml("{type: [string, 'null']}"), strict.at("/properties/note"));
        assertEquals(yaml("{properties: {value: {}}, required: [value]}"), strict.at("/properties/env/oneOf/0"));
        assertEquals(false, strict.at("/properties/env/additionalProperties").booleanValue());
    }

    @Test
    void refusesAKeywordItCannotTranslate() {
        assertThrows(IllegalArgumentException.class, () -> CrdSchemas.strict(yaml("{type: string, x-new-thing: 1}")));
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

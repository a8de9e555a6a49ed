package fr.mesinfos.deploy.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;

/** The mapping from Jackson-bound model classes to JSON Schema, on classes the committed schemas are made of. */
class ModelSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aModelClassIsAClosedObjectUnderDefs() {
        ModelSchemas models = new ModelSchemas();
        assertEquals(json("{\"$ref\":\"#/$defs/Container\"}"), models.schemaOf(Container.class));
        JsonNode container = models.defs().get("Container");
        assertEquals(false, container.path("additionalProperties").booleanValue());
        assertFalse(container.path("properties").has("additionalProperties"), "fabric8's catch-all map is no field");
        assertEquals(json("{\"type\":\"string\"}"), container.at("/properties/name"));
        assertEquals(json("{\"type\":\"boolean\"}"), container.at("/properties/stdin"));
        assertEquals(json("{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/EnvVar\"}}"), container.at("/properties/env"));
    }

    @Test
    void intOrStringQuantityAndMapsHaveTheirOwnShapes() {
        Map<String, ?> defs = defsOf(Container.class);
        JsonNode port = ((JsonNode) defs.get("HTTPGetAction")).at("/properties/port");
        assertEquals(json("{\"type\":[\"string\",\"integer\"]}"), port);
        JsonNode limits = ((JsonNode) defs.get("ResourceRequirements")).at("/properties/limits");
        assertEquals(json("{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\"]}}"), limits);
        JsonNode labels = ((JsonNode) defsOf(ObjectMeta.class).get("ObjectMeta")).at("/properties/labels");
        assertEquals(json("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}"), labels);
    }

    @Test
    void freeFormModelsStayOpen() {
        assertEquals(json("{\"type\":\"object\"}"), defsOf(ObjectMeta.class).get("FieldsV1"));
    }

    @Test
    void keycloakRepresentationsAreReadTheSameWay() {
        JsonNode realm = (JsonNode) defsOf(RealmRepresentation.class).get("RealmRepresentation");
        assertEquals(json("{\"type\":\"integer\"}"), realm.at("/properties/accessTokenLifespan"));
        assertEquals(json("{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/ClientRepresentation\"}}"),
                realm.at("/properties/clients"));
        assertEquals(false, realm.path("additionalProperties").booleanValue());
    }

    private static Map<String, ?> defsOf(Class<?> type) {
        ModelSchemas models = new ModelSchemas();
        models.schemaOf(type);
        return models.defs();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

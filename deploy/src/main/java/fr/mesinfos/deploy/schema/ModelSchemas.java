package fr.mesinfos.deploy.schema;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Strict JSON Schema for Jackson-bound model classes (the fabric8 Kubernetes model, Keycloak's representations), read
 * from what Jackson itself would serialize: one {@code $defs} entry per model class, closed to unknown properties.
 */
public final class ModelSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> MODEL_PACKAGES = Set.of("io.fabric8.", "org.keycloak.");
    /** fabric8's @JsonAnyGetter/@JsonAnySetter catch-all: how fabric8 tolerates unknown fields, not a field itself. */
    private static final String FABRIC8_ANY = "additionalProperties";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<Class<?>, String> names = new HashMap<>();
    private final Map<String, Class<?>> classes = new HashMap<>();
    private final Map<String, ObjectNode> defs = new TreeMap<>();

    /** The schema of a value of this class: inline for scalars, a {@code $ref} into {@link #defs()} for models. */
    public ObjectNode schemaOf(Class<?> type) {
        return schemaOf(mapper.constructType(type));
    }

    /** Every model class met so far, by name, sorted. */
    public Map<String, ObjectNode> defs() {
        return defs;
    }

    /** The model classes behind {@link #defs()} (to name the artifacts a schema comes from). */
    public Collection<Class<?>> modelClasses() {
        return classes.values();
    }

    /** The properties of a model class, each with its schema, in Jackson's order (the top level of a kind). */
    public Map<String, ObjectNode> propertiesOf(Class<?> type) {
        Map<String, ObjectNode> properties = new LinkedHashMap<>();
        BeanDescription bean = mapper.getSerializationConfig().introspect(mapper.constructType(type));
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.couldSerialize() || (isFabric8(type) && FABRIC8_ANY.equals(property.getName()))) {
                continue;
            }
            properties.put(property.getName(), schemaOf(property.getPrimaryType()));
        }
        return properties;
    }

    private ObjectNode schemaOf(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isArrayType() && raw.getComponentType() == byte.class) {
            return typed("string"); // base64, as Jackson writes byte[]
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            ObjectNode array = typed("array");
            array.set("items", schemaOf(type.getContentType()));
            return array;
        }
        if (type.isMapLikeType()) {
            if (type.getKeyType().getRawClass() != String.class) {
                throw new IllegalArgumentException("map keys other than strings: " + type);
            }
            ObjectNode map = typed("object");
            ObjectNode values = schemaOf(type.getContentType());
            if (!values.isEmpty()) {
                map.set("additionalProperties", values);
            }
            return map;
        }
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return typed("string");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class || raw == Short.class
                || raw == short.class || raw == Byte.class || raw == byte.class || raw == BigInteger.class) {
            return typed("integer");
        }
        if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
                || raw == BigDecimal.class) {
            return typed("number");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return typed("boolean");
        }
        if (raw == IntOrString.class) {
            return typed("string", "integer");
        }
        if (raw == Quantity.class) {
            return typed("string", "number");
        }
        if (raw == Object.class || raw == AnyType.class || JsonNode.class.isAssignableFrom(raw)) {
            return JSON.objectNode(); // anything
        }
        if (raw.isEnum()) {
            return enumOf(raw);
        }
        if (isModel(raw)) {
            return JSON.objectNode().put("$ref", "#/$defs/" + define(type));
        }
        throw new IllegalArgumentException("no JSON Schema mapping for " + type);
    }

    private String define(JavaType type) {
        Class<?> raw = type.getRawClass();
        String name = names.get(raw);
        if (name != null) {
            return name;
        }
        name = classes.containsKey(raw.getSimpleName()) ? raw.getName() : raw.getSimpleName();
        names.put(raw, name);
        classes.put(name, raw);
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            throw new IllegalArgumentException("abstract model type (no single schema): " + raw.getName());
        }
        BeanDescription bean = mapper.getSerializationConfig().introspect(type);
        if (bean.findJsonValueAccessor() != null) {
            throw new IllegalArgumentException("model type written as a single value: " + raw.getName());
        }
        ObjectNode def = typed("object");
        defs.put(name, def); // before the properties: a model may contain itself
        ObjectNode properties = def.putObject("properties");
        propertiesOf(raw).forEach(properties::set);
        AnnotatedMember anyGetter = bean.findAnyGetter();
        if (anyGetter != null && properties.isEmpty()) {
            def.remove("properties"); // free-form JSON (e.g. FieldsV1): the catch-all map is all there is
        } else if (anyGetter != null && !isFabric8(raw)) {
            def.set("additionalProperties", schemaOf(anyGetter.getType().getContentType()));
        } else {
            def.put("additionalProperties", false);
        }
        return name;
    }

    private ObjectNode enumOf(Class<?> type) {
        ObjectNode schema = typed("string");
        ArrayNode values = schema.putArray("enum");
        for (Object constant : type.getEnumConstants()) {
            JsonNode value = mapper.valueToTree(constant);
            if (!value.isTextual()) {
                throw new IllegalArgumentException(type.getName() + " is not written as strings");
            }
            values.add(value);
        }
        return schema;
    }

    private static ObjectNode typed(String... types) {
        ObjectNode schema = JSON.objectNode();
        if (types.length == 1) {
            schema.put("type", types[0]);
        } else {
            ArrayNode array = schema.putArray("type");
            for (String type : types) {
                array.add(type);
            }
        }
        return schema;
    }

    private static boolean isModel(Class<?> type) {
        return MODEL_PACKAGES.stream().anyMatch(type.getName()::startsWith);
    }

    private static boolean isFabric8(Class<?> type) {
        return type.getName().startsWith("io.fabric8.");
    }
}

package fr.mesinfos.deploy.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EphemeralVolumeSource;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PodAffinity;
import io.fabric8.kubernetes.api.model.PodAntiAffinity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.ProjectedVolumeSource;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.api.model.TypedObjectReference;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Every schema under deploy/schemas and where it comes from: generated from a fabric8 model class, generated from a
 * Strimzi CRD, or hand-written from an operator's documentation with its Kubernetes and Keycloak {@code $defs} generated.
 */
public final class SchemaCatalog {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final String REGENERATE = "Do not edit: regenerate as deploy/schemas/README.md says.";

    /** A kind whose schema is generated from its fabric8 model class. */
    private record ModelKind(String apiVersion, String kind, Class<?> model) {
    }

    /** A hand-written schema, relative to deploy/schemas, whose $defs for these model classes (and the classes they use) are generated. */
    public record HandWritten(Path path, List<Class<?>> models) {
    }

    private static final List<ModelKind> MODEL_KINDS = List.of(
            new ModelKind("v1", "ConfigMap", ConfigMap.class),
            new ModelKind("v1", "Secret", Secret.class),
            new ModelKind("v1", "Service", Service.class),
            new ModelKind("v1", "ServiceAccount", ServiceAccount.class),
            new ModelKind("v1", "Namespace", Namespace.class),
            new ModelKind("apps/v1", "Deployment", Deployment.class),
            new ModelKind("apps/v1", "StatefulSet", StatefulSet.class),
            new ModelKind("autoscaling/v2", "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            new ModelKind("policy/v1", "PodDisruptionBudget", PodDisruptionBudget.class),
            new ModelKind("networking.k8s.io/v1", "NetworkPolicy", NetworkPolicy.class),
            new ModelKind("batch/v1", "Job", Job.class),
            new ModelKind("rbac.authorization.k8s.io/v1", "Role", Role.class),
            new ModelKind("rbac.authorization.k8s.io/v1", "RoleBinding", RoleBinding.class),
            new ModelKind("monitoring.coreos.com/v1", "ServiceMonitor", ServiceMonitor.class));

    /** The Strimzi kinds, as files named after them that Strimzi's CRD generator writes (see deploy/pom.xml). */
    private static final List<String> STRIMZI_KINDS = List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser");
    private static final String STRIMZI_API_VERSION = "kafka.strimzi.io/v1";

    public static final List<HandWritten> HAND_WRITTEN = List.of(
            new HandWritten(Path.of("k8s.keycloak.org", "v2alpha1", "Keycloak.json"), List.of(ObjectMeta.class,
                    LocalObjectReference.class, EnvVar.class, SecretKeySelector.class, ConfigMapKeySelector.class,
                    ResourceRequirements.class, Affinity.class, Toleration.class, TopologySpreadConstraint.class,
                    NetworkPolicyPeer.class)),
            new HandWritten(Path.of("k8s.keycloak.org", "v2alpha1", "KeycloakRealmImport.json"),
                    List.of(ObjectMeta.class, SecretKeySelector.class, RealmRepresentation.class)),
            new HandWritten(Path.of("postgresql.cnpg.io", "v1", "Cluster.json"), List.of(ObjectMeta.class,
                    PersistentVolumeClaimSpec.class, EphemeralVolumeSource.class, ProjectedVolumeSource.class,
                    ResourceRequirements.class, NodeAffinity.class, PodAffinity.class, PodAntiAffinity.class,
                    Toleration.class, TopologySpreadConstraint.class, EnvVar.class, EnvFromSource.class,
                    SeccompProfile.class, PodSecurityContext.class, SecurityContext.class)),
            new HandWritten(Path.of("psmdb.percona.com", "v1", "PerconaServerMongoDB.json"), List.of(ObjectMeta.class,
                    LocalObjectReference.class, ResourceRequirements.class, Affinity.class, Toleration.class,
                    TopologySpreadConstraint.class, PodSecurityContext.class, SecurityContext.class, Container.class,
                    Volume.class, VolumeMount.class, HostAlias.class, EmptyDirVolumeSource.class,
                    HostPathVolumeSource.class, VolumeResourceRequirements.class, LabelSelector.class,
                    TypedLocalObjectReference.class, TypedObjectReference.class)));

    private SchemaCatalog() {
    }

    /**
     * Every schema that is generated, or hand-written with generated parts, by path relative to deploy/schemas.
     *
     * @param strimziCrds the folder where Strimzi's CRD generator wrote &lt;Kind&gt;.yaml (the build does, before the tests)
     * @param strimziVersion the version of io.strimzi:api and io.strimzi:crd-generator it ran
     * @param schemas deploy/schemas, where the hand-written schemas are read from
     */
    public static Map<Path, JsonNode> generate(Path strimziCrds, String strimziVersion, Path schemas) {
        Map<Path, JsonNode> generated = new LinkedHashMap<>();
        for (ModelKind kind : MODEL_KINDS) {
            ModelSchemas models = new ModelSchemas();
            ObjectNode body = JSON.objectNode().put("type", "object");
            ObjectNode properties = body.putObject("properties");
            models.propertiesOf(kind.model()).forEach(properties::set);
            Set<Class<?>> sources = new LinkedHashSet<>(List.of(kind.model()));
            sources.addAll(models.modelClasses());
            String comment = "Generated from " + String.join(" and ", coordinates(sources)) + " (class "
                    + kind.model().getName() + " and the model classes it uses), as Jackson reads and writes them, by "
                    + ModelSchemas.class.getName() + ". " + REGENERATE;
            generated.put(SchemaFiles.relativePath(kind.apiVersion(), kind.kind()),
                    kindSchema(comment, kind.apiVersion(), kind.kind(), body, models));
        }
        for (String kind : STRIMZI_KINDS) {
            JsonNode crd = readYaml(strimziCrds.resolve(kind + ".yaml"));
            String version = STRIMZI_API_VERSION.substring(STRIMZI_API_VERSION.indexOf('/') + 1);
            String apiVersion = crd.path("spec").path("group").asText() + "/" + version;
            if (!apiVersion.equals(STRIMZI_API_VERSION)) {
                throw new IllegalStateException(kind + ".yaml is a CRD of " + apiVersion + ", not " + STRIMZI_API_VERSION);
            }
            ObjectNode body = CrdSchemas.strict(CrdSchemas.openApiSchema(crd, version));
            ModelSchemas models = new ModelSchemas();
            models.schemaOf(ObjectMeta.class);
            String comment = "Generated from the " + version + " openAPIV3Schema of the " + kind
                    + " CRD that io.strimzi:crd-generator:" + strimziVersion + " writes for io.strimzi:api:"
                    + strimziVersion + ", made strict by " + CrdSchemas.class.getName() + "; metadata is ObjectMeta from "
                    + String.join(" and ", coordinates(models.modelClasses())) + ". " + REGENERATE;
            generated.put(SchemaFiles.relativePath(apiVersion, kind), kindSchema(comment, apiVersion, kind, body, models));
        }
        for (HandWritten handWritten : HAND_WRITTEN) {
            generated.put(handWritten.path(), withModelDefs(SchemaFiles.read(schemas.resolve(handWritten.path())),
                    handWritten.models()));
        }
        return generated;
    }

    /** The schemas generated in full (not the hand-written ones), relative to deploy/schemas. */
    public static Set<Path> generatedPaths() {
        Set<Path> paths = new LinkedHashSet<>();
        MODEL_KINDS.forEach(kind -> paths.add(SchemaFiles.relativePath(kind.apiVersion(), kind.kind())));
        STRIMZI_KINDS.forEach(kind -> paths.add(SchemaFiles.relativePath(STRIMZI_API_VERSION, kind)));
        return paths;
    }

    /** A hand-written schema with the $defs of these model classes regenerated; its own $defs come first, as written. */
    static ObjectNode withModelDefs(JsonNode handWritten, List<Class<?>> roots) {
        ModelSchemas models = new ModelSchemas();
        roots.forEach(models::schemaOf);
        ObjectNode schema = handWritten.deepCopy();
        ObjectNode defs = JSON.objectNode();
        handWritten.path("$defs").properties().stream()
                .filter(def -> !models.defs().containsKey(def.getKey()))
                .forEach(def -> defs.set(def.getKey(), def.getValue()));
        models.defs().forEach(defs::set);
        schema.set("$defs", defs);
        return schema;
    }

    private static ObjectNode kindSchema(String comment, String apiVersion, String kind, ObjectNode body,
            ModelSchemas models) {
        Set<String> unexpected = new TreeSet<>();
        body.fieldNames().forEachRemaining(unexpected::add);
        unexpected.removeAll(Set.of("type", "properties", "required", "additionalProperties"));
        if (!unexpected.isEmpty()) {
            throw new IllegalArgumentException(apiVersion + " " + kind + ": top-level keywords " + unexpected);
        }
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DRAFT_2020_12);
        schema.put("$comment", comment);
        schema.put("title", apiVersion + " " + kind);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("apiVersion").put("const", apiVersion);
        properties.putObject("kind").put("const", kind);
        ObjectNode metadata = properties.putObject("metadata");
        metadata.put("$ref", "#/$defs/" + ObjectMeta.class.getSimpleName());
        metadata.putArray("required").add("name");
        body.path("properties").properties().stream()
                .filter(property -> !properties.has(property.getKey()))
                .forEach(property -> properties.set(property.getKey(), property.getValue()));
        ArrayNode required = schema.putArray("required").add("apiVersion").add("kind").add("metadata");
        body.path("required").forEach(name -> {
            if (!List.of("apiVersion", "kind", "metadata").contains(name.asText())) {
                required.add(name);
            }
        });
        schema.put("additionalProperties", false);
        ObjectNode defs = schema.putObject("$defs");
        models.defs().forEach(defs::set);
        return schema;
    }

    /** groupId:artifactId:version of the jars these classes come from, sorted. */
    private static List<String> coordinates(Iterable<Class<?>> classes) {
        Set<String> coordinates = new TreeSet<>();
        for (Class<?> type : classes) {
            coordinates.add(coordinates(type));
        }
        return List.copyOf(coordinates);
    }

    private static String coordinates(Class<?> type) {
        try (JarFile jar = new JarFile(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
            List<JarEntry> poms = jar.stream()
                    .filter(entry -> entry.getName().startsWith("META-INF/maven/"))
                    .filter(entry -> entry.getName().endsWith("/pom.properties"))
                    .toList();
            if (poms.size() != 1) {
                throw new IllegalStateException(jar.getName() + " has " + poms.size() + " pom.properties");
            }
            Properties pom = new Properties();
            try (InputStream in = jar.getInputStream(poms.get(0))) {
                pom.load(in);
            }
            return pom.getProperty("groupId") + ":" + pom.getProperty("artifactId") + ":" + pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tell which artifact " + type.getName() + " comes from", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the build writes it with Strimzi's CRD generator in the"
                    + " generate-test-resources phase (./mvnw -pl deploy verify)");
        }
        try {
            return new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}

package fr.mesinfos.consent.registry;

import java.net.HttpURLConnection;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.server.mock.crud.KubernetesCrudDispatcherException;
import io.fabric8.kubernetes.client.server.mock.crud.PostHandler;
import io.fabric8.kubernetes.client.server.mock.crud.PutHandler;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

/**
 * A FAKE Kubernetes API server, because no real one runs on our machines (no Docker, no kube-apiserver): fabric8's
 * mock server in CRUD mode (it stores what it is sent and answers reads from it), told about Strimzi's KafkaTopic and
 * KafkaUser. It does not implement server-side apply (it answers 415), so here an apply becomes a create when the
 * resource is absent and otherwise a JSON merge patch (RFC 7386) of the applied fields: what apply does when one field
 * manager sets every field of the resource (Strimzi's CRDs declare no list merge keys, so the ACL list is replaced whole).
 * It knows nothing of RBAC, admission, Strimzi's operators or their status; {@link #failWith} makes it refuse.
 */
final class FakeKubernetesApi implements AutoCloseable {
    private final KubernetesMockServer server;
    private final List<String> applies = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    FakeKubernetesApi() {
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), new HashMap<>(),
                new Dispatcher(), false);
        server.init();
    }

    /** A client of this server, namespace "test", that gives up at once instead of retrying (none of the tests wants to wait). */
    NamespacedKubernetesClient client() {
        return server.createClient(builder -> builder.editOrNewConfig().withRequestRetryBackoffLimit(0).endConfig());
    }

    /** Where it listens, e.g. {@code http://localhost:41234/}. */
    String url() {
        return server.url("/");
    }

    /** Path and query of every server-side apply received, in order. */
    List<String> applies() {
        return List.copyOf(applies);
    }

    /** From now on every request is refused with this status (0: answered again). */
    void failWith(int status) {
        failWith = status;
    }

    @Override
    public void close() {
        server.destroy();
    }

    private final class Dispatcher extends KubernetesCrudDispatcher {
        Dispatcher() {
            super(List.of(crd(StrimziAppKafkaAccess.KAFKA_TOPICS), crd(StrimziAppKafkaAccess.KAFKA_USERS)));
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            int status = failWith;
            if (status != 0) {
                return new MockResponse().setResponseCode(status).setBody(Serialization.asJson(new StatusBuilder().withStatus("Failure")
                        .withCode(status).withReason(status == HttpURLConnection.HTTP_FORBIDDEN ? "Forbidden" : "InternalError")
                        .withMessage("refused by the fake API server for the test").build()));
            }
            return super.dispatch(request);
        }

        @Override
        public synchronized MockResponse handlePatch(RecordedRequest request) {
            String contentType = request.getHeader("Content-Type");
            if (contentType == null || !contentType.startsWith("application/apply-patch")) {
                return super.handlePatch(request);
            }
            applies.add(request.getPath());
            String path = request.getPath().split("\\?", 2)[0];
            String body = request.getBody().readUtf8();
            try {
                if (handleGet(path).code() == HttpURLConnection.HTTP_NOT_FOUND) {
                    return new PostHandler((KubernetesAttributesExtractor) attributeExtractor, this)
                            .handle(path.substring(0, path.lastIndexOf('/')), "application/json", body);
                }
                // the mock's own merge patch concatenates lists: merge as RFC 7386 says, then replace (PUT) with the result
                JsonNode current = Serialization.jsonMapper().readTree(handleGet(path).getBody().readUtf8());
                JsonNode applied = Serialization.jsonMapper().readTree(body);
                return new PutHandler(this).handle(path, "application/json", Serialization.asJson(mergePatch(current, applied)));
            } catch (KubernetesCrudDispatcherException e) {
                return new MockResponse().setResponseCode(e.getCode()).setBody(e.toStatusBody());
            } catch (JsonProcessingException e) {
                return new MockResponse().setResponseCode(400).setBody(e.getMessage());
            }
        }
    }

    /** RFC 7386: objects merge key by key, null removes, anything else (lists included) replaces. */
    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? target.deepCopy() : Serialization.jsonMapper().createObjectNode();
        patch.properties().forEach(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        });
        return result;
    }

    private static CustomResourceDefinitionContext crd(ResourceDefinitionContext context) {
        return new CustomResourceDefinitionContext.Builder().withGroup(context.getGroup()).withVersion(context.getVersion())
                .withKind(context.getKind()).withPlural(context.getPlural()).withScope("Namespaced").build();
    }
}

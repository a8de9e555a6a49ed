package fr.mesinfos.consent.registry;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Registers apps: the Keycloak client first (its secret generated here and shown once), then its Kafka topic and
 * ACLs, then the row; if a later step fails the earlier ones are taken back, so an app exists everywhere or nowhere.
 */
@ApplicationScoped
public class AppRegistry {
    private static final Logger LOG = Logger.getLogger(AppRegistry.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeycloakClients keycloak;

    @Inject
    AppKafkaAccess kafka;

    @Inject
    AppRegistrationRepository apps;

    /** Blocking (Keycloak admin calls): call from a worker thread. */
    public AppView register(AppRequest request, String ownerId) {
        request.check();
        if (find(request.appId()).isPresent()) {
            throw taken(request.appId());
        }
        String secret = newSecret();
        List<String> redirects = request.redirectUris() == null ? List.of() : request.redirectUris();
        try {
            if (!keycloak.create(request.appId(), request.name(), redirects, secret)) {
                throw taken(request.appId());
            }
        } catch (KeycloakClients.KeycloakException e) {
            LOG.warnf("registration of app %s failed at Keycloak: %s", request.appId(), e.getMessage());
            throw new ProblemException(Problem.of(502, "identity-provider-unavailable", "Identity provider unavailable",
                    "the app's client could not be created; nothing was registered, try again"));
        }
        try {
            kafka.grant(request.appId());
        } catch (AppKafkaAccess.KafkaAccessException e) {
            LOG.warnf("registration of app %s failed at Kafka: %s", request.appId(), e.getMessage());
            undo(request.appId());
            throw new ProblemException(Problem.of(502, "event-broker-unavailable", "Event broker unavailable",
                    "the app's topic and access rights could not be created; nothing was registered, try again"));
        }
        AppRegistration app = new AppRegistration();
        app.appId = request.appId();
        app.name = request.name().strip();
        app.legalEntity = request.legalEntity().strip();
        app.contactEmail = request.contactEmail();
        app.purposes = AppRegistration.lines(request.purposes());
        app.redirectUris = AppRegistration.lines(redirects);
        app.deletionPolicy = request.deletionPolicy().strip();
        app.ownerId = ownerId;
        app.registeredAt = Instant.now();
        try {
            await(() -> Panache.withTransaction(() -> apps.persistAndFlush(app)));
        } catch (RuntimeException e) {
            undo(request.appId());
            throw e;
        }
        LOG.infof("app %s registered", app.appId);
        return AppView.of(app, secret);
    }

    /** Takes back what a failed registration created (Kafka ACLs, Keycloak client); each step is idempotent. */
    private void undo(String appId) {
        try {
            kafka.revoke(appId);
        } catch (AppKafkaAccess.KafkaAccessException e) {
            LOG.warnf("could not remove the Kafka ACLs of unregistered app %s: %s", appId, e.getMessage());
        }
        keycloak.delete(appId);
    }

    public Optional<AppRegistration> find(String appId) {
        return Optional.ofNullable(await(() -> Panache.withSession(() -> apps.findById(appId))));
    }

    /** The apps a developer registered, or every app for an operator. */
    public List<AppView> list(Optional<String> ownerId) {
        List<AppRegistration> found = await(() -> Panache.withSession(() -> apps.listed(ownerId)));
        return found.stream().map(app -> AppView.of(app, null)).toList();
    }

    private static ProblemException taken(String appId) {
        return new ProblemException(Problem.of(409, "app-id-taken", "App id taken", "an app with id " + appId + " is already registered")
                .withErrors(List.of(new Problem.InvalidParam(null, "appId", "already registered"))));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }
}

package fr.mesinfos.deploy.generated;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mesinfos.deploy.GeneratedFiles;
import fr.mesinfos.deploy.schema.SchemaFiles;

/**
 * The manifests derived from code (Kafka topics and users from events.access, the realm import from the dev realm)
 * are committed so operators can read and review them; this test fails when they drift from their sources, and
 * rewrites them when run with {@code -Dmesinfos.deploy.write=true} (GeneratedFiles).
 */
class DeployResourcesAreGeneratedTest {
    private static final Path DEPLOY = SchemaFiles.checkout().resolve("deploy");

    @Test
    void kafkaTopicsAndServiceUsers() throws IOException {
        check("base/kafka/topics.yaml", "events.access.KafkaAccess.platformTopics()", KafkaManifests.platformTopics());
        check("base/kafka/users.yaml", "events.access.KafkaAccess.services(STRIMZI)", KafkaManifests.serviceUsers());
    }

    @Test
    void devAppsHaveTheirTopicsAndUsersInTheDevOverlayOnly() throws IOException {
        check("overlays/dev/demo-apps-kafka.yaml", "events.access.KafkaAccess.app(id) of the dev realm's demo apps", KafkaManifests.devApps());
    }

    @Test
    void realmImport() throws IOException {
        RealmManifests realm = RealmManifests.read(DEPLOY.resolve("keycloak/mesinfos-realm.json"));
        check("base/keycloak/realm-import.yaml", "keycloak/mesinfos-realm.json without its dev-only users and clients", List.of(realm.platformImport()));
        check("overlays/dev/realm-dev-additions.yaml", "the dev-only users and clients of keycloak/mesinfos-realm.json", List.of(realm.devAdditions()));
    }

    private static void check(String file, String source, List<?> documents) throws IOException {
        GeneratedFiles.check(DEPLOY.resolve(file), Yaml.documents("Generated from " + source
                + " by deploy's DeployResourcesAreGeneratedTest.\nDo not edit: " + GeneratedFiles.REGENERATE, documents));
    }
}

package fr.mesinfos.consent.outbox;

import static fr.mesinfos.consent.TestTokens.BUDGET;
import static fr.mesinfos.consent.TestTokens.COACH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.ConsentTopicReader;
import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.Db;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.PersonConsents;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

/** Each state change reaches consent.state.v1 through the outbox, including changes made while the relay was stopped. */
@QuarkusTest
class OutboxRelayTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    OutboxRelay relay;

    private static long unsent(String consentId) throws Exception {
        return ((Number) Db.value("SELECT count(*) FROM consent_outbox WHERE consent_id = ? AND sent_at IS NULL",
                UUID.fromString(consentId))).longValue();
    }

    @Test
    void aStateChangeIsPublishedWithAllThePersonsConsentsKeyedByPerson() throws Exception {
        String other = Consents.requested(BUDGET, TestUsers.GERARD);
        String id = Consents.active(COACH, TestUsers.GERARD);
        Consents.act(TestUsers.GERARD, id, "withdraw", Map.of()).statusCode(200);

        PersonConsents published = ConsentTopicReader.await(TestUsers.GERARD.id(), ConsentTopicReader.holds(id, "WITHDRAWN"), WAIT)
                .orElseThrow(() -> new AssertionError("the withdrawal never reached consent.state.v1"));
        assertEquals(TestUsers.GERARD.id(), published.personId());
        ConsentState state = published.consents().stream().filter(c -> c.consentId().equals(id)).findFirst().orElseThrow();
        assertEquals(3, state.version(), "one revision per change: requested, approved, withdrawn");
        assertEquals(COACH, state.appId());
        assertTrue(published.consents().stream().anyMatch(c -> c.consentId().equals(other)), "the person's other consents are in the record");
        assertTrue(state.grantedAt() != null && state.expiresAt() != null);
        waitUntilSent(id);
    }

    @Test
    void anActiveConsentIsPublishedAsAllowingItsCategoriesUntilExpiry() {
        String id = Consents.active(COACH, TestUsers.CAMILLE);
        ConsentState state = ConsentTopicReader.await(TestUsers.CAMILLE.id(), ConsentTopicReader.holds(id, "ACTIVE"), WAIT).orElseThrow()
                .consents().stream().filter(c -> c.consentId().equals(id)).findFirst().orElseThrow();
        assertTrue(state.allows(Category.EDF_LOAD_CURVE, java.time.Instant.now()));
        // followers stop at expiresAt even before the expiry job publishes EXPIRED
        assertTrue(!state.allows(Category.EDF_LOAD_CURVE, state.expiresAt()));
        assertTrue(!state.allows(Category.ORANGE_GEOLOCATION, java.time.Instant.now()));
    }

    @Test
    void rowsLeftUnsentWhileTheRelayIsStoppedArePublishedOnceItRestarts() throws Exception {
        String id;
        relay.stop();
        try {
            id = Consents.active(COACH, TestUsers.CAMILLE);
            Thread.sleep(1000);
            assertEquals(2, unsent(id), "request and approval wait in the outbox");
            assertTrue(ConsentTopicReader.await(TestUsers.CAMILLE.id(), ConsentTopicReader.holds(id, "ACTIVE"), Duration.ofSeconds(2)).isEmpty(),
                    "nothing is published while the relay is stopped");
        } finally {
            relay.start();
        }
        assertTrue(ConsentTopicReader.await(TestUsers.CAMILLE.id(), ConsentTopicReader.holds(id, "ACTIVE"), WAIT).isPresent());
        waitUntilSent(id);
    }

    private static void waitUntilSent(String id) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (unsent(id) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, unsent(id), "rows are marked sent once Kafka acknowledged them");
    }
}

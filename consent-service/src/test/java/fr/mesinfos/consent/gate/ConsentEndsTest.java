package fr.mesinfos.consent.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.events.platform.PersonConsents;

/** Which consent changes are ends the app must be told of, and which are not. */
class ConsentEndsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final String PERSON = "8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b01";
    private static final String ID = "0b8f7c52-6a53-4a51-9d0e-3c0a7f1d9e21";

    private static ConsentState state(int version, ConsentStatus status, Instant expiresAt) {
        return new ConsentState(ID, version, PERSON, "demo-energy-coach", status, List.of("edf.load-curve"),
                "dpv:ServiceProvision", null, null, NOW, expiresAt, NOW);
    }

    private static PersonConsents person(ConsentState... consents) {
        return new PersonConsents(PERSON, List.of(consents), NOW);
    }

    @Test
    void anActiveConsentThatBecomesTerminalEndsWithItsNewVersionAndStatus() {
        for (ConsentStatus status : List.of(ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED, ConsentStatus.REVOKED)) {
            List<ConsentEnds.End> ends = ConsentEnds.between(person(state(1, ConsentStatus.ACTIVE, null)), person(state(2, status, null)), NOW);
            assertEquals(1, ends.size());
            assertEquals(status, ends.getFirst().status());
            assertEquals(2, ends.getFirst().version());
            assertEquals("demo-energy-coach", ends.getFirst().appId());
        }
    }

    @Test
    void anActiveConsentPastItsExpiryOrGoneEnds() {
        assertEquals(ConsentStatus.EXPIRED, ConsentEnds.between(person(state(1, ConsentStatus.ACTIVE, null)),
                person(state(2, ConsentStatus.ACTIVE, NOW)), NOW).getFirst().status());
        assertEquals("removed", ConsentEnds.between(person(state(1, ConsentStatus.ACTIVE, null)), person(), NOW).getFirst().reason());
        assertEquals("removed", ConsentEnds.between(person(state(1, ConsentStatus.ACTIVE, null)), null, NOW).getFirst().reason());
    }

    @Test
    void nothingEndsThatWasNotActive() {
        assertEquals(List.of(), ConsentEnds.between(null, person(state(1, ConsentStatus.WITHDRAWN, null)), NOW));
        assertEquals(List.of(), ConsentEnds.between(person(state(1, ConsentStatus.REQUESTED, null)),
                person(state(2, ConsentStatus.REJECTED, null)), NOW));
        assertEquals(List.of(), ConsentEnds.between(person(state(1, ConsentStatus.ACTIVE, null)),
                person(state(2, ConsentStatus.ACTIVE, NOW.plusSeconds(60))), NOW));
        assertEquals(List.of(), ConsentEnds.between(person(state(1, ConsentStatus.ACTIVE, null)),
                person(state(2, ConsentStatus.SUSPENDED, null)), NOW));
    }
}

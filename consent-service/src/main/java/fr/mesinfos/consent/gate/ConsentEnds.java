package fr.mesinfos.consent.gate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.mesinfos.events.platform.ConsentState;
import fr.mesinfos.events.platform.ConsentStatus;
import fr.mesinfos.events.platform.PersonConsents;

/**
 * Which of a person's consents ended between two states of consent.state.v1: an ACTIVE consent that became
 * WITHDRAWN, EXPIRED or REVOKED, passed its expiresAt, or disappeared. Pure, so the rules are tested without Kafka.
 */
final class ConsentEnds {

    /** One ended consent: the app to tell, and what to tell it. */
    record End(String appId, String consentId, int version, ConsentStatus status, String reason) {
    }

    private ConsentEnds() {
    }

    /** The ends between {@code previous} and {@code next} (either may be null: no state / a tombstone), judged at {@code now}. */
    static List<End> between(PersonConsents previous, PersonConsents next, Instant now) {
        if (previous == null) {
            return List.of();
        }
        Map<String, ConsentState> after = next == null ? Map.of()
                : next.consents().stream().collect(Collectors.toMap(ConsentState::consentId, Function.identity()));
        List<End> ends = new ArrayList<>();
        for (ConsentState before : previous.consents()) {
            if (before.status() != ConsentStatus.ACTIVE) {
                continue;
            }
            ConsentState current = after.get(before.consentId());
            if (current == null) {
                ends.add(new End(before.appId(), before.consentId(), before.version(), ConsentStatus.REVOKED, "removed"));
            } else if (isTerminal(current.status())) {
                ends.add(new End(current.appId(), current.consentId(), current.version(), current.status(), reason(current.status())));
            } else if (current.status() == ConsentStatus.ACTIVE && expired(current, now)) {
                ends.add(expiry(current));
            }
        }
        return ends;
    }

    /** The end of an ACTIVE consent whose access period is over. */
    static End expiry(ConsentState consent) {
        return new End(consent.appId(), consent.consentId(), consent.version(), ConsentStatus.EXPIRED, reason(ConsentStatus.EXPIRED));
    }

    /** True when an ACTIVE consent no longer lets data through because its expiresAt passed. */
    static boolean expired(ConsentState consent, Instant now) {
        return consent.expiresAt() != null && !now.isBefore(consent.expiresAt());
    }

    /** True when the consent is ACTIVE and not expired: an end announced earlier no longer holds. */
    static boolean live(ConsentState consent, Instant now) {
        return consent.status() == ConsentStatus.ACTIVE && !expired(consent, now);
    }

    private static boolean isTerminal(ConsentStatus status) {
        return status == ConsentStatus.WITHDRAWN || status == ConsentStatus.EXPIRED || status == ConsentStatus.REVOKED;
    }

    private static String reason(ConsentStatus status) {
        return switch (status) {
            case WITHDRAWN -> "withdrawn-by-person";
            case EXPIRED -> "expired";
            default -> "revoked";
        };
    }
}

package fr.mesinfos.consent.lifecycle;

import static fr.mesinfos.events.platform.ConsentStatus.ACTIVE;
import static fr.mesinfos.events.platform.ConsentStatus.EXPIRED;
import static fr.mesinfos.events.platform.ConsentStatus.REJECTED;
import static fr.mesinfos.events.platform.ConsentStatus.REQUESTED;
import static fr.mesinfos.events.platform.ConsentStatus.REVOKED;
import static fr.mesinfos.events.platform.ConsentStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import fr.mesinfos.events.platform.ConsentStatus;

/**
 * The consent state machine, the one place that says which action is allowed from which status and where it leads
 * (CS-SM-1): terminal states never come back; anything not listed here is refused with a 409.
 */
public final class ConsentTransitions {
    private static final Map<ConsentAction, Map<ConsentStatus, ConsentStatus>> TABLE = new EnumMap<>(ConsentAction.class);

    static {
        allow(ConsentAction.APPROVE, REQUESTED, ACTIVE);
        allow(ConsentAction.REFUSE, REQUESTED, REJECTED);
        allow(ConsentAction.TIME_OUT, REQUESTED, REJECTED);
        allow(ConsentAction.WITHDRAW, ACTIVE, WITHDRAWN);
        allow(ConsentAction.TERMINATE, ACTIVE, REVOKED);
        allow(ConsentAction.EXPIRE, ACTIVE, EXPIRED);
        allow(ConsentAction.PROPOSE_AMENDMENT, ACTIVE, ACTIVE);
        allow(ConsentAction.CONFIRM_AMENDMENT, ACTIVE, ACTIVE);
        allow(ConsentAction.REFUSE_AMENDMENT, ACTIVE, ACTIVE);
    }

    private ConsentTransitions() {
    }

    private static void allow(ConsentAction action, ConsentStatus from, ConsentStatus to) {
        TABLE.computeIfAbsent(action, a -> new EnumMap<>(ConsentStatus.class)).put(from, to);
    }

    /** Where the action leads from this status, if it is allowed there. */
    public static Optional<ConsentStatus> target(ConsentStatus from, ConsentAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(action, Map.of()).get(from));
    }

    /** Where the action leads; throws {@link IllegalTransitionException} when the status does not allow it. */
    public static ConsentStatus next(ConsentStatus from, ConsentAction action) {
        return target(from, action).orElseThrow(() -> new IllegalTransitionException(from, action,
                "allowed from " + TABLE.getOrDefault(action, Map.of()).keySet()));
    }

    /** True for the statuses nothing leaves. */
    public static boolean isTerminal(ConsentStatus status) {
        return TABLE.values().stream().noneMatch(from -> from.containsKey(status));
    }
}

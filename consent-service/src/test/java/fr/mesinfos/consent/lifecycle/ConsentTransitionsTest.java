package fr.mesinfos.consent.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.mesinfos.events.platform.ConsentStatus;

/** The state machine, cell by cell: every (status, action) pair is either the one allowed target or a refusal. */
class ConsentTransitionsTest {

    /** The whole expected table: what is not listed is illegal. */
    private static final Map<String, ConsentStatus> ALLOWED = Map.of(
            "REQUESTED/APPROVE", ConsentStatus.ACTIVE,
            "REQUESTED/REFUSE", ConsentStatus.REJECTED,
            "REQUESTED/TIME_OUT", ConsentStatus.REJECTED,
            "ACTIVE/WITHDRAW", ConsentStatus.WITHDRAWN,
            "ACTIVE/TERMINATE", ConsentStatus.REVOKED,
            "ACTIVE/EXPIRE", ConsentStatus.EXPIRED,
            "ACTIVE/PROPOSE_AMENDMENT", ConsentStatus.ACTIVE,
            "ACTIVE/CONFIRM_AMENDMENT", ConsentStatus.ACTIVE,
            "ACTIVE/REFUSE_AMENDMENT", ConsentStatus.ACTIVE);

    static Stream<Arguments> everyCell() {
        return Stream.of(ConsentStatus.values())
                .flatMap(status -> Stream.of(ConsentAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyCell")
    void eachCellIsTheExpectedTargetOrARefusalNamingStatusAndAction(ConsentStatus status, ConsentAction action) {
        ConsentStatus expected = ALLOWED.get(status + "/" + action);
        if (expected != null) {
            assertEquals(expected, ConsentTransitions.next(status, action));
        } else {
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> ConsentTransitions.next(status, action));
            assertEquals(status, refused.current());
            assertEquals(action, refused.action());
            assertTrue(refused.getMessage().contains(status.name()) && refused.getMessage().contains(action.label()));
        }
    }

    @Test
    void terminalStatesNeverComeBack() {
        for (ConsentStatus terminal : new ConsentStatus[] {ConsentStatus.REJECTED, ConsentStatus.EXPIRED, ConsentStatus.WITHDRAWN, ConsentStatus.REVOKED}) {
            assertTrue(ConsentTransitions.isTerminal(terminal), terminal.name());
        }
        assertFalse(ConsentTransitions.isTerminal(ConsentStatus.REQUESTED));
        assertFalse(ConsentTransitions.isTerminal(ConsentStatus.ACTIVE));
    }
}

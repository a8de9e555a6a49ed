package fr.mesinfos.consent.lifecycle;

import fr.mesinfos.events.platform.ConsentStatus;

/** An action the consent's current status does not allow (answered 409, naming both). */
public class IllegalTransitionException extends RuntimeException {
    private final ConsentStatus current;
    private final ConsentAction action;

    public IllegalTransitionException(ConsentStatus current, ConsentAction action, String why) {
        super("consent is " + current + ": cannot " + action.label() + (why == null ? "" : " (" + why + ")"), null, false, false);
        this.current = current;
        this.action = action;
    }

    public ConsentStatus current() {
        return current;
    }

    public ConsentAction action() {
        return action;
    }
}

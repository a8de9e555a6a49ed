package fr.mesinfos.consent.lifecycle;

import fr.mesinfos.events.platform.ConsentStatus;

/** An app confirmed a deletion for a consent that has not ended: there is nothing to delete yet (answered 409). */
public class NotEndedException extends RuntimeException {
    private final ConsentStatus current;

    public NotEndedException(ConsentStatus current) {
        super("consent is " + current + ": deletion is confirmed once the consent has ended", null, false, false);
        this.current = current;
    }

    public ConsentStatus current() {
        return current;
    }
}

package fr.mesinfos.consent.lifecycle;

/** No such consent for this caller (it may exist for someone else: we never say). */
public class ConsentNotFoundException extends RuntimeException {
    public ConsentNotFoundException() {
        super("no such consent for this caller", null, false, false);
    }
}

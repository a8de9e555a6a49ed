package fr.mesinfos.consent.lifecycle;

/**
 * Who acted on a consent and through which channel (CS-SM-2), as the history and the ended-by fields record it;
 * a person is recorded as "person" (it can only be the consent's own person), never by their id.
 */
public record Actor(String who, String channel) {
    public static final String PERSONAL_SPACE = "personal-space";
    public static final String APP_API = "app-api";
    public static final String EXPIRY_JOB = "expiry-job";
    public static final String VAULT_ERASURE = "vault-erasure";

    public static Actor person() {
        return new Actor("person", PERSONAL_SPACE);
    }

    /** The person erased the data in their vault: their erasure ends the consents that covered it. */
    public static Actor personByErasure() {
        return new Actor("person", VAULT_ERASURE);
    }

    public static Actor app(String appId) {
        return new Actor("app:" + appId, APP_API);
    }

    public static Actor expiryJob() {
        return new Actor("platform", EXPIRY_JOB);
    }
}

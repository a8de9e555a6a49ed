package fr.mesinfos.events.platform;

/** The states of a consent (CONSENT-REQUIREMENTS CS-SM-1); only ACTIVE lets data reach an app. */
public enum ConsentStatus {
    REQUESTED, ACTIVE, REJECTED, EXPIRED, WITHDRAWN, REVOKED, SUSPENDED
}

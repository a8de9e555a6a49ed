package fr.mesinfos.vault.access;

import java.time.Instant;

/** One access to a person's data by an app, as the person sees it in their access log. */
public record AccessEntry(String id, Instant at, String appId, String category, AccessKind kind, long records, String consentId) {
}

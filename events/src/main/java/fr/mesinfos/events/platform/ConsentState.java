package fr.mesinfos.events.platform;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Topics;

/**
 * The latest state of one consent, as published within its person's {@link PersonConsents} on {@code consent.state.v1}
 * by the consent service and followed by every component that lets data reach an app. The access period (when the app may
 * receive data: until {@code expiresAt}) is kept apart from the data period (which facts it may receive:
 * {@code dataFrom} inclusive to {@code dataTo} exclusive, either end open), as CS-DM-4 asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentState(
        String consentId,
        int version,
        String personId,
        String appId,
        ConsentStatus status,
        List<String> categories,
        String purpose,
        Instant dataFrom,
        Instant dataTo,
        Instant grantedAt,
        Instant expiresAt,
        Instant updatedAt) {

    public ConsentState {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Topics.requireAppId(appId);
        categories = List.copyOf(categories);
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
        for (String category : categories) {
            if (CategoryCatalog.byId(category).isEmpty()) {
                throw new IllegalArgumentException("unknown category " + category);
            }
        }
        if (dataFrom != null && dataTo != null && !dataTo.isAfter(dataFrom)) {
            throw new IllegalArgumentException("dataTo must be after dataFrom");
        }
    }

    /** True when the app may receive data of this category now: ACTIVE, not expired, the category included. */
    public boolean allows(Category category, Instant now) {
        return status == ConsentStatus.ACTIVE
                && (expiresAt == null || now.isBefore(expiresAt))
                && categories.contains(category.id());
    }

    /** True when a fact that happened at {@code time} lies in the consented data period. */
    public boolean coversDataAt(Instant time) {
        return (dataFrom == null || !time.isBefore(dataFrom)) && (dataTo == null || time.isBefore(dataTo));
    }
}

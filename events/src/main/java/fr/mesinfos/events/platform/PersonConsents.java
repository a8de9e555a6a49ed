package fr.mesinfos.events.platform;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.mesinfos.events.Category;

/**
 * One record of {@code consent.state.v1}: the latest state of every consent of one person, keyed by their person id
 * like the partner events, so the gate joins the two co-partitioned and compaction keeps exactly one record per
 * person. Each consent carries its own id and version.
 */
public record PersonConsents(String personId, List<ConsentState> consents, Instant updatedAt) {

    public PersonConsents {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        consents = List.copyOf(consents);
        for (ConsentState consent : consents) {
            if (!consent.personId().equals(personId)) {
                throw new IllegalArgumentException("consent " + consent.consentId() + " belongs to another person");
            }
        }
        if (consents.stream().map(ConsentState::consentId).distinct().count() != consents.size()) {
            throw new IllegalArgumentException("a consent id appears twice");
        }
    }

    /** The consent under which this app may receive this category of the person's data now, if there is one. */
    public Optional<ConsentState> allowing(String appId, Category category, Instant now) {
        return consents.stream().filter(consent -> consent.appId().equals(appId) && consent.allows(category, now)).findFirst();
    }
}

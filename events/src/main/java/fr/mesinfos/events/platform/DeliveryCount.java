package fr.mesinfos.events.platform;

import java.time.Instant;
import java.util.Objects;

import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Topics;

/**
 * Published on {@code consent.deliveries.v1} (keyed by person id) by the consent gate: how many events of one category
 * of a person it wrote to an app's topic under one consent version, between two instants. The vault adds it to the
 * person's access log; consumers deduplicate by {@code countId} (the gate writes exactly once, a replay may not).
 */
public record DeliveryCount(
        String countId,
        String personId,
        String appId,
        String category,
        String consentId,
        int consentVersion,
        long deliveries,
        Instant firstDeliveredAt,
        Instant lastDeliveredAt) {

    public DeliveryCount {
        Objects.requireNonNull(countId, "countId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(firstDeliveredAt, "firstDeliveredAt");
        Objects.requireNonNull(lastDeliveredAt, "lastDeliveredAt");
        Topics.requireAppId(appId);
        if (CategoryCatalog.byId(category).isEmpty()) {
            throw new IllegalArgumentException("unknown category " + category);
        }
        if (consentVersion < 1 || deliveries < 1) {
            throw new IllegalArgumentException("consentVersion and deliveries must be at least 1");
        }
        if (lastDeliveredAt.isBefore(firstDeliveredAt)) {
            throw new IllegalArgumentException("lastDeliveredAt must not be before firstDeliveredAt");
        }
    }
}

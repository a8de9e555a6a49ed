package fr.mesinfos.consent.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * "This person's consents changed": written in the same transaction as the change, so the change and its
 * publication on consent.state.v1 cannot diverge (no dual write); sent once Kafka acknowledged the new state.
 */
@Entity
@Table(name = "consent_outbox")
public class OutboxRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "person_id")
    public String personId;
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;

    public static OutboxRow of(String personId, UUID consentId, Instant now) {
        OutboxRow row = new OutboxRow();
        row.personId = personId;
        row.consentId = consentId;
        row.createdAt = now;
        return row;
    }
}

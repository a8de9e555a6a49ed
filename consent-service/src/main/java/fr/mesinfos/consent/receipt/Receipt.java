package fr.mesinfos.consent.receipt;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed receipt as issued to the person (JWS compact serialization), kept to be fetched again at any time. */
@Entity
@Table(name = "consent_receipt")
public class Receipt {
    @Id
    public UUID id;
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "consent_version")
    public int consentVersion;
    @Column(name = "person_id")
    public String personId;
    public String kind;
    @Column(name = "issued_at")
    public Instant issuedAt;
    public String jws;
}

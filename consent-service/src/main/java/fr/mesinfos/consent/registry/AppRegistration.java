package fr.mesinfos.consent.registry;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registered app: who it is (name, legal entity, contact), what for (purposes), and how it deletes data. */
@Entity
@Table(name = "app_registration")
public class AppRegistration {
    private static final String SEPARATOR = "\n";

    @Id
    @Column(name = "app_id", length = 63)
    public String appId;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(name = "legal_entity", nullable = false, length = 200)
    public String legalEntity;

    @Column(name = "contact_email", nullable = false, length = 254)
    public String contactEmail;

    /** DPV purpose codes, one per line. */
    @Column(nullable = false)
    public String purposes;

    /** Redirect URIs, one per line (empty for a server-only app). */
    @Column(name = "redirect_uris", nullable = false)
    public String redirectUris;

    @Column(name = "deletion_policy", nullable = false)
    public String deletionPolicy;

    @Column(name = "owner_id", nullable = false, length = 64)
    public String ownerId;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    static String lines(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    static List<String> list(String lines) {
        return lines.isEmpty() ? List.of() : Arrays.asList(lines.split(SEPARATOR));
    }
}

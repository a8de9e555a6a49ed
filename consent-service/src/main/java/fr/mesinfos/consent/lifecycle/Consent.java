package fr.mesinfos.consent.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.mesinfos.events.platform.ConsentStatus;

/**
 * One consent of a person to an app: its current terms (version), status, access and data periods, request expiry
 * and who ended it, how and why. Changed only through {@link ConsentLifecycle}, which goes through the state machine.
 */
@Entity
@Table(name = "consent")
public class Consent {
    @Id
    public UUID id;
    /** Terms version: 1, then +1 for every amendment the person confirmed (CS-DM-7). */
    public int version;
    /** +1 on every change of this row: the version published on consent.state.v1 (CS-SM-6). */
    public int revision;
    @Column(name = "person_id")
    public String personId;
    @Column(name = "app_id")
    public String appId;
    @Enumerated(EnumType.STRING)
    public ConsentStatus status;
    @Convert(converter = CategoriesConverter.class)
    public List<String> categories;
    @Column(name = "purpose_code")
    public String purposeCode;
    @Column(name = "purpose_text_fr")
    public String purposeTextFr;
    @Column(name = "purpose_text_en")
    public String purposeTextEn;
    @Column(name = "access_days")
    public int accessDays;
    @Column(name = "data_from")
    public Instant dataFrom;
    @Column(name = "data_to")
    public Instant dataTo;
    @Column(name = "one_off")
    public boolean oneOff;
    @Column(name = "notice_version")
    public String noticeVersion;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "request_expires_at")
    public Instant requestExpiresAt;
    @Column(name = "granted_at")
    public Instant grantedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "ended_by")
    public String endedBy;
    @Column(name = "end_channel")
    public String endChannel;
    @Column(name = "end_reason")
    public String endReason;
    /** When the app confirmed it deleted what it received under this consent, after it ended (CS-RV-7). */
    @Column(name = "deletion_confirmed_at")
    public Instant deletionConfirmedAt;
    @Column(name = "deletion_statement", length = 500)
    public String deletionStatement;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A new request (REQUESTED, version 1) from an app to a person, answered before {@code requestTtl} or rejected. */
    public static Consent requested(String personId, String appId, Terms terms, Notice notice, Instant now, Duration requestTtl) {
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.version = 1;
        consent.revision = 1;
        consent.personId = personId;
        consent.appId = appId;
        consent.status = ConsentStatus.REQUESTED;
        consent.setTerms(terms, notice.version());
        consent.requestedAt = now;
        consent.requestExpiresAt = now.plus(requestTtl);
        consent.updatedAt = now;
        return consent;
    }

    public Terms terms() {
        return new Terms(categories, purposeCode, purposeTextFr, purposeTextEn, accessDays, dataFrom, dataTo, oneOff);
    }

    void setTerms(Terms terms, String noticeVersion) {
        categories = terms.categories();
        purposeCode = terms.purposeCode();
        purposeTextFr = terms.purposeTextFr();
        purposeTextEn = terms.purposeTextEn();
        accessDays = terms.accessDays();
        dataFrom = terms.dataFrom();
        dataTo = terms.dataTo();
        oneOff = terms.oneOff();
        this.noticeVersion = noticeVersion;
    }

    /** Starts the access period now, for the terms' number of days (a grant, or a confirmed amendment: CS-AM-1). */
    void grant(Instant now) {
        grantedAt = now;
        expiresAt = now.plus(Duration.ofDays(accessDays));
    }

    void end(Instant now, Actor actor, String reason) {
        endedAt = now;
        endedBy = actor.who();
        endChannel = actor.channel();
        endReason = reason;
    }
}

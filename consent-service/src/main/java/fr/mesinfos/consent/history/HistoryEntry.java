package fr.mesinfos.consent.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a consent's append-only history (CS-AU-1): what was done, by whom, through which channel, on which
 * notice text and consent version, and the status it left. The table refuses UPDATE and DELETE (a trigger).
 */
@Entity
@Table(name = "consent_history")
public class HistoryEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "consent_version")
    public int consentVersion;
    public String action;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    public String actor;
    public String channel;
    @Column(name = "notice_version")
    public String noticeVersion;
    public String reason;
    public Instant at;
}

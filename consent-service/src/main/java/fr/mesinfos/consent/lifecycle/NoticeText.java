package fr.mesinfos.consent.lifecycle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notice text kept verbatim by version, so the wording behind any decision can be shown again (CS-DM-8). */
@Entity
@Table(name = "consent_notice")
public class NoticeText {
    @Id
    @Column(name = "notice_version")
    public String version;
    @Column(name = "text_fr")
    public String textFr;
    @Column(name = "text_en")
    public String textEn;
    @Column(name = "created_at")
    public Instant createdAt;

    static NoticeText of(Notice notice, Instant now) {
        NoticeText text = new NoticeText();
        text.version = notice.version();
        text.textFr = notice.textFr();
        text.textEn = notice.textEn();
        text.createdAt = now;
        return text;
    }
}

package fr.mesinfos.consent.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The next version of an ACTIVE consent as its app proposes it; it applies only once the person confirms it (CS-AM-1). */
@Entity
@Table(name = "consent_amendment")
public class Amendment {
    public static final String PROPOSED = "PROPOSED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String REFUSED = "REFUSED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    public UUID id;
    @Column(name = "consent_id")
    public UUID consentId;
    public int version;
    public String state;
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
    @Column(name = "proposed_at")
    public Instant proposedAt;

    static Amendment proposed(Consent consent, Terms terms, Notice notice, Instant now) {
        Amendment amendment = new Amendment();
        amendment.id = UUID.randomUUID();
        amendment.consentId = consent.id;
        amendment.version = consent.version + 1;
        amendment.state = PROPOSED;
        amendment.replace(terms, notice, now);
        return amendment;
    }

    void replace(Terms terms, Notice notice, Instant now) {
        categories = terms.categories();
        purposeCode = terms.purposeCode();
        purposeTextFr = terms.purposeTextFr();
        purposeTextEn = terms.purposeTextEn();
        accessDays = terms.accessDays();
        dataFrom = terms.dataFrom();
        dataTo = terms.dataTo();
        oneOff = terms.oneOff();
        noticeVersion = notice.version();
        proposedAt = now;
    }

    public Terms terms() {
        return new Terms(categories, purposeCode, purposeTextFr, purposeTextEn, accessDays, dataFrom, dataTo, oneOff);
    }
}

package fr.mesinfos.consent.lifecycle.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.mesinfos.consent.lifecycle.Amendment;
import fr.mesinfos.consent.lifecycle.Consent;
import fr.mesinfos.consent.lifecycle.ConsentLifecycle;
import fr.mesinfos.consent.lifecycle.Purpose;
import fr.mesinfos.consent.lifecycle.Terms;

/** A consent as its person or its app reads it: status, current terms and periods, how it ended, a waiting amendment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentView(
        UUID id,
        int version,
        int revision,
        String status,
        String personId,
        String appId,
        List<String> categories,
        PurposeView purpose,
        int accessDays,
        Instant dataFrom,
        Instant dataTo,
        boolean oneOff,
        String noticeVersion,
        Instant requestedAt,
        Instant requestExpiresAt,
        Instant grantedAt,
        Instant expiresAt,
        Ended ended,
        Deletion deletion,
        AmendmentView pendingAmendment,
        Instant updatedAt) {

    /** The purpose: DPV code and IRI, and the plain words in French and English. */
    public record PurposeView(String code, String iri, String textFr, String textEn) {
        static PurposeView of(Terms terms) {
            Purpose purpose = terms.purpose();
            return new PurposeView(purpose.code(), purpose.iri(), terms.purposeTextFr(), terms.purposeTextEn());
        }
    }

    /** Who ended the consent, when, through which channel, and why (CS-SM-2). */
    public record Ended(Instant at, String by, String channel, String reason) {
    }

    /** The app's confirmation that it deleted what it received under the ended consent. */
    public record Deletion(Instant confirmedAt, String statement) {
    }

    /** The terms of the next version, as proposed by the app and waiting for the person. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AmendmentView(int version, List<String> categories, PurposeView purpose, int accessDays, Instant dataFrom,
            Instant dataTo, boolean oneOff, String noticeVersion, Instant proposedAt) {
        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.version, a.categories, PurposeView.of(a.terms()), a.accessDays, a.dataFrom, a.dataTo,
                    a.oneOff, a.noticeVersion, a.proposedAt);
        }
    }

    public static ConsentView of(ConsentLifecycle.Details details) {
        Consent c = details.consent();
        return new ConsentView(c.id, c.version, c.revision, c.status.name(), c.personId, c.appId, c.categories,
                PurposeView.of(c.terms()), c.accessDays, c.dataFrom, c.dataTo, c.oneOff, c.noticeVersion, c.requestedAt,
                c.requestExpiresAt, c.grantedAt, c.expiresAt,
                c.endedAt == null ? null : new Ended(c.endedAt, c.endedBy, c.endChannel, c.endReason),
                c.deletionConfirmedAt == null ? null : new Deletion(c.deletionConfirmedAt, c.deletionStatement),
                details.pendingAmendment() == null ? null : AmendmentView.of(details.pendingAmendment()), c.updatedAt);
    }

    public static ConsentView of(Consent consent) {
        return of(new ConsentLifecycle.Details(consent, null));
    }
}

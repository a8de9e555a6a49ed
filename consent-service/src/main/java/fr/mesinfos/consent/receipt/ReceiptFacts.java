package fr.mesinfos.consent.receipt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a receipt attests, as plain values handed over by the lifecycle at the moment of the change. */
public record ReceiptFacts(
        ReceiptKind kind,
        UUID consentId,
        int consentVersion,
        String status,
        String personId,
        String appId,
        List<String> categories,
        String purposeCode,
        String purposeIri,
        String purposeTextFr,
        String purposeTextEn,
        Instant grantedAt,
        Instant expiresAt,
        Instant dataFrom,
        Instant dataTo,
        boolean oneOff,
        String noticeVersion,
        String channel,
        String actor,
        String reason,
        Instant at) {
}

package fr.mesinfos.consent.receipt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.Sensitivity;

/**
 * The claims of a receipt: the Kantara Consent Receipt v1.1 fields, with the ISO/IEC TS 27560 record fields the
 * DPV guide maps (record id, PII principal, controller and recipient, data categories, purpose code and text, legal
 * basis, access and data periods, how to withdraw, jurisdiction, time, consent version).
 */
final class ReceiptContent {
    static final String SCHEMA_VERSION = "mesinfos-consent-receipt/1.0";
    static final String ISSUER = "https://mesinfos.fr/consent-service";

    private ReceiptContent() {
    }

    static Map<String, Object> claims(UUID receiptId, ReceiptFacts facts) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("iat", facts.at().getEpochSecond());
        claims.put("jti", receiptId.toString());
        claims.put("sub", facts.personId());
        claims.put("version", "KI-CR-v1.1.0");
        claims.put("schemaVersion", SCHEMA_VERSION);
        claims.put("consentReceiptID", receiptId.toString());
        claims.put("recordId", facts.consentId().toString());
        claims.put("consentVersion", facts.consentVersion());
        claims.put("event", facts.kind().name());
        claims.put("status", facts.status());
        claims.put("jurisdiction", "FR");
        claims.put("consentTimestamp", facts.at().getEpochSecond());
        claims.put("eventTime", facts.at().toString());
        claims.put("collectionMethod", facts.channel());
        claims.put("actor", facts.actor());
        if (facts.reason() != null) {
            claims.put("reason", facts.reason());
        }
        claims.put("piiPrincipalId", facts.personId());
        claims.put("piiControllers", List.of(Map.of(
                "piiController", "MesInfos (platform, data intermediation service)",
                "contact", "Délégué à la protection des données MesInfos",
                "email", "dpo@mesinfos.fr",
                "address", "MesInfos, France",
                "role", "manager")));
        claims.put("recipient", Map.of("appId", facts.appId(), "role", "recipient (controller of its own processing)"));
        claims.put("policyUrl", "https://mesinfos.fr/privacy");
        claims.put("legalBasis", Map.of("code", "dpv:Consent", "iri", "https://w3id.org/dpv#Consent",
                "text", "GDPR Art. 6(1)(a): consent"));
        claims.put("noticeVersion", facts.noticeVersion());
        Map<String, Object> purpose = new LinkedHashMap<>();
        purpose.put("purpose", facts.purposeTextEn());
        purpose.put("purposeFr", facts.purposeTextFr());
        purpose.put("purposeCategory", List.of(facts.purposeCode()));
        purpose.put("purposeIri", facts.purposeIri());
        purpose.put("consentType", "EXPLICIT");
        purpose.put("piiCategory", facts.categories());
        purpose.put("primaryPurpose", true);
        purpose.put("termination", "Ends at expiresAt, or at once when the person withdraws it");
        purpose.put("thirdPartyDisclosure", false);
        claims.put("services", List.of(Map.of("service", facts.appId(), "purposes", List.of(purpose))));
        List<String> sensitive = new ArrayList<>();
        for (String id : facts.categories()) {
            CategoryCatalog.byId(id).filter(c -> c.sensitivity() == Sensitivity.SENSITIVE).map(Category::id).ifPresent(sensitive::add);
        }
        claims.put("sensitive", !sensitive.isEmpty());
        claims.put("spiCat", sensitive);
        Map<String, Object> access = new LinkedHashMap<>();
        putTime(access, "grantedAt", facts.grantedAt());
        putTime(access, "expiresAt", facts.expiresAt());
        access.put("oneOff", facts.oneOff());
        claims.put("accessPeriod", access);
        Map<String, Object> data = new LinkedHashMap<>();
        putTime(data, "from", facts.dataFrom());
        putTime(data, "to", facts.dataTo());
        claims.put("dataPeriod", data);
        claims.put("withdrawal", Map.of(
                "method", "In your MesInfos personal space: Consents, then Withdraw (one step, effective at once)",
                "endpoint", "POST /api/v1/me/consents/" + facts.consentId() + "/withdraw",
                "alternative", "Write to dpo@mesinfos.fr"));
        claims.put("complaints", "Commission nationale de l'informatique et des libertés (CNIL), https://www.cnil.fr");
        return claims;
    }

    private static void putTime(Map<String, Object> map, String name, Instant time) {
        if (time != null) {
            map.put(name, time.toString());
        }
    }
}

package fr.mesinfos.consent.gate;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import fr.mesinfos.events.platform.ConsentState;

/**
 * The headers the gate adds to what it writes to an app's topic: the consent (id and version) that let it through,
 * so the app and an audit can tell which consent a record was delivered under (CS-RV-3).
 */
public final class GateHeaders {
    public static final String CONSENT_ID = "mesinfos_consent_id";
    public static final String CONSENT_VERSION = "mesinfos_consent_version";
    private static final String OWN_PREFIX = "mesinfos_";
    private static final String CLOUDEVENTS_PREFIX = "ce_";
    private static final String CONTENT_TYPE = "content-type";

    private GateHeaders() {
    }

    /**
     * Fresh headers for one delivery: the input's other headers (e.g. trace context) without its CloudEvents headers
     * (the serializer writes them again) and without any mesinfos_* header a producer may have set, plus the consent.
     */
    static Headers forDelivery(Headers input, ConsentState consent) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : input) {
            String key = header.key();
            if (!key.startsWith(CLOUDEVENTS_PREFIX) && !key.equalsIgnoreCase(CONTENT_TYPE) && !key.startsWith(OWN_PREFIX)) {
                headers.add(header);
            }
        }
        return withConsent(headers, consent.consentId(), consent.version());
    }

    /** Headers naming a consent, for a control event. */
    static Headers forConsent(String consentId, int version) {
        return withConsent(new RecordHeaders(), consentId, version);
    }

    private static Headers withConsent(Headers headers, String consentId, int version) {
        headers.add(CONSENT_ID, consentId.getBytes(StandardCharsets.UTF_8));
        headers.add(CONSENT_VERSION, Integer.toString(version).getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}

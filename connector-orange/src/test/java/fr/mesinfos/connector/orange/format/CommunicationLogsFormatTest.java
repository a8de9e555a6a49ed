package fr.mesinfos.connector.orange.format;

import static fr.mesinfos.connector.orange.format.Records.json;
import static fr.mesinfos.connector.orange.format.Records.pilot;
import static fr.mesinfos.connector.orange.format.Records.refused;
import static fr.mesinfos.connector.orange.format.Records.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.payload.PhoneCommunication;
import fr.mesinfos.events.payload.PhoneCommunication.Direction;
import fr.mesinfos.events.payload.PhoneCommunication.Kind;

class CommunicationLogsFormatTest {
    private final CommunicationLogsFormat format = new CommunicationLogsFormat();

    /** The pilot's first record: an outgoing call of 59 s over 3G. */
    private static ObjectNode call() {
        return json("{'_id': '63028431fba9e49abdd244e3e20bd648', 'docTypeVersion': 'konnectors_orange_mobile-0.7.9',"
                + " 'timestamp': '2016-10-01T08:59:08Z', 'msisdn': '33612345678', 'partner': '33623456789',"
                + " 'length': 59, 'chipType': 's', 'type': 'appel sortant', 'latitude': 48.879562,"
                + " 'longitude': 2.28508, 'networkType': '3G', 'endCause': '0',"
                + " 'docType': 'fr.orange.phonecommunicationlog'}");
    }

    /** The pilot's second record: one incoming SMS over 4G. */
    private static ObjectNode sms() {
        return call().put("timestamp", "2016-10-01T11:17:34Z").put("length", 1).put("chipType", "M")
                .put("type", "SMS entrant").put("latitude", 48.886354).put("longitude", 2.278832)
                .put("networkType", "4G").put("endCause", "255");
    }

    private static PhoneCommunication payload(Mapped mapped) {
        return (PhoneCommunication) mapped.payload();
    }

    @Test
    void mapsAnOutgoingCall() {
        Mapped mapped = valid(format, call());
        assertEquals("33612345678", mapped.account());
        assertEquals(new PhoneCommunication(Instant.parse("2016-10-01T08:59:08Z"), "33612345678", "33623456789",
                Kind.CALL, Direction.OUTGOING, 59, null, null, "3G", "0", "s", 48.879562, 2.28508), mapped.payload());
    }

    @Test
    void theReadmeExampleMapsToTheDocumentedJson() {
        assertEquals("{\"instant\":\"2016-10-01T08:59:08Z\",\"msisdn\":\"33612345678\",\"correspondentNumber\":"
                + "\"33623456789\",\"kind\":\"call\",\"direction\":\"outgoing\",\"durationSeconds\":59,"
                + "\"networkType\":\"3G\",\"endCause\":\"0\",\"chipType\":\"s\",\"cellLatitude\":48.879562,"
                + "\"cellLongitude\":2.28508}",
                new String(EventJson.toBytes(valid(format, call()).payload()), StandardCharsets.UTF_8));
    }

    @Test
    void mapsAnIncomingSms() {
        assertEquals(new PhoneCommunication(Instant.parse("2016-10-01T11:17:34Z"), "33612345678", "33623456789",
                Kind.SMS, Direction.INCOMING, null, 1, null, "4G", "255", "M", 48.886354, 2.278832),
                valid(format, sms()).payload());
    }

    @Test
    void mapsACallSentToTheVoicemailWithoutNetworkNorCell() {
        ObjectNode record = call().put("timestamp", "2016-10-02T10:05:55Z").put("partner", "33645678912")
                .put("length", 5).put("type", "appel entrant renvoyé - vers la boite vocale").put("networkType", "N/A");
        record.remove(List.of("latitude", "longitude"));
        assertEquals(new PhoneCommunication(Instant.parse("2016-10-02T10:05:55Z"), "33612345678", "33645678912",
                Kind.CALL, Direction.INCOMING, 5, null, true, null, "0", "s", null, null),
                valid(format, record).payload());
    }

    @Test
    void mapsEveryFrenchTypeToKindAndDirection() {
        assertType("appel sortant", Kind.CALL, Direction.OUTGOING, null);
        assertType("appel entrant", Kind.CALL, Direction.INCOMING, false);
        assertType("appel entrant renvoyé - vers la boite vocale", Kind.CALL, Direction.INCOMING, true);
        assertType("SMS sortant", Kind.SMS, Direction.OUTGOING, null);
        assertType("SMS entrant", Kind.SMS, Direction.INCOMING, null);
    }

    private void assertType(String type, Kind kind, Direction direction, Boolean voicemail) {
        ObjectNode record = kind == Kind.CALL ? call() : sms();
        PhoneCommunication payload = payload(valid(format, record.put("type", type)));
        assertEquals(kind, payload.kind(), type);
        assertEquals(direction, payload.direction(), type);
        assertEquals(voicemail, payload.forwardedToVoicemail(), type);
    }

    @Test
    void everyPilotRecordMaps() {
        JsonNode file = pilot("donnees_d_appel_telephonique.json");
        assertEquals(8, file.size());
        List<String> kinds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode record : file) {
            Mapped mapped = valid(format, record);
            assertEquals("33612345678", mapped.account());
            PhoneCommunication payload = payload(mapped);
            kinds.add(payload.kind().json() + " " + payload.direction().json()
                    + (Boolean.TRUE.equals(payload.forwardedToVoicemail()) ? " voicemail" : ""));
            ids.add(Category.ORANGE_CALLS.eventId(payload).toString());
        }
        assertEquals(List.of("call outgoing", "sms incoming", "sms outgoing", "sms incoming", "call outgoing",
                "call outgoing", "call incoming voicemail", "call incoming voicemail"), kinds);
        assertEquals(8, ids.size());
    }

    @Test
    void theSameRecordTwiceIsTheSameEvent() {
        var first = valid(format, call()).payload();
        // the Cozy _id is not part of the call: a record re-exported with a new _id is the same event
        var again = valid(format, call().put("_id", "another-storage-id")).payload();
        var otherWay = valid(format, call().put("type", "appel entrant")).payload();
        assertEquals(Category.ORANGE_CALLS.eventId(first), Category.ORANGE_CALLS.eventId(again));
        assertNotEquals(Category.ORANGE_CALLS.eventId(first), Category.ORANGE_CALLS.eventId(otherWay));
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        ObjectNode record = call();
        record.remove(List.of("_id", "docTypeVersion", "networkType", "endCause", "latitude", "longitude"));
        PhoneCommunication payload = payload(valid(format, record));
        assertEquals(null, payload.networkType());
        assertEquals(null, payload.endCause());
        assertEquals(null, payload.cellLatitude());
    }

    @Test
    void aCallOfZeroSecondsIsACall() {
        assertEquals(0, payload(valid(format, call().put("length", 0))).durationSeconds());
    }

    @Test
    void refusesAnUnknownType() {
        assertEquals(Map.of("/type", "must be one of appel sortant, appel entrant, "
                + "appel entrant renvoyé - vers la boite vocale, SMS sortant, SMS entrant"),
                refused(format, call().put("type", "MMS sortant")));
        // exact labels only: no guess on case or accents
        assertEquals(Set.of("/type"), refused(format, call().put("type", "Appel Sortant")).keySet());
        assertEquals(Set.of("/type"),
                refused(format, call().put("type", "appel entrant renvoyé - vers la boîte vocale")).keySet());
        assertEquals(Map.of("/type", "is required"), refused(format, call().without("type")));
    }

    @Test
    void refusesAUnitThatDoesNotFitTheKind() {
        assertEquals(Map.of("/chipType", "must be s (seconds) for a call"),
                refused(format, call().put("chipType", "M")));
        assertEquals(Map.of("/chipType", "must be M (messages) for an SMS"),
                refused(format, sms().put("chipType", "s")));
        assertEquals(Map.of("/chipType", "is required"), refused(format, call().without("chipType")));
    }

    @Test
    void refusesABadLength() {
        assertEquals(Map.of("/length", "must be at least 1"), refused(format, sms().put("length", 0)));
        assertEquals(Map.of("/length", "must be at least 0"), refused(format, call().put("length", -3)));
        assertEquals(Map.of("/length", "must be a whole number"), refused(format, call().put("length", 59.5)));
        assertEquals(Map.of("/length", "must be a JSON number"), refused(format, call().put("length", "59")));
    }

    @Test
    void refusesAnUnknownNetworkAndABadEndCause() {
        assertEquals(Map.of("/networkType", "must be 2G, 3G, 4G, 5G or N/A", "/endCause", "must be a code of 1 to 3 digits"),
                refused(format, call().put("networkType", "UMTS").put("endCause", "normal release")));
        assertEquals(Map.of("/endCause", "must be a JSON string"), refused(format, call().put("endCause", 0)));
    }

    @Test
    void refusesABadPartnerNumber() {
        assertEquals(Map.of("/partner", "must be a phone or short number: 1 to 20 digits, +, * or #"),
                refused(format, call().put("partner", "numéro masqué")));
        assertEquals(Map.of("/partner", "must not be empty"), refused(format, call().put("partner", " ")));
        assertEquals(Map.of("/partner", "is required"), refused(format, call().putNull("partner")));
    }

    @Test
    void refusesHalfAPositionAndOutOfRangeCoordinates() {
        assertEquals(Map.of("/longitude", "is required when latitude is given"),
                refused(format, call().without("longitude")));
        assertEquals(Map.of("/latitude", "is required when longitude is given"),
                refused(format, call().without("latitude")));
        assertEquals(Map.of("/latitude", "must be between -90 and 90"), refused(format, call().put("latitude", 148.8)));
    }

    @Test
    void refusesAnotherDocTypeAndUnknownFields() {
        assertEquals(Map.of("/docType", "must be fr.orange.phonecommunicationlog in this format",
                "/duration", "is not a field of this format"),
                refused(format, call().put("docType", "fr.orange.geopoint").put("duration", 59)));
    }

    @Test
    void refusesABadTimestampAndMsisdn() {
        assertEquals(Map.of("/timestamp", "has a day that does not exist in its month",
                "/msisdn", "is a special-rate or service number (08), not the number of a customer's line"),
                refused(format, call().put("timestamp", "2016-09-31T08:59:08Z").put("msisdn", "33812345678")));
    }
}

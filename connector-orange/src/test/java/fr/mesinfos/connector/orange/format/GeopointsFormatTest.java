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
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.PayloadValidator;
import fr.mesinfos.events.payload.GeolocationFix;

class GeopointsFormatTest {
    private final GeopointsFormat format = new GeopointsFormat();

    private static ObjectNode record() {
        return json("{'docType': 'fr.orange.geopoint', 'docTypeVersion': 'konnectors_orange_mobile-0.7.9',"
                + " 'msisdn': '33612345678', 'timestamp': '2016-09-01T08:00:45.000Z',"
                + " 'latitude': 48.8661, 'longitude': 2.37083, 'radius': 339}");
    }

    @Test
    void mapsTheFirstPilotFix() {
        Mapped mapped = valid(format, record());
        assertEquals("33612345678", mapped.account());
        assertEquals(new GeolocationFix("33612345678", Instant.parse("2016-09-01T08:00:45Z"), 48.8661, 2.37083, 339),
                mapped.payload());
    }

    @Test
    void theReadmeExampleMapsToTheDocumentedJson() {
        assertEquals("{\"msisdn\":\"33612345678\",\"instant\":\"2016-09-01T08:00:45Z\",\"latitude\":48.8661,"
                + "\"longitude\":2.37083,\"radiusMeters\":339}",
                new String(EventJson.toBytes(valid(format, record()).payload()), StandardCharsets.UTF_8));
    }

    @Test
    void everyPilotFixOfARealDayMapsAndThe26FixesOfSeptember31AreRefused() {
        JsonNode file = pilot("geoloc.json");
        assertEquals(825, file.size());
        List<Integer> refusedIndexes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.size(); i++) {
            RecordErrors errors = new RecordErrors();
            List<Mapped> mapped = format.map(file.get(i), errors);
            if (errors.isEmpty()) {
                assertEquals(1, mapped.size());
                assertEquals("33612345678", mapped.get(0).account());
                assertEquals(List.of(), PayloadValidator.shared().validate(mapped.get(0).payload()));
                ids.add(Category.ORANGE_GEOLOCATION.eventId(mapped.get(0).payload()).toString());
            } else {
                // the pilot's last day is dated 2016-09-31, a day September does not have
                assertEquals(List.of(new RecordErrors.RecordError("/timestamp",
                        "has a day that does not exist in its month")), errors.list());
                assertEquals(List.of(), mapped);
                refusedIndexes.add(i);
            }
        }
        assertEquals(799, ids.size(), "every fix of a real day maps to its own event");
        assertEquals(26, refusedIndexes.size());
        assertEquals(799, refusedIndexes.get(0));
        assertEquals(824, refusedIndexes.get(25));
    }

    @Test
    void theSameFixTwiceIsTheSameEventAndAnotherInstantAnotherEvent() {
        var first = valid(format, record()).payload();
        var again = valid(format, record()).payload();
        // the same instant written without milliseconds is the same fix
        var unpadded = valid(format, record().put("timestamp", "2016-09-01T08:00:45Z")).payload();
        var later = valid(format, record().put("timestamp", "2016-09-01T08:30:26.000Z")).payload();
        assertEquals(Category.ORANGE_GEOLOCATION.eventId(first), Category.ORANGE_GEOLOCATION.eventId(again));
        assertEquals(Category.ORANGE_GEOLOCATION.eventId(first), Category.ORANGE_GEOLOCATION.eventId(unpadded));
        assertNotEquals(Category.ORANGE_GEOLOCATION.eventId(first), Category.ORANGE_GEOLOCATION.eventId(later));
    }

    @Test
    void anOffsetIsConvertedToTheInstant() {
        var fix = (GeolocationFix) valid(format, record().put("timestamp", "2016-09-01T10:00:45+02:00")).payload();
        assertEquals(Instant.parse("2016-09-01T08:00:45Z"), fix.instant());
    }

    @Test
    void theAccountIsTheNormalizedNumber() {
        Mapped mapped = valid(format, record().put("msisdn", "+33 6 12 34 56 78"));
        assertEquals("33612345678", mapped.account());
        assertEquals("33612345678", ((GeolocationFix) mapped.payload()).msisdn());
    }

    @Test
    void boundsAreAccepted() {
        valid(format, record().put("latitude", -90).put("longitude", 180).put("radius", 0));
        valid(format, record().put("latitude", 90).put("longitude", -180).put("radius", 339.0));
    }

    @Test
    void refusesAnotherDocType() {
        assertEquals(Map.of("/docType", "must be fr.orange.geopoint in this format"),
                refused(format, record().put("docType", "fr.orange.phonecommunicationlog")));
        assertEquals(Map.of("/docType", "is required"), refused(format, record().without("docType")));
    }

    @Test
    void refusesCoordinatesOutOfRange() {
        assertEquals(Map.of("/latitude", "must be between -90 and 90", "/longitude", "must be between -180 and 180"),
                refused(format, record().put("latitude", 90.5).put("longitude", -180.01)));
    }

    @Test
    void refusesCoordinatesWrittenAsStrings() {
        assertEquals(Map.of("/latitude", "must be a JSON number"),
                refused(format, record().put("latitude", "48.8661")));
    }

    @Test
    void refusesTheUnknownPositionZeroZero() {
        assertEquals(Map.of("/latitude", "and longitude both 0 mark an unknown position, not a place"),
                refused(format, record().put("latitude", 0).put("longitude", 0.0)));
    }

    @Test
    void refusesANegativeOrFractionalRadius() {
        assertEquals(Map.of("/radius", "must be at least 0"), refused(format, record().put("radius", -1)));
        assertEquals(Map.of("/radius", "must be a whole number"), refused(format, record().put("radius", 339.5)));
        assertEquals(Map.of("/radius", "is required"), refused(format, record().putNull("radius")));
        assertEquals(Map.of("/radius", "is too large"), refused(format, record().put("radius", 3_000_000_000L)));
    }

    @Test
    void refusesTimestampsThatAreNotInstants() {
        String notAnInstant = "must be an ISO-8601 date-time with its offset: yyyy-MM-ddTHH:mm:ss, optional fraction, "
                + "then Z or ±hh:mm";
        // a local time is ambiguous: no offset says which instant it is
        assertEquals(Map.of("/timestamp", notAnInstant),
                refused(format, record().put("timestamp", "2016-09-01T08:00:45.000")));
        assertEquals(Map.of("/timestamp", notAnInstant), refused(format, record().put("timestamp", "01/09/2016 08:00")));
        assertEquals(Map.of("/timestamp", "must be a JSON string"),
                refused(format, record().put("timestamp", 1472716845000L)));
        assertEquals(Map.of("/timestamp", "has a month outside 01 to 12"),
                refused(format, record().put("timestamp", "2016-13-01T08:00:45.000Z")));
        assertEquals(Map.of("/timestamp", "has a day that does not exist in its month"),
                refused(format, record().put("timestamp", "2015-02-29T08:00:45.000Z")));
        assertEquals(Map.of("/timestamp", "has a time of day out of range (hours 00 to 23, minutes and seconds 00 to 59)"),
                refused(format, record().put("timestamp", "2016-09-01T24:00:00.000Z")));
        assertEquals(Map.of("/timestamp", "has an offset out of range"),
                refused(format, record().put("timestamp", "2016-09-01T08:00:45+19:00")));
    }

    @Test
    void refusesABadMsisdnWithItsReason() {
        assertEquals(Map.of("/msisdn", "must be a French phone number written 0612345678, 06 12 34 56 78, "
                + "+33 6 12 34 56 78 or 33612345678; it is neither 10 digits starting with 0 nor 33 followed by 9 digits"),
                refused(format, record().put("msisdn", "441234567890")));
        assertEquals(Map.of("/msisdn", "is required"), refused(format, record().without("msisdn")));
    }

    @Test
    void refusesUnknownFieldsAndReportsEveryProblemAtOnce() {
        ObjectNode record = record().put("radius", -5).put("latitude", "north").put("accuracy", 12);
        record.remove("timestamp");
        assertEquals(Map.of("/accuracy", "is not a field of this format", "/latitude", "must be a JSON number",
                "/radius", "must be at least 0", "/timestamp", "is required"), refused(format, record));
    }
}

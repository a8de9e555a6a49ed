package fr.mesinfos.connector.maif.format;

import static fr.mesinfos.connector.maif.format.Records.MEMBER;
import static fr.mesinfos.connector.maif.format.Records.pilotRecord;
import static fr.mesinfos.connector.maif.format.Records.refused;
import static fr.mesinfos.connector.maif.format.Records.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.payload.InsuranceClaim;
import fr.mesinfos.events.payload.InsuranceClaim.ClaimType;
import fr.mesinfos.events.payload.PersonName;
import fr.mesinfos.events.payload.PostalAddress;

class ClaimsFormatTest {
    private static final String POSTCODE_REASON = "must be a French postcode of exactly 5 digits; a 4-digit code is not"
            + " completed, since it may have lost its leading zero or another digit";
    private final ClaimsFormat format = new ClaimsFormat();

    private InsuranceClaim claim(ObjectNode record) {
        List<Mapped> mapped = valid(format, record);
        assertEquals(1, mapped.size());
        assertEquals(MEMBER, mapped.get(0).account());
        return (InsuranceClaim) mapped.get(0).payload();
    }

    /** The pilot's home claim with its postcode written in full, as MAIF must send it. */
    private static ObjectNode homeClaim() {
        ObjectNode record = pilotRecord("sinistre_habitation.json");
        ((ObjectNode) record.get("address")).put("postCode", "69006");
        return record;
    }

    @Test
    void thePilotVehicleClaimIsAcceptedItsKeyLetterDropped() {
        InsuranceClaim c = claim(pilotRecord("sinistre_vehicule.json"));
        assertEquals(new InsuranceClaim("F150181177B", ClaimType.VEHICLE, MEMBER,
                // 19:00 in Lyon on 20 July is summer time, +02:00
                Instant.parse("2015-07-20T17:00:00Z"), "LYON 06", "Agglomération", null, null, "AA-123-XD",
                new PersonName("Mme", "Germaine", "Dupond", null)), c);
    }

    @Test
    void thePilotHomeClaimIsRefusedForItsFourDigitPostcode() {
        assertEquals(Map.of("/address/postCode", POSTCODE_REASON), refused(format, pilotRecord("sinistre_habitation.json")));
    }

    @Test
    void theHomeClaimWithAFiveDigitPostcodeIsAccepted() {
        InsuranceClaim c = claim(homeClaim());
        assertEquals(new InsuranceClaim("F150181177B", ClaimType.HOME, MEMBER, Instant.parse("2015-07-20T17:00:00Z"),
                "LYON 06", "Agglomération", "Appartement",
                new PostalAddress("2, Boulevard des Belges", null, "69006", "LYON 06", null, "FR"), null, null), c);
    }

    @Test
    void theSameClaimTwiceIsTheSameEventAndTheTwoTypesAreTwo() {
        InsuranceClaim once = claim(homeClaim());
        InsuranceClaim again = claim(homeClaim());
        assertEquals(Category.MAIF_CLAIMS.eventId(once), Category.MAIF_CLAIMS.eventId(again));
        // the pilot gives both claims one reference: the type is part of the key
        InsuranceClaim vehicle = claim(pilotRecord("sinistre_vehicule.json"));
        assertNotEquals(Category.MAIF_CLAIMS.eventId(once), Category.MAIF_CLAIMS.eventId(vehicle));
    }

    @Test
    void localTimesAreEuropeParisAndOffsetsAreRead() {
        ObjectNode winter = homeClaim().put("timestamp", "2016-01-05T08:30:15");
        assertEquals(Instant.parse("2016-01-05T07:30:15Z"), claim(winter).occurredAt());
        ObjectNode offset = homeClaim().put("timestamp", "2016-10-30T02:30:00+01:00");
        assertEquals(Instant.parse("2016-10-30T01:30:00Z"), claim(offset).occurredAt());
        ObjectNode utc = homeClaim().put("timestamp", "2016-10-30T01:30Z");
        assertEquals(Instant.parse("2016-10-30T01:30:00Z"), claim(utc).occurredAt());
    }

    @Test
    void impossibleOrAmbiguousTimesAreRefused() {
        assertEquals(Map.of("/timestamp", "is not a calendar date and time"),
                refused(format, homeClaim().put("timestamp", "2015-02-30T19:00")));
        assertEquals(Map.of("/timestamp", "does not exist in Europe/Paris (skipped hour of the change to summer time)"),
                refused(format, homeClaim().put("timestamp", "2016-03-27T02:30")));
        assertEquals(Map.of("/timestamp", "is ambiguous in Europe/Paris (repeated hour of the change to winter time);"
                + " give its offset"), refused(format, homeClaim().put("timestamp", "2016-10-30T02:30")));
        assertEquals(Map.of("/timestamp", "must be a local Europe/Paris time yyyy-MM-ddTHH:mm[:ss], or a date-time with"
                + " an offset"), refused(format, homeClaim().put("timestamp", "20/07/2015 19:00")));
    }

    @Test
    void everyProblemIsReportedAtItsField() {
        ObjectNode record = homeClaim();
        record.put("docType", "Contract").put("societaire", "123456").put("ref", "f15-018").put("lieuSurvenance", " ")
                .put("immatriculationVehicule", "AA-123-XD");
        ((ObjectNode) record.get("address")).put("postCode", "69 006").remove("city");
        assertEquals(Map.of(
                "/docType", "must be InsuranceClaim: this format maps MAIF claims only",
                "/societaire", "must be a MAIF member number of 7 digits, optionally followed by one key letter; it has 6"
                        + " digits",
                "/ref", "must be a MAIF claim reference: 6 to 20 capitals or digits",
                "/lieuSurvenance", "must not be empty",
                "/address/postCode", "must be a French postcode of exactly 5 digits",
                "/address/city", "is required",
                "/immatriculationVehicule", "must not be given: a home claim has no vehicle"), refused(format, record));
    }

    @Test
    void theTypeDecidesTheRequiredFields() {
        assertEquals(Map.of("/type", "must be one of [Habitation, Vehicule]"),
                refused(format, homeClaim().put("type", "Bateau")));
        ObjectNode home = homeClaim();
        home.remove("address");
        assertEquals(Map.of("/address", "is required"), refused(format, home));
        ObjectNode vehicle = pilotRecord("sinistre_vehicule.json");
        vehicle.remove("immatriculationVehicule");
        vehicle.set("address", homeClaim().get("address"));
        assertEquals(Map.of("/immatriculationVehicule", "is required",
                "/address", "must not be given: the address of a vehicle claim is the home claims' field; give the place"
                        + " in lieuSurvenance"), refused(format, vehicle));
        ObjectNode plate = pilotRecord("sinistre_vehicule.json").put("immatriculationVehicule", "aa_123");
        assertEquals(Map.of("/immatriculationVehicule", "must be a registration plate: capitals, digits, spaces and"
                + " hyphens, 2 to 15 characters"), refused(format, plate));
        ObjectNode driver = pilotRecord("sinistre_vehicule.json");
        ((ObjectNode) driver.get("driver")).remove("family");
        assertEquals(Map.of("/driver/family", "is required"), refused(format, driver));
    }
}

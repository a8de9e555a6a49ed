package fr.mesinfos.simulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.edf.format.EnedisLoadCurveFormat;
import fr.mesinfos.connector.edf.link.PrmAccountFormat;
import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.connector.maif.format.MemberFileFormat;
import fr.mesinfos.connector.maif.link.MemberNumberAccountFormat;
import fr.mesinfos.connector.orange.format.GeopointsFormat;
import fr.mesinfos.connector.orange.link.MsisdnAccountFormat;
import fr.mesinfos.events.PayloadValidator;
import fr.mesinfos.events.payload.LoadCurvePoint;

/** What the simulators generate is accepted by the connectors' real mappers, repeatable for a seed, and exact on DST days. */
class GeneratedRecordsTest {
    private static final long SEED = 42;
    private static final LocalDate SPRING_DST = LocalDate.of(2017, 3, 26);
    private static final LocalDate AUTUMN_DST = LocalDate.of(2017, 10, 29);

    private static List<Mapped> mapCleanly(PartnerFormat format, JsonNode record) {
        RecordErrors errors = new RecordErrors();
        List<Mapped> mapped = format.map(record, errors);
        assertTrue(errors.isEmpty(), format.name() + ": " + errors.list());
        for (Mapped one : mapped) {
            assertTrue(PayloadValidator.shared().validate(one.payload()).isEmpty(), format.name() + " payload invalid");
        }
        return mapped;
    }

    @Test
    void sameSeedSameRecordsOtherSeedOtherRecords() {
        Persona germaine = Persona.of(SEED, 7);
        assertEquals(germaine, Persona.of(SEED, 7));
        assertEquals(EnedisLoadCurves.day(SEED, germaine, SPRING_DST).toString(), EnedisLoadCurves.day(SEED, germaine, SPRING_DST).toString());
        assertEquals(OrangeGeopoints.day(SEED, germaine, AUTUMN_DST).toString(), OrangeGeopoints.day(SEED, germaine, AUTUMN_DST).toString());
        assertEquals(MaifMemberFiles.of(SEED, germaine).toString(), MaifMemberFiles.of(SEED, germaine).toString());
        assertNotEquals(EnedisLoadCurves.day(SEED, germaine, SPRING_DST).toString(),
                EnedisLoadCurves.day(SEED + 1, Persona.of(SEED + 1, 7), SPRING_DST).toString());
    }

    @Test
    void daylightSavingDaysHave46And50HalfHoursMappedToIncreasingInstants() {
        Persona persona = Persona.of(SEED, 3);
        JsonNode spring = EnedisLoadCurves.day(SEED, persona, SPRING_DST);
        JsonNode autumn = EnedisLoadCurves.day(SEED, persona, AUTUMN_DST);
        assertEquals(46, spring.get("meter_reading").get("interval_reading").size());
        assertEquals(50, autumn.get("meter_reading").get("interval_reading").size());
        // the repeated autumn hour: 02:30 and 03:00 local appear twice, in order
        JsonNode readings = autumn.get("meter_reading").get("interval_reading");
        assertEquals("2017-10-29 02:30:00", readings.get(4).get("date").asText());
        assertEquals("2017-10-29 02:30:00", readings.get(6).get("date").asText());

        List<Mapped> mapped = mapCleanly(new EnedisLoadCurveFormat(), autumn);
        assertEquals(50, mapped.size());
        Instant previous = Instant.MIN;
        for (Mapped one : mapped) {
            LoadCurvePoint point = (LoadCurvePoint) one.payload();
            assertTrue(point.start().isAfter(previous));
            previous = point.start();
        }
        assertEquals(Instant.parse("2017-10-28T22:00:00Z"), ((LoadCurvePoint) mapped.get(0).payload()).start());
        // a 25-hour day: local midnight +02:00 to the next local midnight +01:00
        assertEquals(Instant.parse("2017-10-29T23:00:00Z"), ((LoadCurvePoint) mapped.get(49).payload()).end());
        assertEquals(46, mapCleanly(new EnedisLoadCurveFormat(), spring).size());
    }

    @Test
    void everyGeneratorsRecordsAreAcceptedByTheRealMappers() {
        for (int index = 1; index <= 12; index++) {
            Persona persona = Persona.of(SEED, index);
            for (LocalDate day : List.of(SPRING_DST, LocalDate.of(2017, 1, 11), LocalDate.of(2017, 8, 5), AUTUMN_DST)) {
                for (Mapped one : mapCleanly(new EnedisLoadCurveFormat(), EnedisLoadCurves.day(SEED, persona, day))) {
                    assertEquals(persona.prm(), one.account());
                }
                for (JsonNode fix : OrangeGeopoints.day(SEED, persona, day)) {
                    assertEquals(persona.msisdn(), mapCleanly(new GeopointsFormat(), fix).get(0).account());
                }
            }
            List<Mapped> contracts = mapCleanly(new MemberFileFormat(), MaifMemberFiles.of(SEED, persona));
            assertTrue(contracts.size() >= 1);
            contracts.forEach(c -> assertEquals(persona.memberNumber(), c.account()));
        }
    }

    @Test
    void accountsAreUniqueAndValidForTwoThousandTesters() {
        Set<String> prms = new HashSet<>();
        Set<String> msisdns = new HashSet<>();
        Set<String> members = new HashSet<>();
        PrmAccountFormat prm = new PrmAccountFormat();
        MsisdnAccountFormat msisdn = new MsisdnAccountFormat();
        MemberNumberAccountFormat member = new MemberNumberAccountFormat();
        for (int index = 1; index <= 2_000; index++) {
            Persona persona = Persona.of(SEED, index);
            assertEquals(persona.prm(), prm.normalize(persona.prm()).orElseThrow());
            assertEquals(persona.msisdn(), msisdn.normalize(persona.msisdn()).orElseThrow());
            assertEquals(persona.memberNumber(), member.normalize(persona.memberNumber()).orElseThrow());
            assertTrue(prms.add(persona.prm()) && msisdns.add(persona.msisdn()) && members.add(persona.memberNumber()));
        }
    }
}

package fr.mesinfos.simulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.edf.format.EnedisLoadCurveFormat;
import fr.mesinfos.connector.edf.link.PrmAccountFormat;
import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.maif.link.MemberNumberAccountFormat;
import fr.mesinfos.connector.orange.link.MsisdnAccountFormat;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.events.payload.LoadCurvePoint;

/** What the simulators generate is accepted by the connectors' real mappers, repeatable for a seed, and exact on DST days. */
class GeneratedRecordsTest {
    private static final long SEED = 42;
    private static final LocalDate SPRING_DST = LocalDate.of(2017, 3, 26);
    private static final LocalDate AUTUMN_DST = LocalDate.of(2017, 10, 29);

    /** Every record of every partner's feeds for persons 1..persons over the days from start, in push order. */
    private static String everything(long seed, int persons, LocalDate start, int days) {
        StringBuilder all = new StringBuilder();
        for (String partner : Feed.PARTNERS) {
            for (Feed feed : Feed.of(partner, seed, start, days)) {
                for (int index = 1; index <= persons; index++) {
                    feed.records().apply(Persona.of(seed, index)).forEach(record -> all.append(record).append('\n'));
                }
            }
        }
        return all.toString();
    }

    @Test
    void sameSeedGivesByteIdenticalRecordsAnotherSeedOtherRecords() {
        LocalDate start = LocalDate.of(2017, 10, 27);
        String first = everything(SEED, 5, start, 4);
        assertEquals(first, everything(SEED, 5, start, 4));
        assertNotEquals(first, everything(SEED + 1, 5, start, 4));
        assertEquals(Persona.of(SEED, 7), Persona.of(SEED, 7));
        assertNotEquals(Persona.of(SEED, 7).home(), Persona.of(SEED + 1, 7).home());
    }

    @Test
    void springDstDayHas46ReadingsDatedByTheirLocalEnd() {
        JsonNode readings = EnedisLoadCurves.day(SEED, Persona.of(SEED, 3), SPRING_DST).get("meter_reading").get("interval_reading");
        List<String> expected = new ArrayList<>(List.of("2017-03-26 00:30:00", "2017-03-26 01:00:00", "2017-03-26 01:30:00"));
        // 01:30 + 30 min is 03:00 summer time: 02:00 to 03:00 does not exist
        for (int minutes = 3 * 60; minutes < 24 * 60; minutes += 30) {
            expected.add(String.format("2017-03-26 %02d:%02d:00", minutes / 60, minutes % 60));
        }
        expected.add("2017-03-27 00:00:00");
        assertEquals(46, expected.size());
        assertEquals(expected, dates(readings));
    }

    @Test
    void autumnDstDayHas50ReadingsWithTheRepeatedHourTwiceInOrder() {
        JsonNode readings = EnedisLoadCurves.day(SEED, Persona.of(SEED, 3), AUTUMN_DST).get("meter_reading").get("interval_reading");
        List<String> expected = new ArrayList<>(List.of("2017-10-29 00:30:00", "2017-10-29 01:00:00", "2017-10-29 01:30:00",
                "2017-10-29 02:00:00", "2017-10-29 02:30:00", // summer time
                "2017-10-29 02:00:00", "2017-10-29 02:30:00")); // winter time: 03:00 summer is 02:00 winter
        for (int minutes = 3 * 60; minutes < 24 * 60; minutes += 30) {
            expected.add(String.format("2017-10-29 %02d:%02d:00", minutes / 60, minutes % 60));
        }
        expected.add("2017-10-30 00:00:00");
        assertEquals(50, expected.size());
        assertEquals(expected, dates(readings));
    }

    @Test
    void dstDaysMapThroughTheEdfConnectorToStrictlyIncreasingUtcHalfHours() {
        Persona persona = Persona.of(SEED, 3);
        for (LocalDate day : List.of(SPRING_DST, AUTUMN_DST, LocalDate.of(2017, 1, 11))) {
            List<Mapped> mapped = Mappers.mapCleanly(new EnedisLoadCurveFormat(), EnedisLoadCurves.day(SEED, persona, day));
            Instant previous = Instant.MIN;
            for (Mapped one : mapped) {
                LoadCurvePoint point = (LoadCurvePoint) one.payload();
                assertTrue(point.start().isAfter(previous), "strictly increasing starts on " + day);
                assertEquals(1_800, point.end().getEpochSecond() - point.start().getEpochSecond());
                assertEquals(persona.prm(), one.account());
                previous = point.start();
            }
            // the half-hours tile the local day exactly, midnight to midnight
            assertEquals(day.atStartOfDay(Calendar.PARIS).toInstant(), ((LoadCurvePoint) mapped.get(0).payload()).start());
            assertEquals(day.plusDays(1).atStartOfDay(Calendar.PARIS).toInstant(), ((LoadCurvePoint) mapped.getLast().payload()).end());
        }
        assertEquals(Instant.parse("2017-10-28T22:00:00Z"),
                ((LoadCurvePoint) Mappers.mapCleanly(new EnedisLoadCurveFormat(), EnedisLoadCurves.day(SEED, persona, AUTUMN_DST))
                        .get(0).payload()).start());
    }

    @Test
    void everyFeedOfEveryPartnerMapsThroughTheRealConnectorsWithoutError() {
        LocalDate start = LocalDate.of(2017, 3, 24); // Friday to Monday, over the spring DST night
        for (String partner : Feed.PARTNERS) {
            for (Feed feed : Feed.of(partner, SEED, start, 4)) {
                for (int index = 1; index <= 12; index++) {
                    Persona persona = Persona.of(SEED, index);
                    for (ObjectNode record : feed.records().apply(persona)) {
                        List<Mapped> mapped = Mappers.mapCleanly(Mappers.of(partner, feed.format()), record);
                        assertEquals(feed.events().applyAsInt(record), mapped.size(), "events of a " + feed.format() + " record");
                        mapped.forEach(one -> assertEquals(Feed.account(persona, partner), one.account()));
                    }
                }
            }
        }
    }

    @Test
    void claimsOfBothKindsMapThroughTheMaifConnector() {
        Set<String> types = new HashSet<>();
        for (int index = 1; index <= 40; index++) {
            Persona persona = Persona.of(SEED, index);
            for (LocalDate day : List.of(LocalDate.of(2017, 2, 3), LocalDate.of(2017, 7, 14))) {
                ObjectNode claim = MaifClaims.claim(SEED, persona, day, new SplittableRandom(index));
                types.add(claim.get("type").asText());
                Mapped mapped = Mappers.mapCleanly(Mappers.of("maif", "claims"), claim).getFirst();
                assertEquals(persona.memberNumber(), mapped.account());
            }
        }
        assertEquals(Set.of("Habitation", "Vehicule"), types);
        // rare, but there: about one member-day in 1,500
        int claims = 0;
        for (int index = 1; index <= 2_000; index++) {
            claims += MaifClaims.of(SEED, Persona.of(SEED, index), LocalDate.of(2017, 1, 1), 14).size();
        }
        assertTrue(claims > 3 && claims < 60, claims + " claims for 28,000 member-days");
    }

    @Test
    void dailyEnergyIsTheSumOfTheLoadCurvesHalfHours() {
        Persona persona = Persona.of(SEED, 5);
        LocalDate start = LocalDate.of(2017, 3, 25);
        List<Mapped> days = Mappers.mapCleanly(Mappers.of("edf", "enedis-daily-energy"), EnedisDailyEnergies.of(SEED, persona, start, 3));
        assertEquals(3, days.size());
        for (Mapped mapped : days) {
            DailyConsumption day = (DailyConsumption) mapped.payload();
            double curveWh = Mappers.mapCleanly(new EnedisLoadCurveFormat(), EnedisLoadCurves.day(SEED, persona, day.date())).stream()
                    .mapToDouble(one -> ((LoadCurvePoint) one.payload()).value() / 2).sum();
            assertEquals(Math.round(curveWh), day.energyWh(), 0.0);
            assertEquals(day.date().atStartOfDay(Calendar.PARIS).toInstant(), day.start());
        }
    }

    @Test
    void accountsAreUniqueAndAcceptedByEachConnectorForTwoThousandPersons() {
        Set<String> prms = new HashSet<>();
        Set<String> msisdns = new HashSet<>();
        Set<String> members = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        Set<String> ranges = new HashSet<>();
        PrmAccountFormat prm = new PrmAccountFormat();
        MsisdnAccountFormat msisdn = new MsisdnAccountFormat();
        MemberNumberAccountFormat member = new MemberNumberAccountFormat();
        for (int index = 1; index <= 2_000; index++) {
            Persona persona = Persona.of(SEED, index);
            assertEquals(persona.prm(), prm.normalize(persona.prm()).orElseThrow());
            assertEquals(persona.msisdn(), msisdn.normalize(persona.msisdn()).orElseThrow());
            assertEquals(persona.msisdn(), msisdn.normalize("0" + persona.msisdn().substring(2)).orElseThrow());
            assertEquals(persona.memberNumber(), member.normalize(persona.memberNumber()).orElseThrow());
            assertTrue(prms.add(persona.prm()) && msisdns.add(persona.msisdn()) && members.add(persona.memberNumber())
                    && usernames.add(persona.username()), "accounts of persona " + index + " collide");
            ranges.add(persona.msisdn().substring(0, 3));
        }
        assertEquals(Set.of("336", "337"), ranges);
        assertFalse(Persona.of(SEED + 1, 17).prm().equals(Persona.of(SEED, 18).prm()));
    }

    private static List<String> dates(JsonNode readings) {
        List<String> dates = new ArrayList<>();
        readings.forEach(reading -> dates.add(reading.get("date").asText()));
        return dates;
    }
}

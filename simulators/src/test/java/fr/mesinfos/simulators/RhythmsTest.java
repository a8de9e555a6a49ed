package fr.mesinfos.simulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The simulated lives have the rhythms of real ones: heating in winter, holidays in August, home at night, work by day. */
class RhythmsTest {
    private static final long SEED = 42;
    private static final LocalDate WEDNESDAY = LocalDate.of(2017, 3, 15);

    private static long dailyWh(Persona persona, LocalDate day) {
        return EnedisLoadCurves.energyWh(EnedisLoadCurves.day(SEED, persona, day));
    }

    private static Persona first(boolean electricHeating) {
        for (int index = 1; ; index++) {
            Persona persona = Persona.of(SEED, index);
            if (persona.electricHeating() == electricHeating) {
                return persona;
            }
        }
    }

    @Test
    void electricallyHeatedHomesUseMuchMoreInWinterAndMoreOnColderDays() {
        Persona heated = first(true);
        LocalDate january = LocalDate.of(2017, 1, 11);
        LocalDate june = LocalDate.of(2017, 6, 14);
        assertTrue(dailyWh(heated, january) > 2 * dailyWh(heated, june));
        Persona notHeated = first(false);
        assertTrue(dailyWh(notHeated, january) < 1.5 * dailyWh(notHeated, june));
        // the coldest and the mildest working Wednesday of the winter
        LocalDate coldest = null;
        LocalDate mildest = null;
        for (LocalDate day = LocalDate.of(2017, 1, 4); day.isBefore(LocalDate.of(2017, 3, 1)); day = day.plusWeeks(1)) {
            if (coldest == null || Calendar.coldness(SEED, day) > Calendar.coldness(SEED, coldest)) {
                coldest = day;
            }
            if (mildest == null || Calendar.coldness(SEED, day) < Calendar.coldness(SEED, mildest)) {
                mildest = day;
            }
        }
        assertTrue(dailyWh(heated, coldest) > dailyWh(heated, mildest));
        assertEquals(0, Calendar.coldness(SEED, LocalDate.of(2017, 10, 15)), 0.0, "no heating in October");
    }

    @Test
    void augustHolidaysUseLessThanAnOrdinaryDay() {
        for (int index = 1; index <= 10; index++) {
            Persona persona = Persona.of(SEED, index);
            assertTrue(dailyWh(persona, LocalDate.of(2017, 8, 9)) < 0.8 * dailyWh(persona, LocalDate.of(2017, 9, 13)));
        }
    }

    @Test
    void weekdaysHaveBreakfastAndEveningPeaksAboveTheNight() {
        Persona persona = first(false);
        JsonNode readings = EnedisLoadCurves.day(SEED, persona, WEDNESDAY).get("meter_reading").get("interval_reading");
        // readings are dated by the end of their half-hour: index 5 is 02:30-03:00, 14 is 07:00-07:30, 39 is 19:30-20:00
        double night = readings.get(5).get("value").asDouble();
        assertTrue(readings.get(14).get("value").asDouble() > night, "breakfast");
        assertTrue(readings.get(39).get("value").asDouble() > night, "dinner");
    }

    @Test
    void onAWorkingDayAtHomeAtThreeAndAtWorkAtElevenWithinTheFixRadius() {
        for (int index = 1; index <= 50; index++) {
            Persona persona = Persona.of(SEED, index);
            List<ObjectNode> fixes = OrangeGeopoints.day(SEED, persona, WEDNESDAY);
            assertEquals(48, fixes.size());
            ObjectNode three = fixes.get(6);
            ObjectNode eleven = fixes.get(22);
            assertEquals(LocalTime.of(3, 0), localTime(three).withSecond(0));
            assertEquals(LocalTime.of(11, 0), localTime(eleven).withSecond(0));
            assertTrue(distanceMetres(three, persona.home()) < three.get("radius").asInt(), "03:00 at home");
            assertTrue(distanceMetres(eleven, persona.work()) < eleven.get("radius").asInt(), "11:00 at work");
            // on the way to work: between home and work, neither here nor there
            ObjectNode commute = fixes.get(16); // 08:00
            assertTrue(commute.get("radius").asInt() >= 600, "a wider radius while moving");
        }
    }

    @Test
    void onHolidayAwayFromLyonAndAtWeekendsOutAndAbout() {
        Persona persona = Persona.of(SEED, 4);
        for (ObjectNode fix : OrangeGeopoints.day(SEED, persona, LocalDate.of(2017, 8, 9))) {
            assertTrue(distanceMetres(fix, persona.home()) > 30_000, "on holiday far from Lyon");
        }
        List<ObjectNode> saturday = OrangeGeopoints.day(SEED, persona, LocalDate.of(2017, 3, 18));
        assertTrue(distanceMetres(saturday.get(6), persona.home()) < 300, "Saturday night at home");
        assertTrue(saturday.stream().anyMatch(fix -> distanceMetres(fix, persona.home()) > 500), "out on Saturday");
        assertTrue(saturday.stream().allMatch(fix -> distanceMetres(fix, persona.work()) > 300
                || distanceMetres(fix, persona.home()) < 300), "not at work on Saturday");
    }

    @Test
    void aFewCallsAndSmsADayInWakingHours() {
        int total = 0;
        for (int index = 1; index <= 20; index++) {
            Persona persona = Persona.of(SEED, index);
            for (LocalDate day = WEDNESDAY; day.isBefore(WEDNESDAY.plusDays(7)); day = day.plusDays(1)) {
                List<ObjectNode> logs = OrangeCommunicationLogs.day(SEED, persona, day);
                assertTrue(logs.size() >= 1 && logs.size() <= 6);
                total += logs.size();
                Instant previous = Instant.MIN;
                for (ObjectNode log : logs) {
                    Instant at = Instant.parse(log.get("timestamp").asText());
                    LocalTime local = at.atZone(Calendar.PARIS).toLocalTime();
                    assertTrue(!local.isBefore(LocalTime.of(8, 0)) && local.isBefore(LocalTime.of(22, 0)));
                    assertTrue(!at.isBefore(previous));
                    previous = at;
                }
            }
        }
        assertTrue(total > 2 * 140 && total < 5 * 140, total + " communications over 140 person-days");
    }

    private static LocalTime localTime(JsonNode fix) {
        return Instant.parse(fix.get("timestamp").asText()).atZone(Calendar.PARIS).toLocalTime();
    }

    private static double distanceMetres(JsonNode fix, Persona.Place place) {
        double dLat = Math.toRadians(fix.get("latitude").asDouble() - place.latitude());
        double dLon = Math.toRadians(fix.get("longitude").asDouble() - place.longitude()) * Math.cos(Math.toRadians(place.latitude()));
        return 6_371_000 * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}

package fr.mesinfos.simulators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The simulated lives have the rhythms of real ones: heating in winter, holidays in August, home at night, work by day. */
class RhythmsTest {
    private static final long SEED = 42;

    private static double dailyWh(Persona persona, LocalDate day) {
        double wh = 0;
        for (JsonNode reading : EnedisLoadCurves.day(SEED, persona, day).get("meter_reading").get("interval_reading")) {
            wh += Double.parseDouble(reading.get("value").asText()) / 2; // W over half an hour
        }
        return wh;
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
    void electricallyHeatedHomesUseMuchMoreInWinter() {
        Persona heated = first(true);
        LocalDate january = LocalDate.of(2017, 1, 11);
        LocalDate june = LocalDate.of(2017, 6, 14);
        assertTrue(dailyWh(heated, january) > 2 * dailyWh(heated, june));
        Persona notHeated = first(false);
        assertTrue(dailyWh(notHeated, january) < 1.5 * dailyWh(notHeated, june));
    }

    @Test
    void augustHolidaysUseLessThanAnOrdinaryDay() {
        Persona persona = first(false);
        assertTrue(dailyWh(persona, LocalDate.of(2017, 8, 9)) < 0.8 * dailyWh(persona, LocalDate.of(2017, 9, 13)));
    }

    @Test
    void onAWorkingDayAtHomeAtThreeAndAtWorkAtEleven() {
        LocalDate wednesday = LocalDate.of(2017, 3, 15);
        for (int index = 1; index <= 20; index++) {
            Persona persona = Persona.of(SEED, index);
            List<ObjectNode> fixes = OrangeGeopoints.day(SEED, persona, wednesday);
            assertTrue(distanceMetres(fixes.get(6), persona.home()) < 300, "03:00 at home"); // 03:00-03:30 local
            assertTrue(distanceMetres(fixes.get(22), persona.work()) < 300, "11:00 at work"); // 11:00-11:30 local
        }
    }

    private static double distanceMetres(JsonNode fix, Persona.Place place) {
        double dLat = Math.toRadians(fix.get("latitude").asDouble() - place.latitude());
        double dLon = Math.toRadians(fix.get("longitude").asDouble() - place.longitude()) * Math.cos(Math.toRadians(place.latitude()));
        return 6_371_000 * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}

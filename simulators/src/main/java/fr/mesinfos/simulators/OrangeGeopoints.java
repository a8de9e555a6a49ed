package fr.mesinfos.simulators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A phone's day of location fixes as Orange delivered them (format geopoints, fr.orange.geopoint): one fix about every
 * 30 minutes, at home at night, commuting and at work on working days, around Lyon at weekends, away on holiday.
 */
public final class OrangeGeopoints {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'.000Z'");
    private static final Persona.Place HOLIDAY = new Persona.Place("Annecy", 45.8992, 6.1294, "", "74000", "ANNECY");

    private OrangeGeopoints() {
    }

    public static List<ObjectNode> day(long seed, Persona persona, LocalDate day) {
        SplittableRandom random = new SplittableRandom(seed ^ (persona.index() * 0xC2B2AE3D27D4EB4FL) ^ day.toEpochDay());
        Persona.Place outing = Persona.HOMES[random.nextInt(Persona.HOMES.length)];
        List<ObjectNode> fixes = new ArrayList<>(50);
        Instant end = day.plusDays(1).atStartOfDay(Calendar.PARIS).toInstant();
        for (Instant slot = day.atStartOfDay(Calendar.PARIS).toInstant(); slot.isBefore(end); slot = slot.plus(Duration.ofMinutes(30))) {
            Instant at = slot.plusSeconds(random.nextInt(60));
            LocalDateTime local = LocalDateTime.ofInstant(at, Calendar.PARIS);
            double hour = local.getHour() + local.getMinute() / 60.0;
            double[] where = position(persona, day, hour, outing);
            boolean moving = where.length > 2;
            fixes.add(JSON.objectNode()
                    .put("docType", "fr.orange.geopoint")
                    .put("docTypeVersion", "konnectors_orange_mobile-0.7.9")
                    .put("msisdn", persona.msisdn())
                    .put("timestamp", INSTANT.format(LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC)))
                    .put("latitude", round(where[0] + (random.nextDouble() - 0.5) * 0.001))
                    .put("longitude", round(where[1] + (random.nextDouble() - 0.5) * 0.001))
                    .put("radius", (moving ? 600 : 150) + random.nextInt(moving ? 900 : 350)));
        }
        return fixes;
    }

    /** Where the person is at that local hour: {lat, lon}, or {lat, lon, 1} while travelling. */
    static double[] position(Persona persona, LocalDate day, double hour, Persona.Place outing) {
        if (Calendar.onHoliday(day)) {
            return new double[] {HOLIDAY.latitude(), HOLIDAY.longitude()};
        }
        Persona.Place home = persona.home();
        Persona.Place work = persona.work();
        if (!Calendar.workingDay(day)) {
            boolean out = (hour >= 10 && hour < 12) || (hour >= 15 && hour < 18);
            return out ? new double[] {outing.latitude(), outing.longitude()} : new double[] {home.latitude(), home.longitude()};
        }
        if (hour >= 7.5 && hour < 8.5) {
            return between(home, work, hour - 7.5);
        }
        if (hour >= 8.5 && hour < 17.5) {
            return new double[] {work.latitude(), work.longitude()};
        }
        if (hour >= 17.5 && hour < 18.5) {
            return between(work, home, hour - 17.5);
        }
        return new double[] {home.latitude(), home.longitude()};
    }

    private static double[] between(Persona.Place from, Persona.Place to, double fraction) {
        return new double[] {from.latitude() + (to.latitude() - from.latitude()) * fraction,
            from.longitude() + (to.longitude() - from.longitude()) * fraction, 1};
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}

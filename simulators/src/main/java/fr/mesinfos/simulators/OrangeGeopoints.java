package fr.mesinfos.simulators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A phone's day of location fixes as Orange delivered them (format geopoints, fr.orange.geopoint): one fix every
 * 30 minutes, at home at night, commuting and at work on working days, around Lyon at weekends, away on holiday.
 */
public final class OrangeGeopoints {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'.000Z'");

    /** Where Lyon goes out at weekends. */
    static final double[][] OUTINGS = {
        {45.7772, 4.8559}, // Parc de la Tête d'Or
        {45.7622, 4.8272}, // Vieux Lyon
        {45.7578, 4.8320}, // Bellecour
        {45.7623, 4.8224}, // Fourvière
        {45.7740, 4.8330}, // Croix-Rousse market
        {45.7407, 4.8184}, // Confluence
        {45.7290, 4.8250}, // Parc de Gerland
        {45.7610, 4.8570}, // Part-Dieu shopping centre
    };

    /** Where the summer holidays are spent. */
    static final double[][] HOLIDAYS = {
        {45.8992, 6.1294}, // Annecy
        {43.2965, 5.3698}, // Marseille
        {47.2833, -2.3900}, // La Baule
        {45.9237, 6.8694}, // Chamonix
        {43.6108, 3.8767}, // Montpellier
    };

    private OrangeGeopoints() {
    }

    /** The fixes of one local day: one per half-hour of real time (46 on the spring DST day, 50 on the autumn one). */
    public static List<ObjectNode> day(long seed, Persona persona, LocalDate day) {
        SplittableRandom random = persona.random(seed, 3, day);
        double[] outing = outing(seed, persona, day);
        List<ObjectNode> fixes = new ArrayList<>(50);
        Instant end = day.plusDays(1).atStartOfDay(Calendar.PARIS).toInstant();
        for (Instant slot = day.atStartOfDay(Calendar.PARIS).toInstant(); slot.isBefore(end); slot = slot.plus(Duration.ofMinutes(30))) {
            Instant at = slot.plusSeconds(random.nextInt(60));
            double[] where = position(seed, persona, at, outing);
            boolean moving = where.length > 2;
            fixes.add(JSON.objectNode()
                    .put("docType", "fr.orange.geopoint")
                    .put("docTypeVersion", "konnectors_orange_mobile-0.7.9")
                    .put("msisdn", persona.msisdn())
                    .put("timestamp", INSTANT.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)))
                    .put("latitude", Persona.round(where[0] + (random.nextDouble() - 0.5) * 0.001))
                    .put("longitude", Persona.round(where[1] + (random.nextDouble() - 0.5) * 0.001))
                    .put("radius", (moving ? 600 : 150) + random.nextInt(moving ? 900 : 350)));
        }
        return fixes;
    }

    /** The day's weekend outing place (a Lyon landmark), the same for the fixes and the calls of that day. */
    static double[] outing(long seed, Persona persona, LocalDate day) {
        return OUTINGS[persona.random(seed, 4, day).nextInt(OUTINGS.length)];
    }

    /** Where the person is at that instant: {lat, lon}, or {lat, lon, 1} while travelling. */
    static double[] position(long seed, Persona persona, Instant at, double[] outing) {
        LocalDateTime local = LocalDateTime.ofInstant(at, Calendar.PARIS);
        LocalDate day = local.toLocalDate();
        double hour = local.getHour() + local.getMinute() / 60.0;
        double[] home = {persona.home().latitude(), persona.home().longitude()};
        double[] work = {persona.work().latitude(), persona.work().longitude()};
        if (Calendar.onHoliday(day)) {
            return HOLIDAYS[persona.random(seed, 5, null).nextInt(HOLIDAYS.length)];
        }
        if (!Calendar.workingDay(day)) {
            boolean out = (hour >= 10 && hour < 12) || (hour >= 15 && hour < 18);
            return out ? outing : home;
        }
        if (hour >= 7.75 && hour < 8.75) {
            return between(home, work, hour - 7.75);
        }
        if (hour >= 8.75 && hour < 17.25) {
            return work;
        }
        if (hour >= 17.25 && hour < 18.25) {
            return between(work, home, hour - 17.25);
        }
        return home;
    }

    private static double[] between(double[] from, double[] to, double fraction) {
        return new double[] {from[0] + (to[0] - from[0]) * fraction, from[1] + (to[1] - from[1]) * fraction, 1};
    }
}

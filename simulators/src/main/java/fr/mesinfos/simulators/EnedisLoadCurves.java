package fr.mesinfos.simulators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Linky meter's day as Enedis Data Connect delivers it (format enedis-load-curve): half-hour average power in W as
 * strings, each dated by the LOCAL end of its interval, so a spring DST day has 46 readings and an autumn one 50.
 */
public final class EnedisLoadCurves {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private EnedisLoadCurves() {
    }

    /** The meter reading of one local day of the persona's meter. */
    public static ObjectNode day(long seed, Persona persona, LocalDate day) {
        SplittableRandom random = persona.random(seed, 1, day);
        double coldness = Calendar.coldness(seed, day);
        ArrayNode readings = JSON.arrayNode();
        Instant end = day.plusDays(1).atStartOfDay(Calendar.PARIS).toInstant();
        for (Instant start = day.atStartOfDay(Calendar.PARIS).toInstant(); start.isBefore(end); start = start.plus(HALF_HOUR)) {
            LocalDateTime localStart = LocalDateTime.ofInstant(start, Calendar.PARIS);
            long watts = Math.round(watts(persona, day, coldness, localStart.getHour() + localStart.getMinute() / 60.0, random));
            readings.addObject()
                    .put("value", Long.toString(watts))
                    .put("date", LocalDateTime.ofInstant(start.plus(HALF_HOUR), Calendar.PARIS).format(LOCAL))
                    .put("interval_length", "PT30M")
                    .put("measure_type", "B");
        }
        ObjectNode meterReading = JSON.objectNode()
                .put("usage_point_id", persona.prm())
                .put("start", day.toString())
                .put("end", day.plusDays(1).toString())
                .put("quality", "BRUT");
        meterReading.putObject("reading_type").put("unit", "W").put("measurement_kind", "power").put("aggregate", "average");
        meterReading.set("interval_reading", readings);
        ObjectNode record = JSON.objectNode();
        record.set("meter_reading", meterReading);
        return record;
    }

    /** The day's energy in Wh: each half-hour's average power × 0.5 h, summed (what the meter's daily energy says). */
    static long energyWh(ObjectNode day) {
        double wh = 0;
        for (JsonNode reading : day.get("meter_reading").get("interval_reading")) {
            wh += Long.parseLong(reading.get("value").asText()) / 2.0;
        }
        return Math.round(wh);
    }

    /** Average power over the half-hour starting at the local hour: base load, meals, evenings, heating, holidays. */
    static double watts(Persona persona, LocalDate day, double coldness, double hour, SplittableRandom random) {
        double base = persona.baseLoadWatts();
        if (Calendar.onHoliday(day)) {
            return base * (0.55 + 0.1 * random.nextDouble()); // away: fridge, standby
        }
        boolean working = Calendar.workingDay(day);
        double people = 0.6 + 0.2 * persona.householdSize();
        double activity = 0;
        if (hour >= (working ? 6.5 : 8) && hour < (working ? 8.5 : 11)) {
            activity += 700; // breakfast, shower, kettle
        }
        if (!working && hour >= 11.5 && hour < 14) {
            activity += 900; // lunch at home
        }
        if (hour >= 18.5 && hour < 22.5) {
            activity += 1100; // dinner, lights, screens
        }
        if (working && hour >= 9 && hour < 17) {
            activity *= 0.3;
        }
        double heating = 0;
        if (persona.electricHeating()) {
            boolean occupied = !working || hour < 8.5 || hour >= 17.5;
            heating = coldness * (occupied ? 2200 : 900) * (0.85 + 0.3 * random.nextDouble());
        }
        double noise = 0.85 + 0.3 * random.nextDouble();
        return (base + activity * people) * noise + heating;
    }
}

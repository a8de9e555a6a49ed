package fr.mesinfos.simulators;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A meter's daily energy as Enedis Data Connect delivers it (format enedis-daily-energy): one reading per local day in
 * Wh, as a string, each the sum of that day's half-hours of the load curve, so the two agree.
 */
public final class EnedisDailyEnergies {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EnedisDailyEnergies() {
    }

    /** One meter reading covering the days from start (days of them), one interval reading per day. */
    public static ObjectNode of(long seed, Persona persona, LocalDate start, int days) {
        ArrayNode readings = JSON.arrayNode();
        for (int d = 0; d < days; d++) {
            LocalDate day = start.plusDays(d);
            readings.addObject()
                    .put("value", Long.toString(EnedisLoadCurves.energyWh(EnedisLoadCurves.day(seed, persona, day))))
                    .put("date", day.toString());
        }
        ObjectNode meterReading = JSON.objectNode()
                .put("usage_point_id", persona.prm())
                .put("start", start.toString())
                .put("end", start.plusDays(days).toString())
                .put("quality", "BRUT");
        meterReading.putObject("reading_type").put("unit", "Wh").put("measurement_kind", "energy").put("aggregate", "sum")
                .put("measuring_period", "P1D");
        meterReading.set("interval_reading", readings);
        ObjectNode record = JSON.objectNode();
        record.set("meter_reading", meterReading);
        return record;
    }
}

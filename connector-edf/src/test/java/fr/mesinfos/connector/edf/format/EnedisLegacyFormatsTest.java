package fr.mesinfos.connector.edf.format;

import static fr.mesinfos.connector.edf.format.Records.PRM;
import static fr.mesinfos.connector.edf.format.Records.file;
import static fr.mesinfos.connector.edf.format.Records.payloads;
import static fr.mesinfos.connector.edf.format.Records.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.events.payload.LoadCurvePoint;

/** enedis-load-curve-legacy and enedis-daily-energy-legacy: the pilot's older Enedis extracts. */
class EnedisLegacyFormatsTest {
    private static final String UP = "/usage_point/0";
    private static final String RT = UP + "/meter_reading/reading_type";
    private final EnedisLegacyLoadCurveFormat curve = new EnedisLegacyLoadCurveFormat();
    private final EnedisLegacyDailyEnergyFormat daily = new EnedisLegacyDailyEnergyFormat();

    /** A pilot record with the full 14-digit PRM of the contract in place of the truncated usage point id. */
    private static ObjectNode withPrm(String pilotFile) {
        ObjectNode record = (ObjectNode) file("pilot/" + pilotFile).get(0).deepCopy();
        usagePoint(record).put("usage_point_id", PRM);
        return record;
    }

    private static ObjectNode usagePoint(ObjectNode record) {
        return (ObjectNode) record.get("usage_point").get(0);
    }

    private static ObjectNode readingType(ObjectNode record) {
        return (ObjectNode) usagePoint(record).get("meter_reading").get("reading_type");
    }

    private static ArrayNode blocks(ObjectNode record) {
        return (ArrayNode) usagePoint(record).get("meter_reading").get("interval_block");
    }

    @Test
    void thePilotLoadCurveIsRefusedForItsTruncatedUsagePointId() {
        ObjectNode record = (ObjectNode) file("pilot/enedis_loadcurve.json").get(0);
        Map<String, String> errors = refused(curve, record);
        assertEquals(List.of(UP + "/usage_point_id"), List.copyOf(errors.keySet()));
        assertTrue(errors.get(UP + "/usage_point_id").startsWith("must be a PRM of 14 digits; it has 11"));
        Records.reasonsDoNotRepeatValues(record, errors);
    }

    @Test
    void withAFullPrmThePilotLoadCurveIs48HalfHoursOfTheLocalDay() {
        List<LoadCurvePoint> points = payloads(curve, withPrm("enedis_loadcurve.json")).stream()
                .map(LoadCurvePoint.class::cast).toList();
        assertEquals(48, points.size());
        // reading_number 1 is 00:00-00:30 local on 2017-08-17 (+02:00)
        assertEquals(new LoadCurvePoint(PRM, Instant.parse("2017-08-16T22:00:00Z"), Instant.parse("2017-08-16T22:30:00Z"),
                230, LoadCurvePoint.Unit.W, Duration.ofMinutes(30), LoadCurvePoint.FlowDirection.CONSUMPTION,
                LoadCurvePoint.Quality.RAW, null), points.get(0));
        // reading_number 28 starts 13:30 local
        assertEquals(Instant.parse("2017-08-17T11:30:00Z"), points.get(27).start());
        assertEquals(288, points.get(27).value());
        assertEquals(Instant.parse("2017-08-17T21:30:00Z"), points.get(47).start());
        assertEquals(284, points.get(47).value());
    }

    @Test
    void onDaylightSavingDaysReadingNumbersCountElapsedHalfHours() {
        ObjectNode spring = withPrm("enedis_loadcurve.json");
        readingType(spring).put("start_measurement_period", "2017-03-26").put("end_measurement_period", "2017-03-27");
        blocks(spring).removeAll();
        blocks(spring).addObject().put("value", "100").put("reading_number", "5");
        blocks(spring).addObject().put("value", "200").put("reading_number", "46");
        List<CategoryPayload> points = payloads(curve, spring);
        // n = 5 is the 5th half-hour from local midnight (+01:00): 01:00Z, i.e. 03:00 local summer time
        assertEquals(Instant.parse("2017-03-26T01:00:00Z"), ((LoadCurvePoint) points.get(0)).start());
        assertEquals(Instant.parse("2017-03-26T22:00:00Z"), ((LoadCurvePoint) points.get(1)).end());
        blocks(spring).addObject().put("value", "1").put("reading_number", "47");
        assertEquals(Map.of(UP + "/meter_reading/interval_block/2/reading_number",
                "must be a whole number from 1 to 46, the number of readings in the period"), refused(curve, spring));

        ObjectNode autumn = withPrm("enedis_loadcurve.json");
        readingType(autumn).put("start_measurement_period", "2017-10-29").put("end_measurement_period", "2017-10-30");
        blocks(autumn).removeAll();
        blocks(autumn).addObject().put("value", "100").put("reading_number", "50");
        assertEquals(Instant.parse("2017-10-29T22:30:00Z"), ((LoadCurvePoint) payloads(curve, autumn).get(0)).start());
    }

    @Test
    void theLegacyEnvelopeIsCheckedField() {
        ObjectNode record = withPrm("enedis_loadcurve.json");
        record.put("business_step", "comptage corrige");
        readingType(record).put("measurement_kind", "PMAX").put("time_attribute", "day").put("interval_length", "PT30M")
                .put("flow_direction", "both").put("end_measurement_period", "2017-08-19");
        ((ObjectNode) blocks(record).get(1)).put("reading_number", "1");
        ((ObjectNode) blocks(record).get(2)).put("value", 192);
        Map<String, String> errors = refused(curve, record);
        assertEquals(Map.of(
                "/business_step", "must be one of [comptage brut]",
                RT + "/measurement_kind", "must be CDC: the kind of measure this format maps",
                RT + "/time_attribute", "must be 30mn: the length of the readings this format maps",
                RT + "/interval_length", "must be empty: time_attribute gives the length of the readings",
                RT + "/flow_direction", "must be one of [forward, reverse]"), errors);
        readingType(record).put("measurement_kind", "CDC").put("time_attribute", "30mn").put("flow_direction", "forward")
                .remove("interval_length");
        record.remove("business_step");
        assertEquals(Map.of(
                RT + "/end_measurement_period",
                "must be the day after start_measurement_period: a load curve extract covers one local day"),
                refused(curve, record));
        readingType(record).put("end_measurement_period", "2017-08-18");
        assertEquals(Map.of(
                UP + "/meter_reading/interval_block/1/reading_number", "repeats the number of an earlier reading",
                UP + "/meter_reading/interval_block/2/value", "must be a JSON string holding a decimal number"),
                refused(curve, record));
    }

    @Test
    void thePilotDailyEnergyIsRefusedForItsTruncatedUsagePointId() {
        Map<String, String> errors = refused(daily, file("pilot/enedis_energy.json").get(0));
        assertEquals(List.of(UP + "/usage_point_id"), List.copyOf(errors.keySet()));
    }

    @Test
    void withAFullPrmThePilotDailyEnergyIsOneLocalDay() {
        List<CategoryPayload> days = payloads(daily, withPrm("enedis_energy.json"));
        assertEquals(List.of(new DailyConsumption(PRM, LocalDate.of(2017, 8, 17), Instant.parse("2017-08-16T22:00:00Z"),
                Instant.parse("2017-08-17T22:00:00Z"), 17051, DailyConsumption.Origin.ENEDIS_DAILY_ENERGY,
                DailyConsumption.ReadingType.MEASURED)), days);
        assertEquals(Category.EDF_DAILY_CONSUMPTION.eventId(days.get(0)),
                Category.EDF_DAILY_CONSUMPTION.eventId(payloads(daily, withPrm("enedis_energy.json")).get(0)));
    }

    @Test
    void legacyDailyEnergyMustBeConsumedWhPerDay() {
        ObjectNode record = withPrm("enedis_energy.json");
        readingType(record).put("unit", "W").put("flow_direction", "reverse");
        assertEquals(Map.of(RT + "/unit", "must be Wh: daily energies are energies",
                RT + "/flow_direction", "must be forward: daily consumption is energy drawn"), refused(daily, record));
        ObjectNode later = withPrm("enedis_energy.json");
        ((ObjectNode) blocks(later).get(0)).put("reading_number", "2");
        assertEquals(Map.of(UP + "/meter_reading/interval_block/0/reading_number",
                "must be a whole number from 1 to 1, the number of readings in the period"), refused(daily, later));
    }

    @Test
    void thePilotMaxPowerIsNeitherFormat() {
        ObjectNode record = (ObjectNode) file("pilot/enedis_maxpower.json").get(0).deepCopy();
        usagePoint(record).put("usage_point_id", PRM);
        assertEquals("must be ENERGIEGLO: the kind of measure this format maps",
                refused(daily, record).get(RT + "/measurement_kind"));
        assertEquals("must be CDC: the kind of measure this format maps",
                refused(curve, record).get(RT + "/measurement_kind"));
    }
}

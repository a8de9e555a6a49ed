package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.payload.LoadCurvePoint;

/**
 * The older Enedis extract of the pilot (enedis_loadcurve.json, enedis_energy.json): one record per request, a list of
 * usage_point[] each with one meter_reading of numbered readings (interval_block[].reading_number) over the period
 * [start_measurement_period, end_measurement_period). The envelope is read here once; each subclass says what
 * reading_number n means.
 */
abstract class LegacyEnedisFormat implements PartnerFormat {
    private static final Map<String, LoadCurvePoint.FlowDirection> DIRECTIONS = Map.of(
            "forward", LoadCurvePoint.FlowDirection.CONSUMPTION, "reverse", LoadCurvePoint.FlowDirection.PRODUCTION);
    // the only business step the pilot shows; Enedis' raw metering
    private static final Map<String, LoadCurvePoint.Quality> STEPS = Map.of("comptage brut", LoadCurvePoint.Quality.RAW);

    /** The meter reading of one usage point, as read from the envelope. */
    record Reading(String prm, LocalDate from, LocalDate to, String unit, LoadCurvePoint.FlowDirection direction,
            LoadCurvePoint.Quality quality, String pointer) {
    }

    /** The measurement_kind this format accepts (CDC, ENERGIEGLO). */
    abstract String measurementKind();

    /** The time_attribute this format accepts (30mn, day). */
    abstract String timeAttribute();

    /** Checks what the reading type must be beyond the kind (unit, period, direction); reports to f. */
    abstract void check(Fields f, Reading reading);

    /** How many readings the period holds; reading_number runs from 1 to it. */
    abstract int readingCount(Reading reading);

    /** The payload of reading n (1-based). */
    abstract CategoryPayload payload(Reading reading, int n, BigDecimal value);

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        LoadCurvePoint.Quality quality = f.code(record, "", "business_step", false, STEPS);
        JsonNode points = f.array(record, "", "usage_point", true);
        if (points == null) {
            return List.of();
        }
        List<Mapped> mapped = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            String at = "/usage_point/" + p;
            JsonNode point = points.get(p);
            if (!point.isObject()) {
                f.error(at, "must be a JSON object");
                continue;
            }
            String prm = f.prm(point, at, "usage_point_id");
            JsonNode meterReading = f.object(point, at, "meter_reading", true);
            if (meterReading == null) {
                continue;
            }
            String mr = at + "/meter_reading";
            JsonNode type = f.object(meterReading, mr, "reading_type", true);
            JsonNode blocks = f.array(meterReading, mr, "interval_block", true);
            if (type == null || blocks == null) {
                continue;
            }
            String rt = mr + "/reading_type";
            f.expect(type, rt, "measurement_kind", true, measurementKind(), "the kind of measure this format maps");
            f.expect(type, rt, "time_attribute", true, timeAttribute(), "the length of the readings this format maps");
            // empty in the pilot: time_attribute gives the length, so a value here would only contradict it
            String length = f.text(type, rt, "interval_length", false);
            if (length != null) {
                f.error(rt + "/interval_length", "must be empty: time_attribute gives the length of the readings");
            }
            LocalDate from = f.date(type, rt, "start_measurement_period", true);
            LocalDate to = f.date(type, rt, "end_measurement_period", true);
            if (from != null && to != null && !to.isAfter(from)) {
                f.error(rt + "/end_measurement_period", "must be after start_measurement_period");
                continue;
            }
            String unit = f.text(type, rt, "unit", true);
            LoadCurvePoint.FlowDirection direction = f.code(type, rt, "flow_direction", true, DIRECTIONS);
            if (from == null || to == null || unit == null || direction == null) {
                continue;
            }
            Reading reading = new Reading(prm, from, to, unit, direction, quality, rt);
            int before = errors.list().size();
            check(f, reading);
            if (errors.list().size() > before) {
                continue;
            }
            mapBlocks(f, reading, blocks, mr + "/interval_block", mapped);
        }
        return f.hasErrors() ? List.of() : mapped;
    }

    private void mapBlocks(Fields f, Reading reading, JsonNode blocks, String at, List<Mapped> mapped) {
        int count = readingCount(reading);
        Set<Integer> numbers = new HashSet<>();
        for (int b = 0; b < blocks.size(); b++) {
            String bt = at + "/" + b;
            JsonNode block = blocks.get(b);
            if (!block.isObject()) {
                f.error(bt, "must be a JSON object");
                continue;
            }
            BigDecimal value = f.quantity(f.decimalString(block, bt, "value", true), bt + "/value");
            String number = f.text(block, bt, "reading_number", true);
            if (number == null) {
                continue;
            }
            if (!number.matches("[1-9][0-9]{0,3}") || Integer.parseInt(number) > count) {
                f.error(bt + "/reading_number", "must be a whole number from 1 to " + count
                        + ", the number of readings in the period");
                continue;
            }
            int n = Integer.parseInt(number);
            if (!numbers.add(n)) {
                f.error(bt + "/reading_number", "repeats the number of an earlier reading");
                continue;
            }
            if (value != null && reading.prm() != null) {
                mapped.add(new Mapped(reading.prm(), payload(reading, n, value)));
            }
        }
    }
}

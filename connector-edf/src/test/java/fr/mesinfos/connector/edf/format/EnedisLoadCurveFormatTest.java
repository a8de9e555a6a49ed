package fr.mesinfos.connector.edf.format;

import static fr.mesinfos.connector.edf.format.Records.PRM;
import static fr.mesinfos.connector.edf.format.Records.file;
import static fr.mesinfos.connector.edf.format.Records.json;
import static fr.mesinfos.connector.edf.format.Records.payloads;
import static fr.mesinfos.connector.edf.format.Records.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.payload.LoadCurvePoint;

class EnedisLoadCurveFormatTest {
    private final EnedisLoadCurveFormat format = new EnedisLoadCurveFormat();

    private static ObjectNode fixture(String name) {
        return (ObjectNode) file("dataconnect/" + name).get(0).deepCopy();
    }

    private static List<LoadCurvePoint> points(List<CategoryPayload> payloads) {
        return payloads.stream().map(LoadCurvePoint.class::cast).toList();
    }

    private static ArrayNode readings(ObjectNode record) {
        return (ArrayNode) record.get("meter_reading").get("interval_reading");
    }

    private static ObjectNode reading(ObjectNode record, int i) {
        return (ObjectNode) readings(record).get(i);
    }

    @Test
    void anOrdinaryDayIs48HalfHoursEndingAtTheLocalDates() {
        List<LoadCurvePoint> points = points(payloads(format, fixture("load-curve-2017-08-17.json")));
        assertEquals(48, points.size());
        // "2017-08-17 00:30:00" is the END of the first half-hour, in summer time (+02:00)
        assertEquals(new LoadCurvePoint(PRM, Instant.parse("2017-08-16T22:00:00Z"), Instant.parse("2017-08-16T22:30:00Z"),
                200, LoadCurvePoint.Unit.W, Duration.ofMinutes(30), LoadCurvePoint.FlowDirection.CONSUMPTION,
                LoadCurvePoint.Quality.RAW, "B"), points.get(0));
        // "2017-08-18 00:00:00" ends the last half-hour of the day
        assertEquals(Instant.parse("2017-08-17T21:30:00Z"), points.get(47).start());
        assertEquals(Instant.parse("2017-08-17T22:00:00Z"), points.get(47).end());
        assertEquals(670, points.get(47).value());
    }

    @Test
    void theSpringDayHas46HalfHoursAndSkipsTheMissingHour() {
        List<LoadCurvePoint> points = points(payloads(format, fixture("load-curve-2017-03-26-spring.json")));
        assertEquals(46, points.size());
        assertEquals(Instant.parse("2017-03-25T23:00:00Z"), points.get(0).start());
        // "01:30" (+01:00) then "03:00" (+02:00): one UTC half-hour apart
        assertEquals(Instant.parse("2017-03-26T00:30:00Z"), points.get(2).end());
        assertEquals(Instant.parse("2017-03-26T00:30:00Z"), points.get(3).start());
        assertEquals(Instant.parse("2017-03-26T01:00:00Z"), points.get(3).end());
        assertEquals(230, points.get(3).value());
        assertEquals(Instant.parse("2017-03-26T22:00:00Z"), points.get(45).end());
        assertContiguous(points);
    }

    @Test
    void theAutumnDayHas50HalfHoursAndTheRepeatedHourIsToldApartByOrder() {
        List<LoadCurvePoint> points = points(payloads(format, fixture("load-curve-2017-10-29-autumn.json")));
        assertEquals(50, points.size());
        assertEquals(Instant.parse("2017-10-28T22:00:00Z"), points.get(0).start());
        // first "02:00" and "02:30": summer time (+02:00)
        assertEquals(Instant.parse("2017-10-29T00:00:00Z"), points.get(3).end());
        assertEquals(Instant.parse("2017-10-29T00:30:00Z"), points.get(4).end());
        // second "02:00" and "02:30": winter time (+01:00)
        assertEquals(Instant.parse("2017-10-29T01:00:00Z"), points.get(5).end());
        assertEquals(250, points.get(5).value());
        assertEquals(Instant.parse("2017-10-29T01:30:00Z"), points.get(6).end());
        assertEquals(Instant.parse("2017-10-29T02:00:00Z"), points.get(7).end());
        assertEquals(Instant.parse("2017-10-29T23:00:00Z"), points.get(49).end());
        assertContiguous(points);
    }

    private static void assertContiguous(List<LoadCurvePoint> points) {
        for (int i = 1; i < points.size(); i++) {
            assertEquals(points.get(i - 1).end(), points.get(i).start(), "half-hour " + i);
        }
    }

    @Test
    void tenMinuteAndHourlyIntervalsAndCorrectedQuality() {
        ObjectNode record = json("""
                {'meter_reading': {'usage_point_id': '0132 4654 3212 36', 'start': '2017-01-10', 'end': '2017-01-11',
                 'quality': 'CORRIGE', 'reading_type': {'unit': 'Wh', 'measurement_kind': 'energy'},
                 'interval_reading': [
                   {'value': '12.5', 'date': '2017-01-10 00:10:00', 'interval_length': 'PT10M'},
                   {'value': '0', 'date': '2017-01-10 01:00:00', 'interval_length': 'PT60M', 'measure_type': 'C'}]}}""");
        List<Mapped> mapped = Records.valid(format, record);
        assertEquals(PRM, mapped.get(0).account());
        LoadCurvePoint first = (LoadCurvePoint) mapped.get(0).payload();
        assertEquals(Instant.parse("2017-01-09T23:00:00Z"), first.start());
        assertEquals(Duration.ofMinutes(10), first.intervalLength());
        assertEquals(12.5, first.value());
        assertEquals(LoadCurvePoint.Unit.WH, first.unit());
        assertEquals(LoadCurvePoint.Quality.CORRECTED, first.quality());
        LoadCurvePoint second = (LoadCurvePoint) mapped.get(1).payload();
        assertEquals(Duration.ofHours(1), second.intervalLength());
        assertEquals(Instant.parse("2017-01-09T23:00:00Z"), second.start());
        assertEquals("C", second.measureType());
    }

    @Test
    void theSameRecordTwiceGivesTheSameEventIds() {
        var first = payloads(format, fixture("load-curve-2017-10-29-autumn.json"));
        var second = payloads(format, fixture("load-curve-2017-10-29-autumn.json"));
        var ids = first.stream().map(Category.EDF_LOAD_CURVE::eventId).toList();
        assertEquals(ids, second.stream().map(Category.EDF_LOAD_CURVE::eventId).toList());
        assertEquals(50, ids.stream().distinct().count(), "the repeated autumn hour gives distinct events");
    }

    @Test
    void valuesAreStringsParsedStrictly() {
        ObjectNode record = fixture("load-curve-2017-08-17.json");
        reading(record, 3).put("value", "12a");
        reading(record, 4).put("value", 230);
        reading(record, 5).put("value", "-5");
        reading(record, 6).put("value", "1e3");
        reading(record, 7).remove("value");
        reading(record, 8).put("value", "");
        Map<String, String> errors = refused(format, record);
        String p = "/meter_reading/interval_reading/";
        assertEquals(Map.of(
                p + "3/value", "must be a decimal number (digits, optional minus sign and decimal point)",
                p + "4/value", "must be a JSON string holding a decimal number",
                p + "5/value", "must not be negative",
                p + "6/value", "must be a decimal number (digits, optional minus sign and decimal point)",
                p + "7/value", "is required",
                p + "8/value", "must not be empty"), errors);
    }

    @Test
    void datesMustBeRealLocalTimesInOrder() {
        ObjectNode record = fixture("load-curve-2017-08-17.json");
        reading(record, 1).put("date", "2017-08-17T01:00:00");
        reading(record, 2).put("date", "2017-02-30 01:30:00");
        reading(record, 5).put("date", "2017-08-17 02:00:00");
        Map<String, String> errors = refused(format, record);
        String p = "/meter_reading/interval_reading/";
        assertEquals("must be a local date-time written yyyy-MM-dd HH:mm:ss (a real calendar date)", errors.get(p + "1/date"));
        assertEquals("must be a local date-time written yyyy-MM-dd HH:mm:ss (a real calendar date)", errors.get(p + "2/date"));
        assertEquals("must be after the previous reading's date: readings come in chronological order, each interval once",
                errors.get(p + "5/date"));
        assertEquals(3, errors.size());
        Records.reasonsDoNotRepeatValues(record, errors);
    }

    @Test
    void aTimeInTheSpringGapDoesNotExist() {
        ObjectNode record = fixture("load-curve-2017-03-26-spring.json");
        reading(record, 3).put("date", "2017-03-26 02:30:00");
        assertEquals(Map.of("/meter_reading/interval_reading/3/date",
                "does not exist in Europe/Paris: it falls in the hour skipped when summer time starts"),
                refused(format, record));
    }

    @Test
    void aRepeatedAutumnTimeAppearsAtMostTwice() {
        ObjectNode record = fixture("load-curve-2017-10-29-autumn.json");
        ObjectNode third = reading(record, 5).deepCopy();
        readings(record).insert(7, third);
        Map<String, String> errors = refused(format, record);
        assertEquals(Map.of("/meter_reading/interval_reading/7/date",
                "appears a third time: a local time of the repeated autumn hour appears at most twice"), errors);
    }

    @Test
    void theReadingTypeAndIntervalLengthAreChecked() {
        ObjectNode record = fixture("load-curve-2017-08-17.json");
        ObjectNode type = (ObjectNode) record.get("meter_reading").get("reading_type");
        type.put("measurement_kind", "energy");
        reading(record, 0).put("interval_length", "PT20M");
        reading(record, 1).put("measure_type", "bb");
        ((ObjectNode) record.get("meter_reading")).put("quality", "ESTIME");
        Map<String, String> errors = refused(format, record);
        assertEquals(Map.of(
                "/meter_reading/reading_type/measurement_kind", "must be power: it must agree with the unit",
                "/meter_reading/interval_reading/0/interval_length", "must be one of [PT10M, PT15M, PT30M, PT60M]",
                "/meter_reading/interval_reading/1/measure_type", "must be one capital letter",
                "/meter_reading/quality", "must be one of [BRUT, CORRIGE]"), errors);
        type.put("unit", "kW");
        type.remove("measurement_kind");
        assertEquals("must be one of [W, Wh]", refused(format, record).get("/meter_reading/reading_type/unit"));
    }

    @Test
    void readingsMustLieInTheRequestedPeriod() {
        ObjectNode record = fixture("load-curve-2017-08-17.json");
        ((ObjectNode) record.get("meter_reading")).put("end", "2017-08-17");
        assertEquals(Map.of("/meter_reading/end", "must be after start"), refused(format, record));
        record = fixture("load-curve-2017-08-17.json");
        ((ObjectNode) record.get("meter_reading")).put("start", "2017-08-18");
        ((ObjectNode) record.get("meter_reading")).put("end", "2017-08-19");
        Map<String, String> errors = refused(format, record);
        assertEquals(48, errors.size());
        assertEquals("must lie between the start and end days of the meter reading",
                errors.get("/meter_reading/interval_reading/0/date"));
    }

    @Test
    void thePilotsElevenDigitUsagePointIsRefused() {
        ObjectNode record = fixture("load-curve-2017-08-17.json");
        ((ObjectNode) record.get("meter_reading")).put("usage_point_id", "01324654321");
        Map<String, String> errors = refused(format, record);
        assertEquals(1, errors.size());
        assertTrue(errors.get("/meter_reading/usage_point_id").startsWith("must be a PRM of 14 digits; it has 11"));
        Records.reasonsDoNotRepeatValues(record, errors);
    }

    @Test
    void missingPartsAreNamed() {
        assertEquals(Map.of("/meter_reading", "is required"), refused(format, json("{'usage_point': []}")));
        assertEquals(Map.of(
                "/meter_reading/usage_point_id", "is required",
                "/meter_reading/start", "is required",
                "/meter_reading/end", "is required",
                "/meter_reading/reading_type", "is required",
                "/meter_reading/interval_reading", "must hold at least one item"),
                refused(format, json("{'meter_reading': {'interval_reading': []}}")));
    }

    @Test
    void thePilotsOlderShapeIsNotThisFormat() {
        Map<String, String> errors = refused(format, file("pilot/enedis_loadcurve.json").get(0));
        assertEquals(Map.of("/meter_reading", "is required"), errors);
    }

    @Test
    void theReadmeExampleGivesTheDocumentedInstants() {
        ObjectNode record = json("""
                {'meter_reading': {'usage_point_id': '01324654321236', 'start': '2017-10-29', 'end': '2017-10-30',
                  'quality': 'BRUT', 'reading_type': {'unit': 'W', 'measurement_kind': 'power', 'aggregate': 'average'},
                  'interval_reading': [
                    {'value': '230', 'date': '2017-10-29 00:30:00', 'interval_length': 'PT30M', 'measure_type': 'B'},
                    {'value': '258', 'date': '2017-10-29 02:00:00', 'interval_length': 'PT30M', 'measure_type': 'B'},
                    {'value': '192', 'date': '2017-10-29 02:00:00', 'interval_length': 'PT30M', 'measure_type': 'B'}]}}""");
        List<LoadCurvePoint> points = points(payloads(format, record));
        assertEquals(List.of(Instant.parse("2017-10-28T22:00:00Z"), Instant.parse("2017-10-28T23:30:00Z"),
                Instant.parse("2017-10-29T00:30:00Z")), points.stream().map(LoadCurvePoint::start).toList());
        assertEquals(List.of(230.0, 258.0, 192.0), points.stream().map(LoadCurvePoint::value).toList());
    }
}

package fr.mesinfos.connector.edf.format;

import static fr.mesinfos.connector.edf.format.Records.PRM;
import static fr.mesinfos.connector.edf.format.Records.file;
import static fr.mesinfos.connector.edf.format.Records.payloads;
import static fr.mesinfos.connector.edf.format.Records.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.payload.LoadCurvePoint;

class LinkyHalfHourFormatTest {
    private final LinkyHalfHourFormat format = new LinkyHalfHourFormat();

    private static ObjectNode pilot(int i) {
        return (ObjectNode) file("pilot/consommation_linky_demiheure.json").get(i).deepCopy();
    }

    /** A pilot record with the PRM the partner must add. */
    private static ObjectNode withPrm(int i) {
        return pilot(i).put("usagePointId", PRM);
    }

    private LoadCurvePoint point(JsonNode record) {
        List<?> payloads = payloads(format, record);
        assertEquals(1, payloads.size());
        return (LoadCurvePoint) payloads.get(0);
    }

    @Test
    void everyPilotRecordIsRefusedForWantOfAPrm() {
        JsonNode pilot = file("pilot/consommation_linky_demiheure.json");
        assertEquals(11, pilot.size());
        for (JsonNode record : pilot) {
            assertEquals(Map.of("/usagePointId", "is required"), refused(format, record));
        }
    }

    @Test
    void withAPrmAPilotRecordIsOneHalfHourInWh() {
        // 2017-03-01T00:00:00 local is winter time (+01:00)
        assertEquals(new LoadCurvePoint(PRM, Instant.parse("2017-02-28T23:00:00Z"), Instant.parse("2017-02-28T23:30:00Z"),
                260, LoadCurvePoint.Unit.WH, Duration.ofMinutes(30), LoadCurvePoint.FlowDirection.CONSUMPTION, null, null),
                point(withPrm(0)));
        LoadCurvePoint last = point(withPrm(10));
        assertEquals(Instant.parse("2017-03-01T04:00:00Z"), last.start());
        assertEquals(110, last.value());
    }

    @Test
    void theSameRecordTwiceGivesTheSameEventId() {
        assertEquals(Category.EDF_LOAD_CURVE.eventId(point(withPrm(3))), Category.EDF_LOAD_CURVE.eventId(point(withPrm(3))));
    }

    @Test
    void theHalfHourAcrossTheSpringGapIsThirtyMinutes() {
        LoadCurvePoint p = point(withPrm(0).put("start", "2017-03-26T01:30:00").put("end", "2017-03-26T03:00:00"));
        assertEquals(Instant.parse("2017-03-26T00:30:00Z"), p.start());
        assertEquals(Instant.parse("2017-03-26T01:00:00Z"), p.end());
        assertEquals(Map.of("/start", "does not exist in Europe/Paris: it falls in the hour skipped when summer time starts"),
                refused(format, withPrm(0).put("start", "2017-03-26T02:00:00").put("end", "2017-03-26T02:30:00")));
    }

    @Test
    void theRepeatedAutumnHourNeedsItsOffset() {
        assertEquals(Map.of("/start", "falls in the repeated autumn hour and names two instants: write it with its offset"
                + " (+02:00 for the first pass, +01:00 for the second)"),
                refused(format, withPrm(0).put("start", "2017-10-29T02:00:00").put("end", "2017-10-29T02:30:00")));
        LoadCurvePoint first = point(withPrm(0).put("start", "2017-10-29T02:00:00+02:00").put("end", "2017-10-29T02:30:00"));
        assertEquals(Instant.parse("2017-10-29T00:00:00Z"), first.start());
        LoadCurvePoint second = point(withPrm(0).put("start", "2017-10-29T02:00:00+01:00")
                .put("end", "2017-10-29T02:30:00+01:00"));
        assertEquals(Instant.parse("2017-10-29T01:00:00Z"), second.start());
        // the last half-hour of summer time ends at 02:00 winter time
        LoadCurvePoint turn = point(withPrm(0).put("start", "2017-10-29T02:30:00+02:00").put("end", "2017-10-29T02:00:00"));
        assertEquals(Instant.parse("2017-10-29T01:00:00Z"), turn.end());
    }

    @Test
    void invalidFieldsAreNamed() {
        ObjectNode record = withPrm(0).put("value", "260").put("statementReason", "LinkyDailyElecConsumption")
                .put("end", "2017-03-01T01:00:00").put("contractNumber", "12-34");
        assertEquals(Map.of(
                "/value", "must be a JSON number (Wh)",
                "/statementReason", "must be LinkyHalfHourElecConsumption: this format maps Linky half-hour consumption only",
                "/end", "must be 30 minutes after start: each record is one half-hour",
                "/contractNumber", "must be 6 to 20 digits"), refused(format, record));
        assertEquals(Map.of("/start", "has an offset that is not the Europe/Paris offset at that local time"),
                refused(format, withPrm(0).put("start", "2017-03-01T00:00:00+02:00")));
        assertEquals(Map.of("/start", "must be a local date-time written yyyy-MM-ddTHH:mm:ss (a real calendar date),"
                + " optionally with the Europe/Paris offset"), refused(format, withPrm(0).put("start", "2017-02-29T00:00:00")));
        assertEquals(Map.of("/value", "must not be negative"), refused(format, withPrm(0).put("value", -1)));
        assertEquals("must be a PRM of 14 digits; it has 10",
                refused(format, withPrm(0).put("usagePointId", "1234654321")).get("/usagePointId"));
    }
}

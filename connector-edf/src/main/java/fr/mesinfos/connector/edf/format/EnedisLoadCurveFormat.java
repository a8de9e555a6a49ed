package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.LoadCurvePoint;

/** Enedis Data Connect load curves (meter_reading.interval_reading[]), the metering format Enedis really serves. */
@ApplicationScoped
public class EnedisLoadCurveFormat implements PartnerFormat {
    static final String P = DataConnectEnvelope.POINTER;
    // uuuu, not yyyy: with the strict resolver, yyyy would require an era
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, Duration> LENGTHS = Map.of(
            "PT10M", Duration.ofMinutes(10), "PT15M", Duration.ofMinutes(15),
            "PT30M", Duration.ofMinutes(30), "PT60M", Duration.ofMinutes(60));
    static final Map<String, LoadCurvePoint.Quality> QUALITIES = Map.of(
            "BRUT", LoadCurvePoint.Quality.RAW, "CORRIGE", LoadCurvePoint.Quality.CORRECTED);
    static final Map<String, LoadCurvePoint.Unit> UNITS = Map.of("W", LoadCurvePoint.Unit.W, "Wh", LoadCurvePoint.Unit.WH);

    @Override
    public String name() {
        return "enedis-load-curve";
    }

    @Override
    public String description() {
        return "Enedis Data Connect load curve: one meter_reading per record, interval_reading[] with string values and"
                + " local Europe/Paris end-of-interval dates";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        DataConnectEnvelope envelope = DataConnectEnvelope.read(f, record);
        if (envelope == null) {
            return List.of();
        }
        JsonNode reading = envelope.reading();
        String prm = envelope.prm();
        LocalDate from = envelope.from();
        LocalDate to = envelope.to();
        LoadCurvePoint.Quality quality = f.code(reading, P, "quality", false, QUALITIES);
        LoadCurvePoint.Unit unit = null;
        JsonNode type = f.object(reading, P, "reading_type", true);
        if (type != null) {
            unit = f.code(type, P + "/reading_type", "unit", true, UNITS);
            if (unit != null) {
                // Data Connect says power for a W curve (average) and energy for a Wh curve (sum)
                f.expect(type, P + "/reading_type", "measurement_kind", false,
                        unit == LoadCurvePoint.Unit.W ? "power" : "energy", "it must agree with the unit");
            }
        }
        JsonNode readings = f.array(reading, P, "interval_reading", true);
        if (readings == null) {
            return List.of();
        }
        List<Mapped> mapped = new ArrayList<>();
        Map<LocalDateTime, Integer> seen = new HashMap<>();
        Instant previousEnd = null;
        for (int i = 0; i < readings.size(); i++) {
            String at = P + "/interval_reading/" + i;
            JsonNode one = readings.get(i);
            if (!one.isObject()) {
                f.error(at, "must be a JSON object");
                continue;
            }
            BigDecimal value = f.quantity(f.decimalString(one, at, "value", true), at + "/value");
            Duration length = f.code(one, at, "interval_length", true, LENGTHS);
            String measureType = f.text(one, at, "measure_type", false);
            if (measureType != null && !measureType.matches("[A-Z]")) {
                f.error(at + "/measure_type", "must be one capital letter");
            }
            Instant end = endInstant(f, one, at, seen);
            if (end == null) {
                continue;
            }
            if (previousEnd != null && !end.isAfter(previousEnd)) {
                f.error(at + "/date", "must be after the previous reading's date: readings come in chronological order,"
                        + " each interval once");
                continue;
            }
            previousEnd = end;
            if (length == null || value == null || prm == null || unit == null) {
                continue;
            }
            Instant start = end.minus(length);
            if (from != null && to != null
                    && (start.isBefore(ParisTime.startOfDay(from)) || end.isAfter(ParisTime.startOfDay(to)))) {
                f.error(at + "/date", "must lie between the start and end days of the meter reading");
                continue;
            }
            mapped.add(new Mapped(prm, new LoadCurvePoint(prm, start, end, value.doubleValue(), unit, length,
                    LoadCurvePoint.FlowDirection.CONSUMPTION, quality, measureType)));
        }
        return f.hasErrors() ? List.of() : mapped;
    }

    /**
     * The end of the interval as an instant. The date is local Europe/Paris time: in the spring gap it does not
     * exist (refused); in the repeated autumn hour it exists twice, and the order of the readings tells which: the
     * first occurrence in the record is summer time (+02:00), the second winter time (+01:00).
     */
    private static Instant endInstant(Fields f, JsonNode one, String at, Map<LocalDateTime, Integer> seen) {
        String text = f.text(one, at, "date", true);
        if (text == null) {
            return null;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text, LOCAL);
        } catch (java.time.DateTimeException e) {
            f.error(at + "/date", "must be a local date-time written yyyy-MM-dd HH:mm:ss (a real calendar date)");
            return null;
        }
        ZoneOffsetTransition transition = ParisTime.ZONE.getRules().getTransition(local);
        if (transition == null) {
            return ZonedDateTime.of(local, ParisTime.ZONE).toInstant();
        }
        if (transition.isGap()) {
            f.error(at + "/date", "does not exist in Europe/Paris: it falls in the hour skipped when summer time"
                    + " starts");
            return null;
        }
        int occurrence = seen.merge(local, 1, Integer::sum);
        if (occurrence > 2) {
            f.error(at + "/date", "appears a third time: a local time of the repeated autumn hour appears at most"
                    + " twice");
            return null;
        }
        ZoneOffset offset = occurrence == 1 ? transition.getOffsetBefore() : transition.getOffsetAfter();
        return local.toInstant(offset);
    }
}

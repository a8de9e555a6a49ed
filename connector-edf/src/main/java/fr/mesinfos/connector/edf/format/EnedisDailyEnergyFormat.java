package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.DailyConsumption;

/** Enedis Data Connect daily consumption (meter_reading.interval_reading[] of local days, Wh as strings). */
@ApplicationScoped
public class EnedisDailyEnergyFormat implements PartnerFormat {
    private static final String P = EnedisLoadCurveFormat.P;

    @Override
    public String name() {
        return "enedis-daily-energy";
    }

    @Override
    public String description() {
        return "Enedis Data Connect daily consumption: one meter_reading per record, interval_reading[] of local days"
                + " with Wh values as strings";
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
        // quality is not part of the canonical daily consumption; it is only checked to be an Enedis code
        f.code(reading, P, "quality", false, EnedisLoadCurveFormat.QUALITIES);
        JsonNode type = f.object(reading, P, "reading_type", true);
        if (type != null) {
            f.expect(type, P + "/reading_type", "unit", true, "Wh", "daily consumption is an energy");
            f.expect(type, P + "/reading_type", "measurement_kind", false, "energy", "daily consumption is an energy");
            f.expect(type, P + "/reading_type", "measuring_period", false, "P1D", "each reading is one local day");
        }
        JsonNode readings = f.array(reading, P, "interval_reading", true);
        if (readings == null) {
            return List.of();
        }
        List<Mapped> mapped = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < readings.size(); i++) {
            String at = P + "/interval_reading/" + i;
            JsonNode one = readings.get(i);
            if (!one.isObject()) {
                f.error(at, "must be a JSON object");
                continue;
            }
            BigDecimal value = f.quantity(f.decimalString(one, at, "value", true), at + "/value");
            f.expect(one, at, "interval_length", false, "P1D", "each reading is one local day");
            LocalDate day = f.date(one, at, "date", true);
            if (day == null) {
                continue;
            }
            if (previous != null && !day.isAfter(previous)) {
                f.error(at + "/date", "must be after the previous reading's date: readings come in chronological order,"
                        + " each day once");
                continue;
            }
            previous = day;
            // Data Connect's end is exclusive: a reading of the end day itself is outside the request
            if (from != null && to != null && (day.isBefore(from) || !day.isBefore(to))) {
                f.error(at + "/date", "must be on or after start and before end of the meter reading");
                continue;
            }
            if (value != null && prm != null) {
                mapped.add(new Mapped(prm, new DailyConsumption(prm, day, ParisTime.startOfDay(day),
                        ParisTime.startOfDay(day.plusDays(1)), value.doubleValue(),
                        DailyConsumption.Origin.ENEDIS_DAILY_ENERGY, DailyConsumption.ReadingType.MEASURED)));
            }
        }
        return f.hasErrors() ? List.of() : mapped;
    }
}

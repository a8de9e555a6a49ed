package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.LoadCurvePoint;

/**
 * EDF's Linky half-hour consumption (consommation_linky_demiheure.json, LinkyHalfHourElecConsumption, Wh). EDF names
 * the contract, not the meter, so the partner adds the PRM as usagePointId.
 */
@ApplicationScoped
public class LinkyHalfHourFormat implements PartnerFormat {
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Override
    public String name() {
        return "linky-half-hour";
    }

    @Override
    public String description() {
        return "EDF Linky half-hour consumption statements (LinkyHalfHourElecConsumption, Wh, local start and end),"
                + " with the meter's PRM added as usagePointId";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        String prm = f.prm(record, "", "usagePointId");
        f.digits(record, "", "contractNumber", false, 6, 20);
        f.expect(record, "", "statementReason", true, "LinkyHalfHourElecConsumption",
                "this format maps Linky half-hour consumption only");
        f.expect(record, "", "statementCategory", false, "linky", "this format maps Linky half-hour consumption only");
        f.expect(record, "", "statementType", false, "mesure", "this format maps measured Linky half-hours only");
        BigDecimal value = null;
        JsonNode valueNode = record.get("value");
        if (!Fields.absent(valueNode) && !valueNode.isNumber()) {
            f.error("/value", "must be a JSON number (Wh)");
        } else {
            value = f.quantity(f.decimal(record, "", "value", true), "/value");
        }
        Instant start = start(f, record);
        Instant end = null;
        if (start != null) {
            end = start.plus(HALF_HOUR);
            checkEnd(f, record, end);
        }
        if (f.hasErrors()) {
            return List.of();
        }
        return List.of(new Mapped(prm, new LoadCurvePoint(prm, start, end, value.doubleValue(), LoadCurvePoint.Unit.WH,
                HALF_HOUR, LoadCurvePoint.FlowDirection.CONSUMPTION, null, null)));
    }

    /**
     * Local Europe/Paris time without offset, as EDF writes it; an offset is accepted when it is Paris' own at that
     * time, and required in the repeated autumn hour, where the local time alone names two instants.
     */
    private static Instant start(Fields f, JsonNode record) {
        String text = f.text(record, "", "start", true);
        if (text == null) {
            return null;
        }
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            if (!ParisTime.ZONE.getRules().isValidOffset(withOffset.toLocalDateTime(), withOffset.getOffset())) {
                f.error("/start", "has an offset that is not the Europe/Paris offset at that local time");
                return null;
            }
            return withOffset.toInstant();
        } catch (DateTimeException notWithOffset) {
            // the usual case: a local time
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeException e) {
            f.error("/start", "must be a local date-time written yyyy-MM-ddTHH:mm:ss (a real calendar date),"
                    + " optionally with the Europe/Paris offset");
            return null;
        }
        ZoneOffsetTransition transition = ParisTime.ZONE.getRules().getTransition(local);
        if (transition == null) {
            return local.atZone(ParisTime.ZONE).toInstant();
        }
        if (transition.isGap()) {
            f.error("/start", "does not exist in Europe/Paris: it falls in the hour skipped when summer time starts");
        } else {
            f.error("/start", "falls in the repeated autumn hour and names two instants: write it with its offset"
                    + " (+02:00 for the first pass, +01:00 for the second)");
        }
        return null;
    }

    /** The end is start + 30 min; the record's end must say the same instant (its local time, or with offset). */
    private static void checkEnd(Fields f, JsonNode record, Instant expected) {
        String text = f.text(record, "", "end", true);
        if (text == null) {
            return;
        }
        boolean same;
        try {
            same = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().equals(expected);
        } catch (DateTimeException notWithOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                same = local.equals(LocalDateTime.ofInstant(expected, ParisTime.ZONE));
            } catch (DateTimeException e) {
                f.error("/end", "must be a local date-time written yyyy-MM-ddTHH:mm:ss (a real calendar date),"
                        + " optionally with the Europe/Paris offset");
                return;
            }
        }
        if (!same) {
            f.error("/end", "must be 30 minutes after start: each record is one half-hour");
        }
    }
}

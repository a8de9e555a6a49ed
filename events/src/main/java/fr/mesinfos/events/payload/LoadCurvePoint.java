package fr.mesinfos.events.payload;

import fr.mesinfos.events.WireCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** edf.load-curve: one point of a Linky load curve, between two UTC instants (Enedis CDC or EDF half-hour data). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoadCurvePoint(
        String usagePointId,
        Instant start,
        Instant end,
        double value,
        Unit unit,
        Duration intervalLength,
        FlowDirection flowDirection,
        Quality quality,
        String measureType) implements CategoryPayload {

    /** W: average power over the interval; Wh: energy over the interval. */
    public enum Unit implements WireCode {
        W, WH;

        @Override
        public String json() {
            return switch (this) {
                case W -> "W";
                case WH -> "Wh";
            };
        }
    }

    /** Energy drawn from (consumption) or injected into (production) the grid. */
    public enum FlowDirection implements WireCode {
        CONSUMPTION, PRODUCTION
    }

    /** Enedis data quality: raw (BRUT) or corrected (CORRIGE). */
    public enum Quality implements WireCode {
        RAW, CORRECTED
    }

    @Override
    public List<String> naturalKey() {
        return List.of(usagePointId, start.toString(), unit.json(), flowDirection.json());
    }

    @Override
    public Instant occurredAt() {
        return start;
    }

    @Override
    public List<Violation> consistencyViolations() {
        List<Violation> violations = new ArrayList<>();
        if (!end.isAfter(start)) {
            violations.add(new Violation("/end", "must be after start"));
        } else if (!start.plus(intervalLength).equals(end)) {
            violations.add(new Violation("/end", "must equal start + intervalLength (" + intervalLength + ")"));
        }
        return violations;
    }
}

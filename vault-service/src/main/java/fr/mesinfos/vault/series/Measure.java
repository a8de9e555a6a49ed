package fr.mesinfos.vault.series;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.support.problem.ProblemException;

/**
 * How a time-series category turns into energy points: the load curve (consumption only; a W point is an average power
 * over its interval, a Wh point already an energy) and the daily consumption (Enedis measures preferred; an EDF billing
 * statement counts only for a day Enedis did not give, so no day is counted twice).
 */
enum Measure {
    LOAD_CURVE, DAILY_CONSUMPTION;

    /** One fact as an energy over an interval; {@code preferred} false = only used when nothing preferred covers it. */
    record Point(Instant start, double energyWh, boolean preferred) {
    }

    static Measure of(Category category) {
        return switch (category) {
            case EDF_LOAD_CURVE -> LOAD_CURVE;
            case EDF_DAILY_CONSUMPTION -> DAILY_CONSUMPTION;
            default -> throw ProblemException.invalidParameter("category",
                    category.id() + " is not a time series; series exist for edf.load-curve and edf.daily-consumption");
        };
    }

    Optional<Point> point(JsonNode payload, Instant time) {
        return switch (this) {
            case LOAD_CURVE -> {
                if (!"consumption".equals(payload.path("flowDirection").asText("consumption"))) {
                    yield Optional.empty();
                }
                double value = payload.path("value").asDouble();
                double hours = Duration.parse(payload.path("intervalLength").asText()).toSeconds() / 3600.0;
                yield Optional.of(new Point(time, "W".equals(payload.path("unit").asText()) ? value * hours : value, true));
            }
            case DAILY_CONSUMPTION -> Optional.of(new Point(time, payload.path("energyWh").asDouble(),
                    "enedis-daily-energy".equals(payload.path("source").asText())));
        };
    }
}

package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.LoadCurvePoint;

/** The pilot's older Enedis load curve (enedis_loadcurve.json: CDC, 30 min, one local day, numbered readings). */
@ApplicationScoped
public class EnedisLegacyLoadCurveFormat extends LegacyEnedisFormat {
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Override
    public String name() {
        return "enedis-load-curve-legacy";
    }

    @Override
    public String description() {
        return "Older Enedis load curve extract of the pilot: usage_point[].meter_reading.interval_block[] of one local"
                + " day, reading_number n being the n-th half-hour of that day";
    }

    @Override
    String measurementKind() {
        return "CDC";
    }

    @Override
    String timeAttribute() {
        return "30mn";
    }

    @Override
    void check(Fields f, Reading reading) {
        if (!EnedisLoadCurveFormat.UNITS.containsKey(reading.unit())) {
            f.error(reading.pointer() + "/unit", "must be one of [W, Wh]");
        }
        // reading_number counts the half-hours of one local day, so the period is that day
        if (!reading.to().equals(reading.from().plusDays(1))) {
            f.error(reading.pointer() + "/end_measurement_period",
                    "must be the day after start_measurement_period: a load curve extract covers one local day");
        }
    }

    /** 46 on the spring daylight-saving day, 50 on the autumn one, 48 otherwise. */
    @Override
    int readingCount(Reading reading) {
        return (int) Duration.between(ParisTime.startOfDay(reading.from()), ParisTime.startOfDay(reading.to()))
                .dividedBy(HALF_HOUR);
    }

    // counted in elapsed time from local midnight, so the repeated or skipped hour needs no special case
    @Override
    CategoryPayload payload(Reading reading, int n, BigDecimal value) {
        Instant start = ParisTime.startOfDay(reading.from()).plus(HALF_HOUR.multipliedBy(n - 1L));
        return new LoadCurvePoint(reading.prm(), start, start.plus(HALF_HOUR), value.doubleValue(),
                EnedisLoadCurveFormat.UNITS.get(reading.unit()), HALF_HOUR, reading.direction(), reading.quality(), null);
    }
}

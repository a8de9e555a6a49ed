package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.events.payload.LoadCurvePoint;

/** The pilot's older Enedis daily energy (enedis_energy.json: ENERGIEGLO, Wh per local day, numbered readings). */
@ApplicationScoped
public class EnedisLegacyDailyEnergyFormat extends LegacyEnedisFormat {

    @Override
    public String name() {
        return "enedis-daily-energy-legacy";
    }

    @Override
    public String description() {
        return "Older Enedis daily energy extract of the pilot: usage_point[].meter_reading.interval_block[] in Wh,"
                + " reading_number n being the n-th day of the period";
    }

    @Override
    String measurementKind() {
        return "ENERGIEGLO";
    }

    @Override
    String timeAttribute() {
        return "day";
    }

    @Override
    void check(Fields f, Reading reading) {
        if (!reading.unit().equals("Wh")) {
            f.error(reading.pointer() + "/unit", "must be Wh: daily energies are energies");
        }
        if (reading.direction() != LoadCurvePoint.FlowDirection.CONSUMPTION) {
            f.error(reading.pointer() + "/flow_direction", "must be forward: daily consumption is energy drawn");
        }
    }

    @Override
    int readingCount(Reading reading) {
        return (int) ChronoUnit.DAYS.between(reading.from(), reading.to());
    }

    @Override
    CategoryPayload payload(Reading reading, int n, BigDecimal value) {
        LocalDate day = reading.from().plusDays(n - 1L);
        return new DailyConsumption(reading.prm(), day, ParisTime.startOfDay(day), ParisTime.startOfDay(day.plusDays(1)),
                value.doubleValue(), DailyConsumption.Origin.ENEDIS_DAILY_ENERGY, DailyConsumption.ReadingType.MEASURED);
    }
}

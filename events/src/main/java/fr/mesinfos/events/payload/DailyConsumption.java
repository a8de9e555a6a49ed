package fr.mesinfos.events.payload;

import fr.mesinfos.events.WireCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** edf.daily-consumption: the electricity a usage point consumed over one local day (Europe/Paris). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DailyConsumption(
        String usagePointId,
        LocalDate date,
        Instant start,
        Instant end,
        double energyWh,
        Origin source,
        ReadingType readingType) implements CategoryPayload {

    /** Where the value comes from: Enedis daily energy, or an EDF billing statement. */
    public enum Origin implements WireCode {
        ENEDIS_DAILY_ENERGY, EDF_BILLING_STATEMENT
    }

    /** Measured (REEL, mesure) or estimated (ESTIME). */
    public enum ReadingType implements WireCode {
        MEASURED, ESTIMATED
    }

    @Override
    public List<String> naturalKey() {
        return List.of(usagePointId, date.toString(), source.json());
    }

    @Override
    public Instant occurredAt() {
        return start;
    }

    @Override
    public List<Violation> consistencyViolations() {
        return end.isAfter(start) ? List.of() : List.of(new Violation("/end", "must be after start"));
    }
}

package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
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
    public enum Origin {
        ENEDIS_DAILY_ENERGY("enedis-daily-energy"), EDF_BILLING_STATEMENT("edf-billing-statement");

        private final String json;

        Origin(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
    }

    /** Measured (REEL, mesure) or estimated (ESTIME). */
    public enum ReadingType {
        MEASURED("measured"), ESTIMATED("estimated");

        private final String json;

        ReadingType(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
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

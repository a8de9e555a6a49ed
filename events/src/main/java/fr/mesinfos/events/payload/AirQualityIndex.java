package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** opendata.air-quality: the daily ATMO index of a commune, with its sub-index per pollutant. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AirQualityIndex(
        String inseeCode, String communeName, LocalDate date, int atmoIndex, SubIndices subIndices, String publisher)
        implements CommuneDailyFact {

    /** ATMO sub-index per pollutant, 1 (good) to 6 (extremely poor); SO2 where published. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubIndices(int no2, int pm10, int pm25, int o3, Integer so2) {
        int worst() {
            return IntStream.of(no2, pm10, pm25, o3, so2 == null ? 0 : so2).max().orElseThrow();
        }
    }

    @Override
    public List<Violation> consistencyViolations() {
        if (atmoIndex != subIndices.worst()) {
            return List.of(new Violation("/atmoIndex", "must equal the worst (highest) sub-index"));
        }
        return List.of();
    }
}

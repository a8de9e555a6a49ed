package fr.mesinfos.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** opendata.weather: the day's minimum, maximum and mean temperatures for a commune. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DailyWeather(
        String inseeCode,
        String communeName,
        LocalDate date,
        double minTemperatureC,
        double maxTemperatureC,
        double meanTemperatureC,
        String stationId) implements CommuneDailyFact {

    @Override
    public List<Violation> consistencyViolations() {
        List<Violation> violations = new ArrayList<>();
        if (minTemperatureC > maxTemperatureC) {
            violations.add(new Violation("/minTemperatureC", "must not exceed maxTemperatureC"));
        }
        if (meanTemperatureC < minTemperatureC || meanTemperatureC > maxTemperatureC) {
            violations.add(new Violation("/meanTemperatureC", "must lie between minTemperatureC and maxTemperatureC"));
        }
        return violations;
    }
}

package fr.mesinfos.opendata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import fr.mesinfos.events.payload.DailyWeather;

/** The Météo-France daily CSV loader on the project's sample and on a file with bad rows. */
class WeatherCsvLoaderTest {
    private static final Function<String, Optional<String>> BRON_ONLY = code -> code.equals("69029") ? Optional.of("Bron") : Optional.empty();
    private final WeatherCsvLoader loader = new WeatherCsvLoader();

    @Test
    void readsTheSampleEveryDayForTwoStations() {
        Parsed<DailyWeather> parsed = loader.read(Resources.reader(Resources.WEATHER), BRON_ONLY);

        // 2024-11-01 to 2026-11-30: 760 days, two stations
        assertEquals(760 * 2, parsed.rowsRead());
        assertEquals(760 * 2, parsed.items().size());
        assertEquals(List.of(), parsed.rejected());
        assertEquals(new DailyWeather("69029", "Bron", LocalDate.of(2024, 11, 1), 3.4, 14.9, 9.5, "69029001"), parsed.items().getFirst());
        assertEquals(760, parsed.items().stream().filter(w -> w.stationId().equals("69299001") && w.inseeCode().equals("69299")).count());
        // a seasonal curve: July is warm, January cold
        assertTrue(monthlyMean(parsed, 7) > 19 && monthlyMean(parsed, 7) < 27, "July " + monthlyMean(parsed, 7));
        assertTrue(monthlyMean(parsed, 1) > 0 && monthlyMean(parsed, 1) < 6, "January " + monthlyMean(parsed, 1));
    }

    @Test
    void reportsBadRowsWithTheirLineAndLoadsTheOthers() {
        Parsed<DailyWeather> parsed = loader.read(Resources.reader("load/meteo-malformed.csv"), BRON_ONLY);

        assertEquals(8, parsed.rowsRead());
        assertEquals(List.of(
                // decimal commas, extra columns
                new DailyWeather("69029", "Bron", LocalDate.of(2025, 1, 15), -2.4, 6.1, 1.9, "69029001"),
                // no TM: the mean of TN and TX
                new DailyWeather("69029", "Bron", LocalDate.of(2025, 1, 16), -1.0, 5.0, 2.0, "69029001"),
                // a commune the service does not know: the station's name
                new DailyWeather("69299", "LYON-ST EXUPERY", LocalDate.of(2025, 1, 15), -3.1, 5.2, 1.0, "69299001")),
                parsed.items());
        assertEquals(List.of(
                new Rejection(4, "TN (minimum) must not exceed TX (maximum)"),
                new Rejection(5, "TX is missing"),
                new Rejection(6, "AAAAMMJJ must be a date (AAAAMMJJ)"),
                new Rejection(7, "NUM_POSTE must be an 8-digit Météo-France station number"),
                new Rejection(9, "/meanTemperatureC: must lie between minTemperatureC and maxTemperatureC")),
                parsed.rejected());
    }

    private static double monthlyMean(Parsed<DailyWeather> parsed, int month) {
        return parsed.items().stream().filter(w -> w.inseeCode().equals("69029") && w.date().getMonthValue() == month)
                .mapToDouble(DailyWeather::meanTemperatureC).average().orElseThrow();
    }
}

package fr.mesinfos.opendata.load;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import fr.mesinfos.events.payload.DailyWeather;

/**
 * Reads Météo-France's "données climatologiques de base quotidiennes" CSV (semicolon separated; NUM_POSTE, NOM_USUEL,
 * AAAAMMJJ, TN, TX, TM among many other columns) into opendata.weather payloads: the commune is the first five digits
 * of the station number (69029001 LYON-BRON: Bron, 69029); a missing TM is the mean of TN and TX.
 */
public class WeatherCsvLoader {
    static final List<String> REQUIRED = List.of("NUM_POSTE", "NOM_USUEL", "AAAAMMJJ", "TN", "TX");

    /**
     * Every row of the source: the good ones as payloads, the bad ones with line and reason; {@code communeName} names
     * a commune by its INSEE code (the station's name stands in for an unknown one).
     */
    public Parsed<DailyWeather> read(Reader source, Function<String, Optional<String>> communeName) {
        Parsed.Builder<DailyWeather> parsed = new Parsed.Builder<>();
        CsvTable.read(source, ';', REQUIRED, (record, line) -> {
            parsed.read();
            Cells cells = new Cells(record);
            String station = cells.text("NUM_POSTE");
            if (station != null && !station.matches("[0-9]{8}")) {
                cells.problem("NUM_POSTE must be an 8-digit Météo-France station number");
                station = null;
            }
            String stationName = cells.text("NOM_USUEL");
            LocalDate date = cells.date("AAAAMMJJ", cells.text("AAAAMMJJ"), DateTimeFormatter.BASIC_ISO_DATE, "(AAAAMMJJ)");
            Double min = cells.decimal("TN");
            Double max = cells.decimal("TX");
            Double mean = cells.optionalDecimal("TM");
            if (min != null && max != null && min > max) {
                cells.problem("TN (minimum) must not exceed TX (maximum)");
            }
            if (!cells.ok()) {
                parsed.reject(line, cells.problems());
                return;
            }
            String inseeCode = station.substring(0, 5);
            double meanOfDay = mean != null ? mean : Math.round((min + max) / 2 * 10) / 10.0;
            parsed.addChecked(line, new DailyWeather(inseeCode, communeName.apply(inseeCode).orElse(stationName), date,
                    min, max, meanOfDay, station));
        });
        return parsed.build();
    }
}

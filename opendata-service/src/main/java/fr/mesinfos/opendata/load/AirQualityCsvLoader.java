package fr.mesinfos.opendata.load;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.mesinfos.events.payload.AirQualityIndex;

/**
 * Reads the ATMO France open-data CSV of the daily "indice ATMO" per commune (comma separated: date_ech, code_zone,
 * lib_zone, code_qual, code_no2, code_so2, code_o3, code_pm10, code_pm25, source...) into opendata.air-quality payloads.
 */
public class AirQualityCsvLoader {
    static final List<String> REQUIRED = List.of("date_ech", "code_zone", "lib_zone", "code_qual", "code_no2", "code_o3",
            "code_pm10", "code_pm25");

    /** Every row of the source: the good ones as payloads, the bad ones with line and reason. */
    public Parsed<AirQualityIndex> read(Reader source) {
        Parsed.Builder<AirQualityIndex> parsed = new Parsed.Builder<>();
        CsvTable.read(source, ',', REQUIRED, (record, line) -> {
            parsed.read();
            Cells cells = new Cells(record);
            String zoneType = cells.optionalText("type_zone");
            if (zoneType != null && !zoneType.equalsIgnoreCase("commune")) {
                cells.problem("type_zone must be commune");
            }
            LocalDate date = cells.date("date_ech", day(cells.text("date_ech")), DateTimeFormatter.ISO_LOCAL_DATE, "(YYYY-MM-DD)");
            String inseeCode = cells.text("code_zone");
            String communeName = cells.text("lib_zone");
            Integer atmo = cells.integer("code_qual", 1, 6);
            Integer no2 = cells.integer("code_no2", 1, 6);
            Integer pm10 = cells.integer("code_pm10", 1, 6);
            Integer pm25 = cells.integer("code_pm25", 1, 6);
            Integer o3 = cells.integer("code_o3", 1, 6);
            // 0 (or empty) means not computed: SO2 is optional in the ATMO index
            Integer so2 = "0".equals(cells.optionalText("code_so2")) ? null : cells.optionalInteger("code_so2", 1, 6);
            if (!cells.ok()) {
                parsed.reject(line, cells.problems());
                return;
            }
            parsed.addChecked(line, new AirQualityIndex(inseeCode, communeName, date, atmo,
                    new AirQualityIndex.SubIndices(no2, pm10, pm25, o3, so2), cells.optionalText("source")));
        });
        return parsed.build();
    }

    /** date_ech is a day, sometimes written as a timestamp (2025-09-01 00:00:00+00, 2025/09/01): its first ten characters. */
    private static String day(String dateEch) {
        if (dateEch == null) {
            return null;
        }
        String day = dateEch.length() > 10 ? dateEch.substring(0, 10) : dateEch;
        return day.replace('/', '-');
    }
}

package fr.mesinfos.opendata.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.events.payload.DailyConsumption.Origin;
import fr.mesinfos.events.payload.DailyWeather;

/**
 * A small year whose figures are computed by hand (EnergyWeatherCalculatorTest): the person's daily kWh and the
 * commune's temperatures, HDD = max(0, 18 − (Tmin + Tmax) / 2).
 *
 * <pre>
 *  date        Tmin Tmax  mean  HDD   kWh
 *  2025-01-01   -2    2    0    18    30
 *  2025-01-02    0    6    3    15    27
 *  2025-01-03    4    8    6    12    24
 *  2025-01-04    6   10    8    10    21
 *  2025-07-01   18   30   24     0    —   (weather only)
 *  2025-12-01    6   10    8    10    20
 *  2025-12-02    8   12   10     8    18
 *  2026-01-01    0    4    2    16    26   (and an EDF billing figure of 99 kWh: the Linky one wins)
 *  2026-01-02    2    8    5    13    23   (EDF billing only)
 *  2026-01-03    4   10    7    11    22
 *  2026-01-04    8   12   10     8    17
 * </pre>
 */
public final class EnergyFixtures {
    /** A commune of these fixtures only: the service's own sample weather (Bron, 69029) must not mix into the figures. */
    public static final String COMMUNE = "69901";
    public static final String PRM = "09111642617347";

    private EnergyFixtures() {
    }

    public static List<DailyWeather> weather() {
        List<DailyWeather> days = new ArrayList<>();
        days.add(day("2025-01-01", -2, 2));
        days.add(day("2025-01-02", 0, 6));
        days.add(day("2025-01-03", 4, 8));
        days.add(day("2025-01-04", 6, 10));
        days.add(day("2025-07-01", 18, 30));
        days.add(day("2025-12-01", 6, 10));
        days.add(day("2025-12-02", 8, 12));
        days.add(day("2026-01-01", 0, 4));
        days.add(day("2026-01-02", 2, 8));
        days.add(day("2026-01-03", 4, 10));
        days.add(day("2026-01-04", 8, 12));
        return days;
    }

    public static List<DailyConsumption> readings() {
        return List.of(
                linky("2025-01-01", 30), linky("2025-01-02", 27), linky("2025-01-03", 24), linky("2025-01-04", 21),
                linky("2025-12-01", 20), linky("2025-12-02", 18),
                linky("2026-01-01", 26), reading(PRM, "2026-01-01", 99, Origin.EDF_BILLING_STATEMENT),
                reading(PRM, "2026-01-02", 23, Origin.EDF_BILLING_STATEMENT),
                linky("2026-01-03", 22), linky("2026-01-04", 17));
    }

    static DailyConsumption linky(String date, double kWh) {
        return reading(PRM, date, kWh, Origin.ENEDIS_DAILY_ENERGY);
    }

    static DailyConsumption reading(String prm, String date, double kWh, Origin origin) {
        LocalDate day = LocalDate.parse(date);
        return new DailyConsumption(prm, day, ParisTime.startOfDay(day), ParisTime.startOfDay(day.plusDays(1)), kWh * 1000, origin,
                DailyConsumption.ReadingType.MEASURED);
    }

    static DailyWeather day(String date, double min, double max) {
        return new DailyWeather(COMMUNE, "Commune des tests", LocalDate.parse(date), min, max, (min + max) / 2, "69901001");
    }
}

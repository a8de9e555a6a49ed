package fr.mesinfos.opendata.energy;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.events.payload.DailyConsumption.Origin;
import fr.mesinfos.events.payload.DailyWeather;
import fr.mesinfos.opendata.energy.EnergyWeather.DayFigures;
import fr.mesinfos.opendata.energy.EnergyWeather.Model;
import fr.mesinfos.opendata.energy.EnergyWeather.MonthFigures;
import fr.mesinfos.opendata.energy.EnergyWeather.Trend;
import fr.mesinfos.opendata.energy.EnergyWeather.YearOverYear;

/**
 * Meets a person's daily electricity with the outdoor temperature of a commune; pure computation, no transport, so
 * that every figure can be checked by hand.
 *
 * <ul>
 * <li>Readings: one figure per day and usage point, a Linky (Enedis daily energy) reading preferred to an EDF billing
 * one for the same day; the day's kWh is the sum over the person's usage points.</li>
 * <li>HDD (DJU) per day, base 18 °C, Météo-France: max(0, 18 − (Tmin + Tmax) / 2).</li>
 * <li>Model: kWh/day = base + slope × HDD by least squares over the days of the 12 months ending with the asked month
 * that have both a consumption and a temperature.</li>
 * <li>Normal HDD per day of a calendar month: the mean HDD of every loaded day of that calendar month (all years).</li>
 * <li>A month's figures use its days having both values (n days, A kWh, H HDD); normal HDD N = normal per day × n;
 * weather-normalised kWh = A × (base × n + slope × N) / (base × n + slope × H): the actual consumption scaled by the
 * ratio of what the model predicts in normal weather to what it predicts in the actual weather.</li>
 * <li>Trend: least-squares line of the normalised kWh per day against the month's rank over the 12 months; its change
 * per year = 12 × slope / mean × 100 (%).</li>
 * <li>Year over year: the month against the same month a year before (both normalised with the same model): raw kWh,
 * HDD and normalised kWh changes in %.</li>
 * </ul>
 */
public final class EnergyWeatherCalculator {
    /** What the answer says about the readings used. */
    public static final String READINGS_CHOICE = "one figure per day and usage point: a Linky (Enedis daily energy) "
            + "reading when there is one, else the EDF billing statement's; summed over the usage points";

    /** Consumption of one day, in kWh, and the kind of reading it comes from. */
    private record Consumed(double kWh, Origin source) {
    }

    public EnergyWeather compute(YearMonth month, String communeCode, List<DailyConsumption> readings, Collection<DailyWeather> weather) {
        Map<LocalDate, Consumed> consumed = perDay(readings);
        Map<LocalDate, DailyWeather> temperatures = new TreeMap<>();
        weather.stream().filter(w -> w.inseeCode().equals(communeCode)).forEach(w -> temperatures.put(w.date(), w));
        Map<Month, Double> normalPerDay = normalHddPerDay(temperatures.values());

        LocalDate windowFrom = month.minusMonths(11).atDay(1);
        LocalDate windowTo = month.atEndOfMonth();
        List<double[]> points = new ArrayList<>();
        for (LocalDate day = windowFrom; !day.isAfter(windowTo); day = day.plusDays(1)) {
            Consumed c = consumed.get(day);
            DailyWeather w = temperatures.get(day);
            if (c != null && w != null) {
                points.add(new double[] {DegreeDays.heating(w), c.kWh()});
            }
        }
        Optional<LeastSquares> fit = LeastSquares.fit(points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
        Model model = fit.map(f -> new Model(windowFrom, windowTo, f.points(), round(f.intercept(), 4), round(f.slope(), 4), round(f.r2(), 4)))
                .orElse(null);

        List<DayFigures> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            Consumed c = consumed.get(day);
            DailyWeather w = temperatures.get(day);
            days.add(new DayFigures(day, c == null ? null : round(c.kWh(), 3), c == null ? null : c.source().json(),
                    w == null ? null : w.meanTemperatureC(), w == null ? null : round(DegreeDays.heating(w), 2)));
        }

        List<Totals> twelve = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            twelve.add(totals(month.minusMonths(i), consumed, temperatures, normalPerDay, fit));
        }
        Totals thisMonth = twelve.getLast();
        Totals lastYear = totals(month.minusMonths(12), consumed, temperatures, normalPerDay, fit);

        String communeName = temperatures.values().stream().map(DailyWeather::communeName).filter(n -> n != null).findFirst().orElse(null);
        return new EnergyWeather(month, communeCode, communeName, READINGS_CHOICE, days, model, thisMonth.figures(),
                new Trend(twelve.stream().map(Totals::figures).toList(), trendPercentPerYear(twelve)),
                new YearOverYear(thisMonth.figures(), lastYear.figures(), change(thisMonth.kWhOrNull(), lastYear.kWhOrNull()),
                        change(thisMonth.hddOrNull(), lastYear.hddOrNull()), change(thisMonth.normalised(), lastYear.normalised())));
    }

    /** The day's kWh: per usage point the preferred reading (Enedis over EDF billing), summed over usage points. */
    static Map<LocalDate, Consumed> perDay(List<DailyConsumption> readings) {
        Map<LocalDate, Map<String, DailyConsumption>> chosen = new TreeMap<>();
        for (DailyConsumption reading : readings) {
            chosen.computeIfAbsent(reading.date(), d -> new HashMap<>())
                    .merge(reading.usagePointId(), reading, (a, b) -> rank(b.source()) < rank(a.source()) ? b : a);
        }
        Map<LocalDate, Consumed> days = new TreeMap<>();
        chosen.forEach((date, byPoint) -> {
            double kWh = byPoint.values().stream().mapToDouble(r -> r.energyWh() / 1000.0).sum();
            Origin source = byPoint.values().stream().map(DailyConsumption::source).max((a, b) -> Integer.compare(rank(a), rank(b))).orElseThrow();
            days.put(date, new Consumed(kWh, source));
        });
        return days;
    }

    /** Lower is preferred: the Linky meter's own measure first. */
    private static int rank(Origin origin) {
        return origin == Origin.ENEDIS_DAILY_ENERGY ? 0 : 1;
    }

    static Map<Month, Double> normalHddPerDay(Collection<DailyWeather> weather) {
        Map<Month, double[]> sums = new EnumMap<>(Month.class);
        for (DailyWeather day : weather) {
            double[] sum = sums.computeIfAbsent(day.date().getMonth(), m -> new double[2]);
            sum[0] += DegreeDays.heating(day);
            sum[1]++;
        }
        Map<Month, Double> normals = new EnumMap<>(Month.class);
        sums.forEach((m, sum) -> normals.put(m, sum[0] / sum[1]));
        return normals;
    }

    /** A month's sums over its days having both values, unrounded (figures() rounds for the answer). */
    private record Totals(YearMonth month, int days, double kWh, double hdd, Double normalHdd, Double normalised) {
        MonthFigures figures() {
            if (days == 0) {
                return new MonthFigures(month, 0, null, null, null, null);
            }
            return new MonthFigures(month, days, round(kWh, 3), round(hdd, 2), normalHdd == null ? null : round(normalHdd, 3),
                    normalised == null ? null : round(normalised, 3));
        }

        Double kWhOrNull() {
            return days == 0 ? null : kWh;
        }

        Double hddOrNull() {
            return days == 0 ? null : hdd;
        }
    }

    private static Totals totals(YearMonth month, Map<LocalDate, Consumed> consumed, Map<LocalDate, DailyWeather> temperatures,
            Map<Month, Double> normalPerDay, Optional<LeastSquares> fit) {
        int n = 0;
        double kWh = 0;
        double hdd = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            Consumed c = consumed.get(day);
            DailyWeather w = temperatures.get(day);
            if (c != null && w != null) {
                n++;
                kWh += c.kWh();
                hdd += DegreeDays.heating(w);
            }
        }
        if (n == 0) {
            return new Totals(month, 0, 0, 0, null, null);
        }
        Double normalHdd = normalPerDay.containsKey(month.getMonth()) ? normalPerDay.get(month.getMonth()) * n : null;
        Double normalised = null;
        if (fit.isPresent() && normalHdd != null) {
            double actualPredicted = fit.get().intercept() * n + fit.get().slope() * hdd;
            double normalPredicted = fit.get().intercept() * n + fit.get().slope() * normalHdd;
            if (actualPredicted > 0 && normalPredicted > 0) {
                normalised = kWh * normalPredicted / actualPredicted;
            }
        }
        return new Totals(month, n, kWh, hdd, normalHdd, normalised);
    }

    /** 12 × slope / mean × 100 of the normalised kWh per day against the month's rank 0..11; null under two months. */
    private static Double trendPercentPerYear(List<Totals> twelve) {
        List<double[]> points = new ArrayList<>();
        for (int rank = 0; rank < twelve.size(); rank++) {
            Totals t = twelve.get(rank);
            if (t.normalised() != null) {
                points.add(new double[] {rank, t.normalised() / t.days()});
            }
        }
        Optional<LeastSquares> line = LeastSquares.fit(points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
        double mean = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
        return line.filter(l -> mean > 0).map(l -> round(12 * l.slope() / mean * 100, 2)).orElse(null);
    }

    /** (now − before) / before × 100, rounded to 0.01; null when either is missing or before is 0. */
    private static Double change(Double now, Double before) {
        if (now == null || before == null || before == 0) {
            return null;
        }
        return round((now - before) / before * 100, 2);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}

package fr.mesinfos.opendata.energy;

import fr.mesinfos.events.payload.DailyWeather;

/** Heating degree-days (DJU) of a day, Météo-France method: max(0, 18 − (Tmin + Tmax) / 2). */
public final class DegreeDays {
    public static final double BASE_C = 18.0;

    private DegreeDays() {
    }

    public static double heating(double minC, double maxC) {
        return Math.max(0.0, BASE_C - (minC + maxC) / 2.0);
    }

    public static double heating(DailyWeather day) {
        return heating(day.minTemperatureC(), day.maxTemperatureC());
    }
}

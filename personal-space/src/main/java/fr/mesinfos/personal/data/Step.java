package fr.mesinfos.personal.data;

import java.time.LocalDate;

/** The width of a chart's bars; each has the span shown by default, ending with the person's latest data. */
public enum Step {
    HOUR(7), DAY(92), MONTH(730);

    private final int defaultDays;

    Step(int defaultDays) {
        this.defaultDays = defaultDays;
    }

    public static Step parse(String text, Step fallback) {
        if (text == null) {
            return fallback;
        }
        return switch (text) {
            case "hour" -> HOUR;
            case "day" -> DAY;
            case "month" -> MONTH;
            default -> fallback;
        };
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The first day of the default span ending on {@code last}. */
    public LocalDate defaultFrom(LocalDate last) {
        return last.minusDays(defaultDays - 1L);
    }
}

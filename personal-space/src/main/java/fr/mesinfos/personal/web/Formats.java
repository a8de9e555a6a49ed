package fr.mesinfos.personal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How the pages write times (Paris time, the pilot's) and energies, the same on every page. */
@TemplateExtension
public final class Formats {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PARIS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PARIS);

    private Formats() {
    }

    /** 2026-03-12 14:05, Paris time; empty when absent. */
    public static String paris(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** 2026-03-12, Paris day. */
    public static String parisDay(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A value for a link's query string. */
    public static String url(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A latitude or longitude to 5 decimals (about a metre). */
    public static String coord(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    /** Wh as kWh with two decimals. */
    public static String kwh(double wh) {
        return String.format(Locale.ROOT, "%.2f", wh / 1000.0);
    }
}

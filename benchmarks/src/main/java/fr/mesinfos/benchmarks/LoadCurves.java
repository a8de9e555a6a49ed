package fr.mesinfos.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.LoadCurvePoint;

/** The edf.load-curve facts the vault benchmark stores: many persons' half-hours for the rounds, one person's year for the queries. */
final class LoadCurves {
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final int PER_DAY = 48;

    /** One fact about one person, as a connector hands it to Kafka. */
    record Fact(String personId, LoadCurvePoint point) {
    }

    private LoadCurves() {
    }

    /**
     * {@code count} half-hours of round {@code round}: the persons take turns a day (48 points) at a time, as partners
     * push daily readings; every round lies in its own years, so no two rounds share an event id.
     */
    static List<Fact> round(int round, int count, int persons) {
        List<String> ids = new ArrayList<>(persons);
        for (int person = 0; person < persons; person++) {
            ids.add(personId(person));
        }
        return round(round, count, ids);
    }

    /** The same, for the given persons (the gate benchmark's real Keycloak users). */
    static List<Fact> round(int round, int count, List<String> personIds) {
        int persons = personIds.size();
        Instant base = LocalDate.of(2000 + 5 * round, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Fact> facts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int day = i / PER_DAY;
            int person = day % persons;
            Instant start = base.plus(Duration.ofDays(day / persons)).plus(HALF_HOUR.multipliedBy(i % PER_DAY));
            facts.add(new Fact(personIds.get(person), point(prm(person), start, i)));
        }
        return facts;
    }

    /** The i-th half-hour of one meter from 2040 on: a steady stream of distinct events for one person. */
    static Fact stream(String personId, int i) {
        Instant start = LocalDate.of(2040, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(HALF_HOUR.multipliedBy(i));
        return new Fact(personId, point("09000000000002", start, i));
    }

    /** Every half-hour of one Paris-time calendar year (17,520 points; 17,568 in a leap year) of one meter. */
    static List<Fact> year(String personId, int year) {
        Instant end = ParisTime.startOfDay(LocalDate.of(year + 1, 1, 1));
        List<Fact> facts = new ArrayList<>(17_568);
        int i = 0;
        for (Instant start = yearStart(year); start.isBefore(end); start = start.plus(HALF_HOUR)) {
            facts.add(new Fact(personId, point("09000000000001", start, i++)));
        }
        return facts;
    }

    static Instant yearStart(int year) {
        return ParisTime.startOfDay(LocalDate.of(year, 1, 1));
    }

    private static LoadCurvePoint point(String prm, Instant start, int i) {
        // an average power in W over the half-hour, varying like a household's (never negative)
        double watts = 150 + (i * 37 % 2_800) + (i % 7) * 0.5;
        return new LoadCurvePoint(prm, start, start.plus(HALF_HOUR), watts, LoadCurvePoint.Unit.W, HALF_HOUR,
                LoadCurvePoint.FlowDirection.CONSUMPTION, LoadCurvePoint.Quality.RAW, "B");
    }

    private static String personId(int person) {
        return UUID.nameUUIDFromBytes(("vault-benchmark-person-" + person).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String prm(int person) {
        return String.format(Locale.ROOT, "%014d", 19_000_000_000_000L + person);
    }
}

package fr.mesinfos.opendata.trips;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import fr.mesinfos.opendata.publicdata.TransitNetwork.Feed;
import fr.mesinfos.opendata.publicdata.TransitNetwork.Route;
import fr.mesinfos.opendata.publicdata.TransitNetwork.Stop;
import fr.mesinfos.opendata.publicdata.TransitNetwork.StopTime;
import fr.mesinfos.opendata.publicdata.TransitNetwork.Trip;

/**
 * A small world computed by hand (Europe/Paris, winter time): a person who commutes HOME → WORK around 08:00 and back
 * at 17:30 on Monday 12, Tuesday 13 and Wednesday 14 January 2026, then makes a one-off trip to the GYM and back on
 * Thursday 15; and a GTFS feed of a bus line "1" and a tram "T3" between a stop near HOME and a stop near WORK.
 *
 * <pre>
 * day  HOME→WORK leaves  arrives  minutes | WORK→HOME leaves  arrives  minutes
 * Mon            07:58    08:40       42  |            17:30    18:10       40
 * Tue            08:00    08:36       36  |            17:30    18:05       35
 * Wed            08:02    08:40       38  |            17:30    18:15       45
 * medians        08:00                38  |            17:30                40
 * Thu  HOME→GYM 10:00 → 10:30, GYM→HOME 11:30 → 12:00: once only, not regular
 * </pre>
 * Each stay is fixes every 10 minutes at its place, two of them 0.0005° north and south (about 56 m, inside the 150 m
 * stay radius and cancelling out in the mean), so every place's centre is exactly its point. One fix on the way of
 * each journey belongs to no stay. Stays: HOME 5 (Mon morning; Mon evening to Tue morning, likewise Tue→Wed and
 * Wed→Thu, as the night has no fix away from home; Thu noon), WORK 3, GYM 1: places P1 HOME, P2 WORK, P3 GYM.
 */
final class CommuteFixture {
    static final double[] HOME = {48.8500, 2.3000};
    static final double[] WORK = {48.8800, 2.3600};
    static final double[] GYM = {48.8300, 2.2700};
    static final double[] ON_THE_WAY = {48.8650, 2.3300};

    /** 0.002° north of HOME: 222.41 m (0.002 × 111,206.8 m per degree of latitude at 48.85°N). */
    static final Stop HOME_STOP = new Stop("S1", "Home stop", 48.8520, 2.3000);
    static final Stop MIDDLE_STOP = new Stop("S2", "Middle", 48.8650, 2.3300);
    /** 0.004° east of WORK: 293.39 m (0.004 × 73,347.4 m per degree of longitude at 48.88°N). */
    static final Stop WORK_STOP = new Stop("S3", "Work stop", 48.8800, 2.3640);

    static final Route BUS = new Route("L1", "1", "Gare – Campus", 3);
    static final Route TRAM = new Route("T3", "T3", "Tram 3", 0);

    private CommuteFixture() {
    }

    static List<Fix> fixes() {
        List<Fix> fixes = new ArrayList<>();
        for (int day = 12; day <= 14; day++) {
            LocalDate date = LocalDate.of(2026, 1, day);
            String[] leaveHome = {"07:58", "08:00", "08:02"};
            String[] reachWork = {"08:40", "08:36", "08:40"};
            String[] reachHome = {"18:10", "18:05", "18:15"};
            int i = day - 12;
            stay(fixes, HOME, at(date, "07:00"), at(date, leaveHome[i]));
            fixes.add(fix(ON_THE_WAY, at(date, "08:20")));
            stay(fixes, WORK, at(date, reachWork[i]), at(date, "17:30"));
            fixes.add(fix(ON_THE_WAY, at(date, "17:50")));
            stay(fixes, HOME, at(date, reachHome[i]), at(date, "21:00"));
        }
        LocalDate thursday = LocalDate.of(2026, 1, 15);
        stay(fixes, HOME, at(thursday, "07:00"), at(thursday, "10:00"));
        fixes.add(fix(new double[] {48.8400, 2.2850}, at(thursday, "10:15")));
        stay(fixes, GYM, at(thursday, "10:30"), at(thursday, "11:30"));
        fixes.add(fix(new double[] {48.8400, 2.2850}, at(thursday, "11:45")));
        stay(fixes, HOME, at(thursday, "12:00"), at(thursday, "13:00"));
        return fixes;
    }

    /**
     * The feed. For HOME→WORK (typical departure 08:00, window 08:00–09:00):
     * L1-0750 departs before the window; L1-0805 (wait 5, ride 20) beats L1-0820 (wait 20, ride 20) on route L1;
     * L1-R0810 runs WORK→HOME (S1 comes after S3); T3-0830 (wait 30, ride 15) is the tram's only option, T3-0905
     * leaving after the window. WORK→HOME at 17:30: no trip runs that way then, so not served.
     */
    static Feed feed() {
        return Feed.of("fixture", List.of(HOME_STOP, MIDDLE_STOP, WORK_STOP), List.of(
                trip("L1-0750", BUS, "S1", "07:50", "S2", "08:00", "S3", "08:10"),
                trip("L1-0805", BUS, "S1", "08:05", "S2", "08:15", "S3", "08:25"),
                trip("L1-0820", BUS, "S1", "08:20", "S2", "08:30", "S3", "08:40"),
                trip("L1-R0810", BUS, "S3", "08:10", "S2", "08:20", "S1", "08:30"),
                trip("T3-0830", TRAM, "S1", "08:30", "S3", "08:45"),
                trip("T3-0905", TRAM, "S1", "09:05", "S3", "09:20")));
    }

    /** The same line with its stops moved 0.008° east of HOME (587.13 m) and 0.009° east of WORK (660.13 m). */
    static Feed farFeed() {
        Stop nearHome = new Stop("F1", "Far from home", 48.8500, 2.3080);
        Stop nearWork = new Stop("F3", "Far from work", 48.8800, 2.3690);
        return Feed.of("far", List.of(nearHome, nearWork), List.of(trip("L1-0805", BUS, "F1", "08:05", "F3", "08:25")));
    }

    /** A trip calling at (stop, time) pairs in order; arrival and departure at the same minute. */
    static Trip trip(String id, Route route, String... stopsAndTimes) {
        List<StopTime> calls = new ArrayList<>();
        for (int i = 0; i < stopsAndTimes.length; i += 2) {
            int seconds = LocalTime.parse(stopsAndTimes[i + 1]).toSecondOfDay();
            calls.add(new StopTime(stopsAndTimes[i], i / 2 + 1, seconds, seconds));
        }
        return new Trip(id, route, "weekdays", calls);
    }

    static Instant at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), TripSettings.ZONE).toInstant();
    }

    /** Fixes every 10 minutes from start, the last exactly at end; the 2nd and 3rd 0.0005° north and south. */
    static void stay(List<Fix> fixes, double[] point, Instant start, Instant end) {
        int n = 0;
        for (Instant t = start; t.isBefore(end); t = t.plusSeconds(600), n++) {
            double shift = n == 1 ? 0.0005 : n == 2 ? -0.0005 : 0;
            fixes.add(new Fix(t, point[0] + shift, point[1]));
        }
        fixes.add(fix(point, end));
    }

    static Fix fix(double[] point, Instant at) {
        return new Fix(at, point[0], point[1]);
    }
}

package fr.mesinfos.opendata.trips;

import static fr.mesinfos.opendata.trips.CommuteFixture.HOME;
import static fr.mesinfos.opendata.trips.CommuteFixture.HOME_STOP;
import static fr.mesinfos.opendata.trips.CommuteFixture.WORK;
import static fr.mesinfos.opendata.trips.CommuteFixture.WORK_STOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mesinfos.opendata.publicdata.Distances;
import fr.mesinfos.opendata.trips.TransitTripsAnswer.OptionView;
import fr.mesinfos.opendata.trips.TransitTripsAnswer.TripView;

/** The whole computation on the hand-made commute of {@link CommuteFixture}, against values computed by hand. */
class TripAnalysisTest {
    private static final TripAnalysis ANALYSIS = new TripAnalysis(TripSettings.defaults());

    @Test
    void findsThePlacesMostStayedAtFirst() {
        TripReport report = ANALYSIS.analyse(CommuteFixture.fixes(), CommuteFixture.feed());

        // the gym (P3, one visit) is no part of a regular trip: it is not answered
        assertEquals(List.of("P1", "P2"), report.places().stream().map(Place::id).toList());
        assertEquals(List.of(5, 3), report.places().stream().map(Place::stays).toList());
        Place home = report.places().get(0);
        assertEquals(HOME[0], home.latitude(), 1e-9);
        assertEquals(HOME[1], home.longitude(), 1e-9);
    }

    @Test
    void theCommuteIsRegularTheOneOffTripIsNot() {
        TripReport report = ANALYSIS.analyse(CommuteFixture.fixes(), CommuteFixture.feed());

        List<RegularTrip> trips = report.trips().stream().map(TripReport.ServedTrip::trip).toList();
        assertEquals(2, trips.size(), "HOME→WORK and WORK→HOME; HOME→GYM and GYM→HOME happened on one day only");
        RegularTrip toWork = trips.get(0);
        assertEquals("P1", toWork.from().id());
        assertEquals("P2", toWork.to().id());
        assertEquals(3, toWork.daysObserved());
        assertEquals(LocalTime.of(8, 0), toWork.typicalDeparture(), "median of 07:58, 08:00, 08:02");
        assertEquals(Duration.ofMinutes(38), toWork.typicalDuration(), "median of 42, 36, 38");
        RegularTrip toHome = trips.get(1);
        assertEquals("P2", toHome.from().id());
        assertEquals("P1", toHome.to().id());
        assertEquals(LocalTime.of(17, 30), toHome.typicalDeparture());
        assertEquals(Duration.ofMinutes(40), toHome.typicalDuration(), "median of 40, 35, 45");
    }

    @Test
    void theBusAndTheTramServeTheCommuteBestOptionPerRoute() {
        TripReport report = ANALYSIS.analyse(CommuteFixture.fixes(), CommuteFixture.feed());
        List<TransitOption> options = report.trips().get(0).options();

        // walks, geodesic: HOME→S1 222.41 m (0.002° of latitude), S3→WORK 293.39 m (0.004° of longitude)
        double walkTo = Distances.meters(HOME[0], HOME[1], HOME_STOP.latitude(), HOME_STOP.longitude());
        double walkFrom = Distances.meters(WORK_STOP.latitude(), WORK_STOP.longitude(), WORK[0], WORK[1]);
        assertEquals(222.41, walkTo, 0.01, "hand value");
        assertEquals(293.39, walkFrom, 0.01, "hand value");

        assertEquals(List.of("L1", "T3"), options.stream().map(option -> option.route().routeId()).toList());
        TransitOption bus = options.get(0);
        assertEquals("L1-0805", bus.gtfsTripId(), "L1-0750 leaves before 08:00, L1-0820 makes one wait 20 min, L1-R0810 runs the other way");
        assertEquals("S1", bus.boarding().stopId());
        assertEquals("S3", bus.alighting().stopId());
        assertEquals(walkTo, bus.walkToBoardingMeters(), 1.0);
        assertEquals(walkFrom, bus.walkFromAlightingMeters(), 1.0);
        assertEquals(5 * 60, bus.waitSeconds());
        assertEquals(20 * 60, bus.inVehicleSeconds());
        // walking 515.80 m at 1.25 m/s = 412.64 s; door to door 412.64 + 300 + 1200 = 1912.64 s = 31.88 min
        assertEquals(412.64, bus.walkSeconds(), 0.01);
        assertEquals(1912.64, bus.doorToDoorSeconds(), 0.01);
        TransitOption tram = options.get(1);
        assertEquals("T3-0830", tram.gtfsTripId(), "T3-0905 leaves after 09:00");
        // 412.64 + wait 1800 + ride 900 = 3112.64 s = 51.88 min
        assertEquals(3112.64, tram.doorToDoorSeconds(), 0.01);
    }

    @Test
    void theAnswerRoundsToMetersAndMinutes() {
        TripReport report = ANALYSIS.analyse(CommuteFixture.fixes(), CommuteFixture.feed());
        TransitTripsAnswer answer = TransitTripsAnswer.of(new DayRange(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 15)), report);

        assertEquals(48.85, answer.places().get(0).latitude());
        assertEquals(2.3, answer.places().get(0).longitude());
        assertEquals(48.88, answer.places().get(1).latitude());
        assertEquals(2.36, answer.places().get(1).longitude());
        TripView toWork = answer.regularTrips().get(0);
        assertEquals("08:00", toWork.typicalDeparture());
        assertEquals(38, toWork.typicalDurationMinutes());
        OptionView bus = toWork.transitOptions().get(0);
        assertEquals("1", bus.route().shortName());
        assertEquals(3, bus.route().type());
        assertEquals("08:05", bus.departure());
        assertEquals("08:25", bus.arrival());
        assertEquals(222, bus.walkToStopMeters());
        assertEquals(293, bus.walkFromStopMeters());
        assertEquals(7, bus.walkMinutes(), "412.64 s");
        assertEquals(5, bus.waitMinutes());
        assertEquals(20, bus.inVehicleMinutes());
        assertEquals(32, bus.doorToDoorMinutes(), "31.88 min");
        assertEquals(-6, bus.versusTypicalMinutes(), "1912.64 − 2280 s = −6.12 min: the bus is quicker than the person");
        OptionView tram = toWork.transitOptions().get(1);
        assertEquals(0, tram.route().type());
        assertEquals(52, tram.doorToDoorMinutes(), "51.88 min");
        assertEquals(14, tram.versusTypicalMinutes(), "3112.64 − 2280 s = 13.88 min");
    }

    @Test
    void noTripRunsWorkToHomeAtHalfPastFive() {
        TripReport report = ANALYSIS.analyse(CommuteFixture.fixes(), CommuteFixture.feed());

        assertEquals(List.of(), report.trips().get(1).options());
    }

    @Test
    void stopsFartherThanTheWalkingLimitServeNothing() {
        // the stops are 587.13 m from HOME and 660.13 m from WORK, both beyond 500 m
        TripReport report = ANALYSIS.analyse(CommuteFixture.fixes(), CommuteFixture.farFeed());

        assertEquals(2, report.trips().size());
        assertTrue(report.trips().stream().allMatch(served -> served.options().isEmpty()));
    }

    @Test
    void aLongerWalkingLimitReachesThem() {
        TripSettings settings = new TripSettings(150, Duration.ofMinutes(20), 200, 3, 700, 1.25, Duration.ofMinutes(60));
        TripReport report = new TripAnalysis(settings).analyse(CommuteFixture.fixes(), CommuteFixture.farFeed());

        TransitOption bus = report.trips().get(0).options().getFirst();
        assertEquals(587.13, bus.walkToBoardingMeters(), 1.0);
        assertEquals(660.13, bus.walkFromAlightingMeters(), 1.0);
    }

    @Test
    void noFixesNoPlacesNoTrips() {
        TripReport report = ANALYSIS.analyse(List.of(), CommuteFixture.feed());

        assertEquals(List.of(), report.places());
        assertEquals(List.of(), report.trips());
    }
}

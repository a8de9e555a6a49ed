package fr.mesinfos.opendata.load;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.onebusaway.csv_entities.CsvInputSource;
import org.onebusaway.csv_entities.FileCsvInputSource;
import org.onebusaway.csv_entities.ZipFileCsvInputSource;
import org.onebusaway.csv_entities.exceptions.CsvEntityIOException;
import org.onebusaway.gtfs.impl.GtfsRelationalDaoImpl;
import org.onebusaway.gtfs.model.FeedInfo;
import org.onebusaway.gtfs.model.Route;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.model.Trip;
import org.onebusaway.gtfs.serialization.GtfsReader;

import fr.mesinfos.events.payload.TransitStop;
import fr.mesinfos.opendata.publicdata.TransitNetwork;

/**
 * Reads a GTFS feed (agency, stops, routes, trips, stop_times, calendar; feed_info if present) with onebusaway's
 * GtfsReader, into the network the cross-data services use and one opendata.transit payload per stop with the routes
 * calling at it. Stops and stop times that cannot be used are rejected with their file and line; a feed that the
 * library cannot read at all (a missing file or required field) is unreadable as a whole.
 */
public class GtfsLoader {

    /** The feed as loaded: the network (valid stops only), the feed's date, and the stops as payloads or rejections. */
    public record Result(TransitNetwork.Feed feed, LocalDate publishedOn, Parsed<TransitStop> stops) {
    }

    /** A GTFS folder or zip file. */
    public static CsvInputSource input(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return new FileCsvInputSource(path.toFile());
            }
            return new ZipFileCsvInputSource(new ZipFile(path.toFile()));
        } catch (IOException e) {
            throw new UnreadableSourceException("is neither a GTFS folder nor a zip file", e);
        }
    }

    /** A GTFS folder of the classpath. */
    public static CsvInputSource classpathInput(String folder) {
        return new ClasspathCsvInputSource(folder);
    }

    public Result read(CsvInputSource input, String feedId, LocalDate loadDate) {
        GtfsRelationalDaoImpl dao = new GtfsRelationalDaoImpl();
        Lines lines = new Lines();
        GtfsReader reader = new GtfsReader();
        reader.setInputSource(input);
        reader.setEntityStore(dao);
        reader.addEntityHandler(lines::record);
        try {
            reader.run();
        } catch (CsvEntityIOException e) {
            throw new UnreadableSourceException(new File(e.getPath()).getName() + " line " + e.getLineNumber() + ": " + reason(e));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSourceException("is not a readable GTFS feed: " + reason(e), e);
        } finally {
            close(reader);
        }
        return assemble(dao, lines, feedId, publishedOn(dao, loadDate));
    }

    private static Result assemble(GtfsRelationalDaoImpl dao, Lines lines, String feedId, LocalDate publishedOn) {
        Parsed.Builder<TransitStop> parsed = new Parsed.Builder<>();
        // stop times that can be used, grouped by trip; the routes calling at each stop
        Map<Trip, List<StopTime>> byTrip = new LinkedHashMap<>();
        Map<Stop, Map<String, Route>> routesAt = new HashMap<>();
        List<Rejection> badStopTimes = new ArrayList<>();
        for (StopTime stopTime : sortedByLine(dao.getAllStopTimes(), lines)) {
            String problem = problemOf(stopTime);
            if (problem != null) {
                badStopTimes.add(new Rejection(lines.of(stopTime), "stop_times.txt: " + problem));
                continue;
            }
            Stop stop = (Stop) stopTime.getStop();
            byTrip.computeIfAbsent(stopTime.getTrip(), trip -> new ArrayList<>()).add(stopTime);
            Route route = stopTime.getTrip().getRoute();
            routesAt.computeIfAbsent(stop, s -> new TreeMap<>()).put(route.getId().getId(), route);
        }
        for (Stop stop : sortedByLine(dao.getAllStops(), lines)) {
            parsed.read();
            if (stop.getLocationType() != 0) {
                continue; // a station, an entrance...: vehicles call at its platforms, which are stops
            }
            String problem = problemOf(stop);
            if (problem != null) {
                parsed.reject(lines.of(stop), "stops.txt: " + problem);
                continue;
            }
            List<TransitStop.Route> routes = routesAt.getOrDefault(stop, Map.of()).values().stream()
                    .map(route -> new TransitStop.Route(route.getId().getId(), blankToNull(route.getShortName()),
                            blankToNull(route.getLongName()), route.getType()))
                    .toList();
            TransitStop payload = new TransitStop(feedId, publishedOn, stop.getId().getId(), stop.getName(),
                    stop.getLat(), stop.getLon(), routes);
            parsed.addChecked(lines.of(stop), payload, "stops.txt: ");
        }
        badStopTimes.forEach(rejection -> parsed.reject(rejection.line(), rejection.reason()));
        Parsed<TransitStop> stops = parsed.build();
        return new Result(network(feedId, stops, byTrip), publishedOn, stops);
    }

    private static TransitNetwork.Feed network(String feedId, Parsed<TransitStop> stops, Map<Trip, List<StopTime>> byTrip) {
        Map<String, TransitNetwork.Stop> valid = stops.items().stream().collect(Collectors.toMap(TransitStop::stopId,
                s -> new TransitNetwork.Stop(s.stopId(), s.stopName(), s.latitude(), s.longitude()), (a, b) -> a, LinkedHashMap::new));
        Set<String> validIds = valid.keySet();
        List<TransitNetwork.Trip> trips = new ArrayList<>();
        byTrip.forEach((trip, stopTimes) -> {
            List<TransitNetwork.StopTime> calls = stopTimes.stream()
                    .filter(st -> validIds.contains(st.getStop().getId().getId()))
                    .map(st -> new TransitNetwork.StopTime(st.getStop().getId().getId(), st.getStopSequence(),
                            st.isArrivalTimeSet() ? st.getArrivalTime() : st.getDepartureTime(),
                            st.isDepartureTimeSet() ? st.getDepartureTime() : st.getArrivalTime()))
                    .toList();
            Route route = trip.getRoute();
            trips.add(new TransitNetwork.Trip(trip.getId().getId(),
                    new TransitNetwork.Route(route.getId().getId(), route.getShortName(), route.getLongName(), route.getType()),
                    trip.getServiceId().getId(), calls));
        });
        return TransitNetwork.Feed.of(feedId, List.copyOf(valid.values()), trips);
    }

    private static String problemOf(StopTime stopTime) {
        if (stopTime.getTrip() == null) {
            return "trip_id is not in trips.txt";
        }
        if (stopTime.getTrip().getRoute() == null) {
            return "the trip's route_id is not in routes.txt";
        }
        if (!(stopTime.getStop() instanceof Stop)) {
            return "stop_id is not in stops.txt";
        }
        if (!stopTime.isArrivalTimeSet() && !stopTime.isDepartureTimeSet()) {
            return "arrival_time and departure_time are empty (interpolated times are not supported)";
        }
        return null;
    }

    private static String problemOf(Stop stop) {
        if (stop.getName() == null || stop.getName().isBlank()) {
            return "stop_name is missing";
        }
        if (!stop.isLatSet() || !stop.isLonSet()) {
            return "stop_lat and stop_lon are required";
        }
        // onebusaway reads a coordinate that is not a number as 0: no stop of a real feed lies on 0
        if (stop.getLat() == 0 || stop.getLon() == 0) {
            return "stop_lat and stop_lon must be numbers (0 is taken for a missing or unreadable coordinate)";
        }
        return null;
    }

    private static LocalDate publishedOn(GtfsRelationalDaoImpl dao, LocalDate loadDate) {
        return dao.getAllFeedInfos().stream()
                .map(FeedInfo::getStartDate)
                .filter(date -> date != null)
                .map(date -> LocalDate.of(date.getYear(), date.getMonth(), date.getDay()))
                .findFirst()
                .orElse(loadDate);
    }

    private static <T> List<T> sortedByLine(java.util.Collection<T> entities, Lines lines) {
        return entities.stream().sorted(Comparator.comparingLong(lines::of)).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void close(GtfsReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // the feed was read; nothing to do
        }
    }

    /** The line each entity was read from: onebusaway reads one row per line, in order, after the header (line 1). */
    private static final class Lines {
        private final Map<Object, Long> lineOf = new IdentityHashMap<>();
        private final Map<Class<?>, Long> rowsOf = new HashMap<>();

        void record(Object entity) {
            long row = rowsOf.merge(entity.getClass(), 1L, Long::sum);
            lineOf.put(entity, row + 1);
        }

        long of(Object entity) {
            return lineOf.getOrDefault(entity, 0L);
        }
    }
}

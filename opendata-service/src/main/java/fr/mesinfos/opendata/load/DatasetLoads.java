package fr.mesinfos.opendata.load;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.onebusaway.csv_entities.CsvInputSource;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.AirQualityIndex;
import fr.mesinfos.events.payload.DailyWeather;
import fr.mesinfos.opendata.publicdata.AirQuality;
import fr.mesinfos.opendata.publicdata.Commune;
import fr.mesinfos.opendata.publicdata.Communes;
import fr.mesinfos.opendata.publicdata.TransitNetwork;
import fr.mesinfos.opendata.publicdata.Weather;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads a dataset from a source into the service's store and publishes it on its opendata.* topic, keeping the last
 * reports per dataset for the operator; loads every dataset from its configured source at startup (a failure there
 * is logged and reported, and the service starts anyway).
 */
@ApplicationScoped
public class DatasetLoads {
    private static final Logger LOG = Logger.getLogger(DatasetLoads.class);
    static final int KEPT_REPORTS = 10;

    private final LoadSettings settings;
    private final OpenDataPublisher publisher;
    private final Communes communes;
    private final AirQuality airQuality;
    private final Weather weather;
    private final TransitNetwork transit;
    private final Clock clock;
    private final Map<Dataset, Deque<LoadReport>> reports = new EnumMap<>(Dataset.class);
    private final Object loading = new Object();

    @Inject
    DatasetLoads(LoadSettings settings, OpenDataPublisher publisher, Communes communes, AirQuality airQuality,
            Weather weather, TransitNetwork transit) {
        this.settings = settings;
        this.publisher = publisher;
        this.communes = communes;
        this.airQuality = airQuality;
        this.weather = weather;
        this.transit = transit;
        this.clock = Clock.systemUTC();
    }

    void onStart(@Observes StartupEvent event) {
        if (!settings.loadOnStart()) {
            return;
        }
        // communes first: the weather's commune names come from them
        for (Dataset dataset : List.of(Dataset.COMMUNES, Dataset.WEATHER, Dataset.AIR_QUALITY, Dataset.TRANSIT)) {
            try {
                LoadReport report = load(dataset, null);
                LOG.infof("loaded %s: %d rows read, %d loaded, %d published, %d rejected", dataset.id(), report.rowsRead(),
                        report.loaded(), report.published(), report.rejected().size());
            } catch (RuntimeException e) {
                // public data only: the reason names a file, a column or Kafka, never a person
                LOG.warnf("startup load of %s failed: %s", dataset.id(), e.getMessage());
            }
        }
    }

    /**
     * Loads a dataset from {@code source} (null: the configured one) and reports it; throws
     * {@link UnreadableSourceException} or {@link PublishFailedException}, the failure being reported too.
     */
    public LoadReport load(Dataset dataset, String source) {
        // one load at a time: a store is replaced as a whole, and Kafka gets one dataset after the other
        synchronized (loading) {
            return loadNow(dataset, source);
        }
    }

    private LoadReport loadNow(Dataset dataset, String source) {
        String sourceText = source == null || source.isBlank() ? settings.sourceOf(dataset) : source;
        Instant startedAt = clock.instant();
        try {
            SourceLocation location = SourceLocation.parse(sourceText);
            LoadReport report = switch (dataset) {
                case COMMUNES -> loadCommunes(location, startedAt);
                case AIR_QUALITY -> loadAirQuality(location, startedAt);
                case WEATHER -> loadWeather(location, startedAt);
                case TRANSIT -> loadTransit(location, startedAt);
            };
            remember(dataset, report);
            return report;
        } catch (UnreadableSourceException e) {
            remember(dataset, LoadReport.failed(dataset.id(), sourceText, startedAt, clock.instant(), "source: " + e.getMessage()));
            throw e;
        } catch (PublishFailedException e) {
            remember(dataset, LoadReport.failed(dataset.id(), sourceText, startedAt, clock.instant(), e.getMessage()));
            throw e;
        }
    }

    /** The latest reports of a dataset, newest first. */
    public List<LoadReport> latest(Dataset dataset) {
        synchronized (reports) {
            return List.copyOf(reports.getOrDefault(dataset, new ArrayDeque<>()));
        }
    }

    private LoadReport loadCommunes(SourceLocation source, Instant startedAt) {
        Parsed<Commune> parsed;
        try (Reader reader = source.openText()) {
            parsed = new CommuneBoundariesLoader().read(reader);
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot be read", e);
        }
        if (!parsed.items().isEmpty()) {
            communes.replaceAll(parsed.items());
        }
        // boundaries are reference data of this service, not a published category
        return report(Dataset.COMMUNES, source, parsed, 0, startedAt);
    }

    private LoadReport loadAirQuality(SourceLocation source, Instant startedAt) {
        Parsed<AirQualityIndex> parsed;
        try (Reader reader = source.openText()) {
            parsed = new AirQualityCsvLoader().read(reader);
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot be read", e);
        }
        airQuality.putAll(parsed.items());
        return report(Dataset.AIR_QUALITY, source, parsed, publisher.publish(parsed.items()), startedAt);
    }

    private LoadReport loadWeather(SourceLocation source, Instant startedAt) {
        Parsed<DailyWeather> parsed;
        try (Reader reader = source.openText()) {
            parsed = new WeatherCsvLoader().read(reader, code -> communes.byCode(code).map(Commune::name));
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot be read", e);
        }
        weather.putAll(parsed.items());
        return report(Dataset.WEATHER, source, parsed, publisher.publish(parsed.items()), startedAt);
    }

    private LoadReport loadTransit(SourceLocation source, Instant startedAt) {
        GtfsLoader.Result result;
        CsvInputSource feed = source.openGtfs();
        result = new GtfsLoader().read(feed, settings.transit().feedId(), LocalDate.ofInstant(clock.instant(), ParisTime.ZONE));
        if (!result.stops().items().isEmpty()) {
            transit.replace(result.feed());
        }
        return report(Dataset.TRANSIT, source, result.stops(), publisher.publish(result.stops().items()), startedAt);
    }

    private LoadReport report(Dataset dataset, SourceLocation source, Parsed<?> parsed, int published, Instant startedAt) {
        return new LoadReport(dataset.id(), source.toString(), parsed.rowsRead(), parsed.items().size(), published,
                parsed.rejected(), startedAt, clock.instant(), null);
    }

    private void remember(Dataset dataset, LoadReport report) {
        synchronized (reports) {
            Deque<LoadReport> kept = reports.computeIfAbsent(dataset, d -> new ArrayDeque<>());
            kept.addFirst(report);
            while (kept.size() > KEPT_REPORTS) {
                kept.removeLast();
            }
        }
    }
}

package fr.mesinfos.personal.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.events.Category;
import fr.mesinfos.personal.vault.VaultApi;
import fr.mesinfos.personal.vault.VaultModels.CategorySummary;
import fr.mesinfos.personal.vault.VaultModels.RecordPage;
import fr.mesinfos.personal.vault.VaultModels.Series;
import fr.mesinfos.personal.web.Formats;

/** Reads the person's records from the vault and shapes them for the charts, the plot of places, tables and cards. */
@ApplicationScoped
public class DataService {
    static final int TABLE_PAGE = 50;
    static final int CARD_PAGE = 20;
    static final int PLACES_PAGE = 500;

    @Inject
    @RestClient
    VaultApi vault;

    @Inject
    ObjectMapper json;

    public List<CategorySummary> summary() {
        return vault.summary();
    }

    /** The energy per step over the period; by default the step's usual span ending with the latest data. */
    public DataViews.Energy energy(Category category, String stepText, String from, String to, CategorySummary held) {
        Step step = Step.parse(stepText, category == Category.EDF_LOAD_CURVE ? Step.HOUR : Step.DAY);
        LocalDate last = held == null || held.last() == null ? LocalDate.now(Formats.PARIS) : Period.day(held.last());
        Period period = Period.parse(from, to, latest(step.defaultFrom(last), held), last);
        Series series = vault.series(category.id(), period.fromInstant(), period.toInstant(), step.id());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "energy");
        chart.put("step", step.id());
        chart.put("labels", series.buckets().stream().map(Series.Bucket::label).toList());
        chart.put("values", series.buckets().stream().map(b -> Math.round(b.energyWh()) / 1000.0).toList());
        return new DataViews.Energy(step.id(), period, series.buckets(), series.totalWh(), "kWh", write(chart));
    }

    /** The location fixes of the period (oldest first), plotted by place and coloured by the hour of the day. */
    public DataViews.Places places(String from, String to, String cursor, CategorySummary held) {
        LocalDate last = held == null || held.last() == null ? LocalDate.now(Formats.PARIS) : Period.day(held.last());
        Period period = Period.parse(from, to, latest(last.minusDays(6), held), last);
        RecordPage page = vault.records(Category.ORANGE_GEOLOCATION.id(), period.fromInstant(), period.toInstant(), "oldest",
                PLACES_PAGE, cursor);
        List<DataViews.Fix> fixes = page.items().stream()
                .map(item -> new DataViews.Fix(item.time(), item.payload().path("latitude").asDouble(),
                        item.payload().path("longitude").asDouble(), item.payload().path("radiusMeters").asInt()))
                .toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "places");
        chart.put("points", fixes.stream().map(f -> Map.of("x", f.longitude(), "y", f.latitude(),
                "hour", f.time().atZone(Formats.PARIS).getHour(), "t", Formats.paris(f.time()))).toList());
        return new DataViews.Places(period, fixes, write(chart), page.next(), page.next() != null);
    }

    public DataViews.Table table(Category category, String from, String to, String cursor) {
        Period period = Period.parse(from, to, null, null);
        RecordPage page = vault.records(category.id(), period.fromInstant(), period.toInstant(), "newest", TABLE_PAGE, cursor);
        List<String> columns = Fields.columns(category);
        List<List<String>> rows = page.items().stream()
                .map(item -> columns.isEmpty() ? List.of(Formats.paris(item.time()), item.payload().toString())
                        : Fields.row(item.payload(), columns))
                .toList();
        return new DataViews.Table(period, columns, rows, page.next());
    }

    public DataViews.Cards cards(Category category, String cursor) {
        RecordPage page = vault.records(category.id(), null, null, "newest", CARD_PAGE, cursor);
        return new DataViews.Cards(page.items().stream()
                .map(item -> new DataViews.Card(item.time(), Fields.lines(item.payload()))).toList(), page.next());
    }

    /** The default first day, but not before the person's first record: the chart starts where the data does. */
    static LocalDate latest(LocalDate defaultFrom, CategorySummary held) {
        LocalDate first = held == null ? null : Period.day(held.first());
        return first != null && first.isAfter(defaultFrom) ? first : defaultFrom;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data", e);
        }
    }
}

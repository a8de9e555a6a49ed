package fr.mesinfos.personal.data;

import java.time.Instant;
import java.util.List;

import fr.mesinfos.personal.data.Fields.Line;
import fr.mesinfos.personal.vault.VaultModels.Series.Bucket;

/** What each kind of data page shows, ready for its template. */
public final class DataViews {
    private DataViews() {
    }

    /** An energy chart: the buckets (also shown as a table, the chart's text alternative) and the chart's data. */
    public record Energy(String step, Period period, List<Bucket> buckets, double totalWh, String unit, String chartJson) {
        public boolean empty() {
            return buckets.stream().allMatch(b -> b.points() == 0);
        }
    }

    /** Location fixes: plotted by longitude and latitude, coloured by time of day, and listed with their times. */
    public record Places(Period period, List<Fix> fixes, String chartJson, String next, boolean more) {
    }

    public record Fix(Instant time, double latitude, double longitude, int radiusMeters) {
    }

    /** Records as a table: chosen columns, newest first, a page at a time. */
    public record Table(Period period, List<String> columns, List<List<String>> rows, String next) {
        /** The message keys of the column headers. */
        public List<String> columnKeys() {
            return columns.stream().map(c -> "field_" + c).toList();
        }
    }

    /** Snapshots (contracts, claims) as readable cards. */
    public record Cards(List<Card> cards, String next) {
    }

    public record Card(Instant time, List<Line> lines) {
    }
}

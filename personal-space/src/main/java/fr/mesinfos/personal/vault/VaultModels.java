package fr.mesinfos.personal.vault;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** The vault's answers as the personal space reads them (only the fields it shows; unknown fields are ignored). */
public final class VaultModels {
    private VaultModels() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CategorySummary(String category, String source, long count, Instant first, Instant last) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecordPage(String category, List<Item> items, String next) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Item(String eventId, Instant time, JsonNode payload) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Series(String category, String step, String unit, Instant from, Instant to, double totalWh, List<Bucket> buckets) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Bucket(String label, Instant start, Instant end, double energyWh, int points) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccessPage(List<AccessEntry> items, String next) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record AccessEntry(String id, Instant at, String appId, String category, String kind, long records, String consentId) {
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErasureRequest(String scope, List<String> categories) {
        public static ErasureRequest all() {
            return new ErasureRequest("ALL", null);
        }

        public static ErasureRequest of(List<String> categories) {
            return new ErasureRequest("CATEGORIES", categories);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErasureReceipt(String id, String scope, List<String> categories, String status, Instant requestedAt,
            Map<String, Long> erasedRecords, Boolean keysDestroyed, Instant announcedAt, Instant completedAt) {
        /** The message key of the status (erasure_COMPLETED, erasure_PENDING). */
        public String statusKey() {
            return "erasure_" + status;
        }

        public long total() {
            return erasedRecords == null ? 0 : erasedRecords.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}

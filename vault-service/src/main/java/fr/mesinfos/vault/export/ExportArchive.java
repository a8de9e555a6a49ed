package fr.mesinfos.vault.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.EventJson;
import fr.mesinfos.events.PayloadValidator;
import fr.mesinfos.vault.read.Order;
import fr.mesinfos.vault.read.RecordReader;
import fr.mesinfos.vault.read.TimeRange;
import fr.mesinfos.vault.summary.CategorySummary;
import fr.mesinfos.vault.summary.VaultRecords;

/**
 * Writes everything the vault holds on a person as one zip, straight to the response: per category the records as
 * JSON Lines and as CSV, the category's JSON Schema, and last a manifest with counts and SHA-256 checksums of every
 * file. Records are streamed from MongoDB, so memory does not grow with the person's data.
 */
@ApplicationScoped
public class ExportArchive {
    public static final String FORMAT = "mesinfos-export/1";
    private static final ObjectMapper JSON = EventJson.mapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectMapper PRETTY = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT);

    @Inject
    VaultRecords records;

    @Inject
    RecordReader reader;

    /** What the manifest says of one category. */
    public record CategoryManifest(String category, String source, long records, Instant first, Instant last,
            List<ArchiveEntry.Written> files) {
    }

    /** The archive's table of contents. */
    public record Manifest(String format, String personId, Instant exportedAt, List<CategoryManifest> categories,
            List<ArchiveEntry.Written> schemas) {
    }

    public void write(String personId, OutputStream out) throws IOException {
        Instant exportedAt = Instant.now();
        List<CategorySummary> held = records.summarize(personId).await().indefinitely();
        List<CategoryManifest> categories = new ArrayList<>();
        List<ArchiveEntry.Written> schemas = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (CategorySummary summary : held) {
                Category category = CategoryCatalog.byId(summary.category()).orElseThrow();
                categories.add(writeCategory(zip, personId, category));
                try (ArchiveEntry schema = ArchiveEntry.open(zip, category.schemaPath())) {
                    PRETTY.writeValue(schema, PayloadValidator.shared().schemaDocument(category));
                    schemas.add(schema.finish());
                }
            }
            try (ArchiveEntry manifest = ArchiveEntry.open(zip, "manifest.json")) {
                PRETTY.writeValue(manifest, new Manifest(FORMAT, personId, exportedAt, categories, schemas));
                manifest.finish();
            }
        }
    }

    private CategoryManifest writeCategory(ZipOutputStream zip, String personId, Category category) throws IOException {
        long[] count = {0};
        Instant[] span = {null, null};
        ArchiveEntry.Written jsonLines;
        try (ArchiveEntry file = ArchiveEntry.open(zip, category.id() + "/records.jsonl")) {
            reader.forEach(personId, category, TimeRange.EVERYTHING, Order.OLDEST, record -> {
                ObjectNode line = JSON.createObjectNode();
                line.put("eventId", record.eventId());
                line.put("time", record.time().toString());
                line.set("payload", record.payload());
                write(file, json(line) + "\n");
                count[0]++;
                span[0] = span[0] == null ? record.time() : span[0];
                span[1] = record.time();
            });
            jsonLines = file.finish();
        }
        ArchiveEntry.Written csv;
        List<String> columns = CsvColumns.of(PayloadValidator.shared().schemaDocument(category));
        try (ArchiveEntry file = ArchiveEntry.open(zip, category.id() + "/records.csv")) {
            List<String> header = new ArrayList<>(List.of("eventId", "time"));
            header.addAll(columns);
            write(file, Csv.line(header));
            reader.forEach(personId, category, TimeRange.EVERYTHING, Order.OLDEST, record -> {
                List<String> row = new ArrayList<>(List.of(record.eventId(), record.time().toString()));
                for (String column : columns) {
                    row.add(CsvColumns.cell(record.payload(), column));
                }
                write(file, Csv.line(row));
            });
            csv = file.finish();
        }
        return new CategoryManifest(category.id(), category.source().id(), count[0], span[0], span[1], List.of(jsonLines, csv));
    }

    private static String json(ObjectNode line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

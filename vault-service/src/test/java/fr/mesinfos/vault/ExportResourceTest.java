package fr.mesinfos.vault;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.events.CategoryCatalog;
import fr.mesinfos.events.PayloadValidator;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The export holds exactly what the summary counts, in JSON Lines and CSV with the schemas, checksummed in a manifest. */
@QuarkusTest
class ExportResourceTest {
    private static final Instant JAN = Instant.parse("2026-01-10T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    VaultFixtures vault;

    @BeforeEach
    void seed() {
        vault.clear();
        vault.store(TestUsers.GERMAINE.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERMAINE, JAN, 5, 1200));
        vault.store(TestUsers.GERMAINE.id(), List.of(VaultFixtures.fix("33612345678", JAN), VaultFixtures.fix("33612345678", JAN.plusSeconds(60))));
        vault.store(TestUsers.GERMAINE.id(), List.of(VaultFixtures.day(VaultFixtures.PRM_GERMAINE, LocalDate.of(2026, 1, 9), 9000,
                DailyConsumption.Origin.ENEDIS_DAILY_ENERGY)));
        vault.store(TestUsers.GERARD.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERARD, JAN, 3, 400));
    }

    private static Map<String, byte[]> export(TestUsers user) throws IOException {
        byte[] zip = given().auth().oauth2(Tokens.user(user)).when().get("/api/v1/me/export")
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"mesinfos-export-"))
                .extract().asByteArray();
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theArchiveHoldsExactlyWhatTheSummaryCounts() throws Exception {
        Map<String, byte[]> entries = export(TestUsers.GERMAINE);
        assertEquals(List.of("edf.daily-consumption/records.csv", "edf.daily-consumption/records.jsonl", "edf.load-curve/records.csv",
                "edf.load-curve/records.jsonl", "manifest.json", "orange.geolocation/records.csv", "orange.geolocation/records.jsonl",
                "schemas/edf/daily-consumption.v1.json", "schemas/edf/load-curve.v1.json", "schemas/orange/geolocation.v1.json"),
                List.copyOf(entries.keySet()));
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertEquals("mesinfos-export/1", manifest.get("format").asText());
        assertEquals(TestUsers.GERMAINE.id(), manifest.get("personId").asText());

        JsonPath summary = given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/summary")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(summary.getList("category"), manifest.findValuesAsText("category"));
        for (JsonNode category : manifest.get("categories")) {
            String id = category.get("category").asText();
            long count = category.get("records").asLong();
            assertEquals(summary.getLong("find { it.category == '" + id + "' }.count"), count, id);
            String[] lines = new String(entries.get(id + "/records.jsonl"), StandardCharsets.UTF_8).split("\n");
            assertEquals(count, lines.length, id + " JSON lines");
            for (String line : lines) {
                JsonNode payload = JSON.readTree(line).get("payload");
                assertTrue(PayloadValidator.shared().validate(CategoryCatalog.byId(id).orElseThrow(), payload).isEmpty(), line);
            }
            String[] rows = new String(entries.get(id + "/records.csv"), StandardCharsets.UTF_8).split("\r\n");
            assertEquals(count + 1, rows.length, id + " CSV header and rows");
            assertTrue(rows[0].startsWith("eventId,time,"), rows[0]);
            for (JsonNode file : category.get("files")) {
                byte[] bytes = entries.get(file.get("path").asText());
                assertEquals(bytes.length, file.get("bytes").asLong());
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), file.get("sha256").asText());
            }
        }
        String loadCurveCsv = new String(entries.get("edf.load-curve/records.csv"), StandardCharsets.UTF_8);
        assertTrue(loadCurveCsv.contains(",2026-01-10T00:00:00Z," + VaultFixtures.PRM_GERMAINE + ",2026-01-10T00:00:00Z,2026-01-10T00:30:00Z,1200,W,PT30M,consumption,raw,\r\n"), loadCurveCsv);
        for (JsonNode schema : manifest.get("schemas")) {
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(schema.get("path").asText()))),
                    schema.get("sha256").asText());
        }
        String everything = entries.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).reduce("", String::concat);
        assertFalse(everything.contains(VaultFixtures.PRM_GERARD) || everything.contains(TestUsers.GERARD.id()), "nothing of Gerard");
    }

    @Test
    void eachPersonExportsOnlyTheirOwn() throws Exception {
        Map<String, byte[]> gerard = export(TestUsers.GERARD);
        JsonNode manifest = JSON.readTree(gerard.get("manifest.json"));
        assertEquals(1, manifest.get("categories").size());
        assertEquals(3, manifest.get("categories").get(0).get("records").asInt());
        String everything = gerard.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).reduce("", String::concat);
        assertFalse(everything.contains(VaultFixtures.PRM_GERMAINE) || everything.contains("33612345678"), "nothing of Germaine");
        JsonNode empty = JSON.readTree(export(TestUsers.CAMILLE).get("manifest.json"));
        assertEquals(0, empty.get("categories").size());
    }

    @Test
    void onlyThePersonExports() {
        given().when().get("/api/v1/me/export").then().statusCode(401);
        given().auth().oauth2(Tokens.app("demo-energy-coach")).when().get("/api/v1/me/export").then().statusCode(403);
        given().auth().oauth2(Tokens.partner("edf")).when().get("/api/v1/me/export").then().statusCode(403);
    }
}

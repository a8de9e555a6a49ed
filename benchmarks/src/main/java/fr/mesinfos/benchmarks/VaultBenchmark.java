package fr.mesinfos.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import fr.mesinfos.events.EventJson;
import fr.mesinfos.testkit.SharedInfrastructure;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.testkit.Workspace;

/**
 * The vault issue's benchmark: sustained persistence from the partner topic to MongoDB through the packaged vault,
 * against a raw driver bulk insert of the same documents on the same server in the same run; then the latency of one
 * person's year of half-hourly load curve aggregated by day, and of one page of records.
 */
public final class VaultBenchmark {
    private static final Logger LOG = Logger.getLogger(VaultBenchmark.class);
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(4);
    private static final TestUsers PERSON = TestUsers.GERMAINE;

    /** The run's settings, from system properties prefixed vault. (IngestBenchmark's own have no prefix). */
    record Settings(int events, int warmup, int rounds, int persons, int calls, int callWarmup, int year, Path vaultRoot) {
        static Settings fromSystemProperties() {
            return new Settings(thousands(Integer.getInteger("vault.events", 150_000)), thousands(Integer.getInteger("vault.warmup", 20_000)),
                    Integer.getInteger("vault.rounds", 3), Integer.getInteger("vault.persons", 300), Integer.getInteger("vault.calls", 50),
                    Integer.getInteger("vault.callWarmup", 5), Integer.getInteger("vault.year", 2025),
                    Optional.ofNullable(System.getProperty("vault.root")).filter(s -> !s.isBlank()).map(Path::of)
                            .map(p -> p.toAbsolutePath().normalize()).orElseGet(Workspace::root));
        }

        private static int thousands(int n) {
            return Math.max(1, (n + 999) / 1000) * 1000;
        }
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(Settings.fromSystemProperties());
            status = 0;
        } catch (Exception e) {
            LOG.error("Vault benchmark failed", e);
        }
        System.exit(status); // the shutdown hooks stop MongoDB, Kafka and Keycloak, whatever happened
    }

    private static void run(Settings settings) throws Exception {
        Map<String, String> infrastructure = new LinkedHashMap<>();
        infrastructure.putAll(SharedInfrastructure.mongo());
        infrastructure.putAll(SharedInfrastructure.kafka());
        infrastructure.putAll(SharedInfrastructure.keycloak());
        String mongoKind = infrastructure.get("mesinfos.mongodb.description");
        infrastructure.entrySet().removeIf(e -> e.getKey().startsWith("mesinfos.") && e.getKey().endsWith("description"));
        LOG.infof("Vault benchmark: %s; vault-service from %s", settings, settings.vaultRoot());

        try (MongoClient mongo = MongoClients.create(infrastructure.get("quarkus.mongodb.connection-string"));
             LoadCurveTopic topic = new LoadCurveTopic()) {
            String loadBefore = VaultReport.loadAverage();
            // the driver, the in-JVM server and this JVM's JIT get a round of their own first, as the vault gets its warm-up events
            LOG.infof("Untimed warm-up: %s", rawRound(mongo, 0, LoadCurves.round(0, settings.warmup() + settings.events(), settings.persons()), settings));
            List<Throughput.Result> persistence = new ArrayList<>();
            String database = null;
            for (int round = 1; round <= settings.rounds(); round++) {
                List<LoadCurves.Fact> facts = LoadCurves.round(round, settings.warmup() + settings.events(), settings.persons());
                persistence.add(rawRound(mongo, round, facts, settings));
                if (database != null) {
                    mongo.getDatabase(database).drop(); // the in-JVM server keeps everything in memory
                }
                database = "vault_benchmark_" + round;
                persistence.add(vaultRound(mongo, topic, infrastructure, database, round, facts, settings));
            }
            Queries queries = queries(mongo, topic, infrastructure, database, settings);
            Reports.write("vault-benchmark.md", VaultReport.markdown(settings, mongoKind, loadBefore, persistence, queries));
        }
    }

    /** The baseline of one round: the same documents inserted by the driver into a fresh collection of a fresh database. */
    private static Throughput.Result rawRound(MongoClient mongo, int round, List<LoadCurves.Fact> facts, Settings settings) throws Exception {
        var database = mongo.getDatabase("raw_benchmark_" + round);
        System.gc(); // the in-JVM MongoDB server lives in this heap: start both sides without a pending collection
        try {
            return RawInsert.run("raw insertMany, round " + round, database.getCollection("records"),
                    facts.subList(0, settings.warmup()), facts.subList(settings.warmup(), facts.size()));
        } finally {
            database.drop();
        }
    }

    /** One vault round: the events wait on the topic, a fresh vault (own database and group) stores them; timed after its warm-up. */
    private static Throughput.Result vaultRound(MongoClient mongo, LoadCurveTopic topic, Map<String, String> infrastructure,
            String database, int round, List<LoadCurves.Fact> facts, Settings settings) throws Exception {
        String group = "vault-service-benchmark-" + round; // the vault's Kafka grants cover groups vault-service*
        topic.placeAtEnd(group);
        topic.produce(facts);
        MongoCollection<Document> records = mongo.getDatabase(database).getCollection("records");
        System.gc();
        try (VaultUnderTest vault = VaultUnderTest.start(settings.vaultRoot(), infrastructure, database, group, log("vault-round-" + round))) {
            Throughput.Result result = vault.measureStored("vault, round " + round, records, settings.warmup(), facts.size(), ROUND_TIMEOUT);
            vault.process().awaitReady(Duration.ofSeconds(30));
            double stored = vault.metric("mesinfos_vault_records_stored_total");
            double dead = vault.metric("mesinfos_vault_dead_letters_total");
            if (stored != facts.size() || dead != 0 || records.countDocuments() != facts.size()) {
                throw new IllegalStateException("round " + round + ": the vault stored " + stored + " and dead-lettered " + dead
                        + " of " + facts.size() + " events");
            }
            return result;
        }
    }

    /** What the person's reads took, on a database that also holds the last round's records of other persons. */
    record Queries(long documents, int points, Latency.Result series, Latency.Result page) {
    }

    private static Queries queries(MongoClient mongo, LoadCurveTopic topic, Map<String, String> infrastructure, String database,
            Settings settings) throws Exception {
        List<LoadCurves.Fact> year = LoadCurves.year(PERSON.id(), settings.year());
        String group = "vault-service-benchmark-queries";
        topic.placeAtEnd(group);
        topic.produce(year);
        MongoCollection<Document> records = mongo.getDatabase(database).getCollection("records");
        long total = records.estimatedDocumentCount() + year.size();
        try (VaultUnderTest vault = VaultUnderTest.start(settings.vaultRoot(), infrastructure, database, group, log("vault-queries"))) {
            VaultUnderTest.awaitCount(records, total, ROUND_TIMEOUT);
            vault.process().awaitReady(Duration.ofSeconds(30));
            Instant from = LoadCurves.yearStart(settings.year());
            Instant to = LoadCurves.yearStart(settings.year() + 1);
            long days = ChronoUnit.DAYS.between(LocalDate.of(settings.year(), 1, 1), LocalDate.of(settings.year() + 1, 1, 1));
            String category = vault.process().url() + "/api/v1/me/records/edf.load-curve";
            String token = Tokens.user(PERSON);
            Latency.Result series = Latency.measure("series, step=day, one year", URI.create(category + "/series?step=day&from=" + from + "&to=" + to),
                    token, settings.callWarmup(), settings.calls(), body -> checkSeries(body, days, year.size()));
            token = Tokens.user(PERSON);
            Latency.Result page = Latency.measure("records, one page of 100", URI.create(category + "?limit=100"),
                    token, settings.callWarmup(), settings.calls(), body -> checkPage(body, 100));
            return new Queries(total, year.size(), series, page);
        }
    }

    /** The series must hold every day of the year and every half-hour stored: a fast wrong answer would mean nothing. */
    private static void checkSeries(String body, long days, int points) {
        JsonNode buckets = read(body).path("buckets");
        int counted = 0;
        for (JsonNode bucket : buckets) {
            counted += bucket.path("points").asInt();
        }
        if (buckets.size() != days || counted != points) {
            throw new IllegalStateException("series of " + buckets.size() + " days and " + counted + " points, expected " + days + " and " + points);
        }
    }

    private static void checkPage(String body, int size) {
        int items = read(body).path("items").size();
        if (items != size) {
            throw new IllegalStateException("page of " + items + " records, expected " + size);
        }
    }

    private static JsonNode read(String body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static Path log(String name) {
        return Workspace.root().resolve("benchmarks/target/" + name + ".log");
    }
}

package fr.mesinfos.vault;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.Topics;
import fr.mesinfos.events.platform.ErasureScope;
import fr.mesinfos.events.platform.PersonErasure;
import fr.mesinfos.events.platform.PlatformEventCodec;
import fr.mesinfos.testkit.TestKafka;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.vault.crypto.PayloadCipher;
import fr.mesinfos.vault.crypto.PersonKeys;
import fr.mesinfos.vault.erasure.ErasureProcessor;
import fr.mesinfos.vault.summary.VaultRecords;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A person erases a category or everything: the records and keys are gone (even read straight from MongoDB), the
 * erasure is announced on vault.erasure.v1, a receipt is kept, and events already in Kafka do not bring the data back.
 */
@QuarkusTest
class ErasureTest {
    private static final Instant JAN = Instant.parse("2026-01-10T00:00:00Z");
    private static final String MSISDN = "33612345678";

    @Inject
    VaultFixtures vault;

    @Inject
    MongoClient mongo;

    @Inject
    PayloadCipher cipher;

    @Inject
    ErasureProcessor processor;

    private MongoDatabase database() {
        return mongo.getDatabase(ConfigProvider.getConfig().getValue("quarkus.mongodb.database", String.class));
    }

    @BeforeEach
    void seed() {
        vault.clear();
        database().getCollection(PersonKeys.COLLECTION).deleteMany(Filters.empty());
        vault.store(TestUsers.GERMAINE.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERMAINE, JAN, 5, 1200));
        vault.store(TestUsers.GERMAINE.id(), List.of(VaultFixtures.fix(MSISDN, JAN), VaultFixtures.fix(MSISDN, JAN.plusSeconds(60))));
        vault.store(TestUsers.GERARD.id(), VaultFixtures.halfHours(VaultFixtures.PRM_GERARD, JAN, 3, 400));
    }

    private long rawRecords(String personId) {
        return database().getCollection(VaultRecords.COLLECTION).countDocuments(Filters.eq(VaultRecords.PERSON, personId));
    }

    private long rawKeys(String personId) {
        return database().getCollection(PersonKeys.COLLECTION).countDocuments(Filters.eq(PersonKeys.PERSON, personId));
    }

    private static JsonPath erase(TestUsers user, String body, int status) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/me/erasures").then().statusCode(status).extract().jsonPath();
    }

    private static PersonErasure announced(String erasureId) {
        // read as the operator: what the connectors and the consent service follow with their own accounts
        Map<String, Object> config = TestKafka.operator();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "erasure-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.VAULT_ERASURE));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    PersonErasure erasure = PlatformEventCodec.erasure(record.value());
                    if (erasure.erasureId().equals(erasureId)) {
                        assertEquals(erasure.personId(), record.key(), "keyed by person id");
                        return erasure;
                    }
                }
            }
        }
        throw new AssertionError("erasure " + erasureId + " not announced on " + Topics.VAULT_ERASURE);
    }

    @Test
    void erasingACategoryRemovesItsRecordsAndKeyAndAnnouncesIt() {
        Document sealedFix = database().getCollection(VaultRecords.COLLECTION)
                .find(Filters.and(Filters.eq(VaultRecords.PERSON, TestUsers.GERMAINE.id()), Filters.eq(VaultRecords.CATEGORY, "orange.geolocation"))).first();
        JsonPath receipt = erase(TestUsers.GERMAINE, "{\"scope\":\"CATEGORIES\",\"categories\":[\"orange.geolocation\"]}", 201);
        assertEquals("COMPLETED", receipt.getString("status"));
        assertEquals(2, receipt.getInt("erasedRecords.'orange.geolocation'"));
        assertTrue(receipt.getBoolean("keysDestroyed"));
        assertNotNull(receipt.getString("announcedAt"));
        assertNotNull(receipt.getString("notice"));

        PersonErasure event = announced(receipt.getString("id"));
        assertEquals(ErasureScope.CATEGORIES, event.scope());
        assertEquals(List.of("orange.geolocation"), event.categories());

        assertEquals(0, database().getCollection(VaultRecords.COLLECTION).countDocuments(Filters.and(
                Filters.eq(VaultRecords.PERSON, TestUsers.GERMAINE.id()), Filters.eq(VaultRecords.CATEGORY, "orange.geolocation"))));
        assertTrue(cipher.open(TestUsers.GERMAINE.id(), Category.ORANGE_GEOLOCATION, sealedFix.getString("_id"),
                sealedFix.get(VaultRecords.PAYLOAD, Binary.class).getData()).isEmpty(), "a copy of the sealed bytes stays sealed");
        assertEquals(5, rawRecords(TestUsers.GERMAINE.id()), "the load curve is kept");
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/summary")
                .then().statusCode(200).body("category", equalTo(List.of("edf.load-curve")));
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/records/edf.load-curve")
                .then().statusCode(200).body("items", hasSize(5));
    }

    @Test
    void erasingEverythingLeavesNothingReadableEvenInMongoDBAndOthersUntouched() {
        List<Document> before = database().getCollection(VaultRecords.COLLECTION)
                .find(Filters.eq(VaultRecords.PERSON, TestUsers.GERMAINE.id())).into(new java.util.ArrayList<>());
        assertEquals(7, before.size());
        JsonPath receipt = erase(TestUsers.GERMAINE, "{\"scope\":\"ALL\"}", 201);
        assertEquals("COMPLETED", receipt.getString("status"));
        assertEquals(5, receipt.getInt("erasedRecords.'edf.load-curve'"));
        assertEquals(2, receipt.getInt("erasedRecords.'orange.geolocation'"));
        assertEquals(0, receipt.getInt("erasedRecords.'maif.claims'"));

        assertEquals(0, rawRecords(TestUsers.GERMAINE.id()), "no record of hers in the collection");
        assertEquals(0, rawKeys(TestUsers.GERMAINE.id()), "no key of hers in the collection");
        for (Document copy : before) {
            Category category = Category.valueOf(copy.getString(VaultRecords.CATEGORY).toUpperCase().replace('.', '_').replace('-', '_'));
            assertTrue(cipher.open(TestUsers.GERMAINE.id(), category, copy.getString("_id"), copy.get(VaultRecords.PAYLOAD, Binary.class).getData()).isEmpty(),
                    "a backup copy of her sealed records cannot be opened");
            String raw = new String(copy.get(VaultRecords.PAYLOAD, Binary.class).getData(), StandardCharsets.ISO_8859_1);
            assertTrue(!raw.contains(MSISDN) && !raw.contains(VaultFixtures.PRM_GERMAINE));
        }
        assertEquals(ErasureScope.ALL, announced(receipt.getString("id")).scope());
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/summary").then().statusCode(200).body("$", hasSize(0));

        assertEquals(3, rawRecords(TestUsers.GERARD.id()));
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/me/records/edf.load-curve")
                .then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void eventsAlreadyInKafkaDoNotComeBackButNewOnesAreKept() throws Exception {
        JsonPath receipt = erase(TestUsers.GERMAINE, "{\"scope\":\"ALL\"}", 201);
        Instant requestedAt = Instant.parse(receipt.getString("requestedAt"));
        Instant fact = JAN.plusSeconds(3600 + (UUID.randomUUID().getMostSignificantBits() & 0xFFFF));
        var old = EventCodec.encode(TestUsers.GERMAINE.id(), VaultFixtures.fix(MSISDN, fact));
        var fresh = EventCodec.encode(TestUsers.GERMAINE.id(), VaultFixtures.fix(MSISDN, fact.plusSeconds(1)));
        var marker = EventCodec.encode(TestUsers.GERARD.id(), VaultFixtures.fix("33698765432", fact));
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(PartnerTraffic.connectorOf(old.topic()))) {
            // published before the erasure (a redelivery, or an event still in flight): its timestamp says so
            producer.send(new ProducerRecord<>(old.topic(), null, requestedAt.minusSeconds(5).toEpochMilli(), old.key(), old.value())).get();
            producer.send(fresh).get();
            producer.send(marker).get();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        var records = database().getCollection(VaultRecords.COLLECTION);
        while ((records.countDocuments(Filters.eq("_id", marker.value().getId())) == 0
                || records.countDocuments(Filters.eq("_id", fresh.value().getId())) == 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(1, records.countDocuments(Filters.eq("_id", fresh.value().getId())), "data sent after the erasure is new data");
        assertEquals(0, records.countDocuments(Filters.eq("_id", old.value().getId())), "erased data does not come back");
    }

    @Test
    void aPendingErasureIsFinishedOnceWithItsTrueCounts() {
        PersonErasure pending = processor.request(TestUsers.GERARD.id(), ErasureScope.CATEGORIES, List.of(Category.EDF_LOAD_CURVE));
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/me/erasures/" + pending.erasureId())
                .then().statusCode(200).body("status", equalTo("PENDING")).body("keysDestroyed", equalTo(false));
        processor.complete(pending.erasureId()); // as the background pass does after a crash
        processor.complete(pending.erasureId()); // and again: nothing changes
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/me/erasures/" + pending.erasureId())
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("erasedRecords.'edf.load-curve'", equalTo(3));
        assertEquals(0, rawRecords(TestUsers.GERARD.id()));
    }

    @Test
    void receiptsAreThePersonsOwn() {
        String id = erase(TestUsers.GERMAINE, "{\"scope\":\"CATEGORIES\",\"categories\":[\"orange.geolocation\"]}", 201).getString("id");
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/erasures/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("categories", equalTo(List.of("orange.geolocation")));
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/erasures").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id));
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/me/erasures/" + id)
                .then().statusCode(404).contentType("application/problem+json").body(not(containsString("orange.geolocation")));
        given().auth().oauth2(Tokens.user(TestUsers.GERARD)).when().get("/api/v1/me/erasures").then().statusCode(200)
                .body("id", not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void badRequestsEraseNothingAndNameTheField() {
        String[][] cases = {
                {"{}", "scope"}, {"{\"scope\":\"SOME\"}", "scope"}, {"{\"scope\":\"CATEGORIES\"}", "categories"},
                {"{\"scope\":\"CATEGORIES\",\"categories\":[]}", "categories"},
                {"{\"scope\":\"CATEGORIES\",\"categories\":[\"edf.load-curve\",\"edf.nope\"]}", "categories[1]"},
                {"{\"scope\":\"CATEGORIES\",\"categories\":[\"opendata.weather\"]}", "categories[0]"},
                {"{\"scope\":\"ALL\",\"categories\":[\"edf.load-curve\"]}", "categories"},
        };
        for (String[] bad : cases) {
            given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).contentType(ContentType.JSON).body(bad[0])
                    .when().post("/api/v1/me/erasures")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(bad[1]));
        }
        assertEquals(7, rawRecords(TestUsers.GERMAINE.id()), "nothing erased");
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/erasures").then().body("$", hasSize(0));
    }

    @Test
    void onlyThePersonErasesTheirOwn() {
        given().contentType(ContentType.JSON).body("{\"scope\":\"ALL\"}").when().post("/api/v1/me/erasures").then().statusCode(401);
        given().auth().oauth2(Tokens.app("demo-energy-coach")).contentType(ContentType.JSON).body("{\"scope\":\"ALL\"}")
                .when().post("/api/v1/me/erasures").then().statusCode(403);
        given().auth().oauth2(Tokens.partner("orange")).contentType(ContentType.JSON).body("{\"scope\":\"ALL\"}")
                .when().post("/api/v1/me/erasures").then().statusCode(403);
        // a person cannot name anyone else: Gerard erasing everything erases only his
        erase(TestUsers.GERARD, "{\"scope\":\"ALL\"}", 201);
        assertEquals(7, rawRecords(TestUsers.GERMAINE.id()));
        assertEquals(0, rawRecords(TestUsers.GERARD.id()));
    }
}

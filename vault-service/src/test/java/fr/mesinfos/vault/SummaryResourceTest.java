package fr.mesinfos.vault;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.vault.summary.VaultRecords;
import io.quarkus.test.junit.QuarkusTest;

/** A person sees the summary of their own records only, read from MongoDB; other roles and anonymous callers are refused. */
@QuarkusTest
class SummaryResourceTest {

    @Inject
    VaultRecords records;

    @BeforeEach
    void seed() {
        records.collection().deleteMany(Filters.empty()).await().indefinitely();
        insert(TestUsers.GERMAINE.id(), "edf.load-curve", "edf", "2017-03-01T00:00:00Z");
        insert(TestUsers.GERMAINE.id(), "edf.load-curve", "edf", "2017-03-01T00:30:00Z");
        insert(TestUsers.GERMAINE.id(), "orange.geolocation", "orange", "2016-09-01T08:00:45Z");
        insert(TestUsers.GERARD.id(), "maif.claims", "maif", "2015-07-20T17:00:00Z");
    }

    private void insert(String person, String category, String source, String time) {
        records.collection().insertOne(new Document("_id", UUID.randomUUID().toString())
                .append(VaultRecords.PERSON, person).append(VaultRecords.CATEGORY, category)
                .append(VaultRecords.SOURCE, source).append(VaultRecords.TIME, Date.from(Instant.parse(time))))
                .await().indefinitely();
    }

    @Test
    void personSeesOwnCategoriesWithCountsAndSpan() {
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE))
                .when().get("/api/v1/me/summary")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].category", equalTo("edf.load-curve"))
                .body("[0].source", equalTo("edf"))
                .body("[0].count", equalTo(2))
                .body("[0].first", equalTo("2017-03-01T00:00:00Z"))
                .body("[0].last", equalTo("2017-03-01T00:30:00Z"))
                .body("[1].category", equalTo("orange.geolocation"))
                .body("[1].count", equalTo(1));
    }

    @Test
    void anotherPersonNeverSeesThem() {
        given().auth().oauth2(Tokens.user(TestUsers.GERARD))
                .when().get("/api/v1/me/summary")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].category", equalTo("maif.claims"))
                .body(not(containsString("edf.load-curve")));
    }

    @Test
    void anonymousIsUnauthorized() {
        given().when().get("/api/v1/me/summary").then().statusCode(401);
    }

    @Test
    void partnerAndOperatorAreForbidden() {
        given().auth().oauth2(Tokens.client("partner-edf", "partner-edf-secret"))
                .when().get("/api/v1/me/summary")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR))
                .when().get("/api/v1/me/summary")
                .then().statusCode(403);
    }

    @Test
    void forgedTokenIsUnauthorized() {
        String real = Tokens.user(TestUsers.GERMAINE);
        String[] parts = real.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(tampered).when().get("/api/v1/me/summary").then().statusCode(401);
    }
}

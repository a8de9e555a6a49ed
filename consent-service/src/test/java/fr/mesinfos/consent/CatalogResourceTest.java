package fr.mesinfos.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Persons, app developers and operators read the consentable categories; partners and anonymous callers cannot. */
@QuarkusTest
class CatalogResourceTest {

    @Test
    void everyAllowedRoleReadsThePersonalCategories() {
        for (TestUsers user : new TestUsers[] {TestUsers.GERMAINE, TestUsers.DEVELOPER, TestUsers.OPERATOR}) {
            given().auth().oauth2(Tokens.user(user))
                    .when().get("/api/v1/catalog")
                    .then().statusCode(200)
                    .body("size()", equalTo(9))
                    .body("id", hasItems("edf.load-curve", "orange.geolocation", "maif.claims"))
                    .body("id", not(hasItem("opendata.air-quality")))
                    .body("find { it.id == 'orange.geolocation' }.sensitivity", equalTo("SENSITIVE"))
                    .body("find { it.id == 'edf.load-curve' }.displayName.fr", org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    void filtersByPartner() {
        given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).queryParam("partner", "maif")
                .when().get("/api/v1/catalog")
                .then().statusCode(200)
                .body("source", everyItem(equalTo("maif")))
                .body("size()", equalTo(2));
    }

    @Test
    void unknownPartnerIsAProblemNamingTheField() {
        given().auth().oauth2(Tokens.user(TestUsers.DEVELOPER)).queryParam("partner", "grdf")
                .when().get("/api/v1/catalog")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("partner"));
    }

    @Test
    void partnerServiceAccountIsForbidden() {
        given().auth().oauth2(Tokens.partner("edf")).when().get("/api/v1/catalog").then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/api/v1/catalog").then().statusCode(401);
    }
}

package fr.mesinfos.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Persons, developers and operators list the open datasets; partners and anonymous callers cannot. */
@QuarkusTest
class DatasetResourceTest {

    @Test
    void allowedRolesListTheOpenDatasets() {
        for (TestUsers user : new TestUsers[] {TestUsers.CAMILLE, TestUsers.DEVELOPER, TestUsers.OPERATOR}) {
            given().auth().oauth2(Tokens.user(user))
                    .when().get("/api/v1/datasets")
                    .then().statusCode(200)
                    .body("id", containsInAnyOrder("opendata.air-quality", "opendata.transit", "opendata.weather"))
                    .body("topic", everyItem(startsWith("opendata.")))
                    .body("sensitivity", everyItem(equalTo("PUBLIC")));
        }
    }

    @Test
    void partnerIsForbidden() {
        given().auth().oauth2(Tokens.partner("maif")).when().get("/api/v1/datasets").then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/api/v1/datasets").then().statusCode(401);
    }
}

package fr.mesinfos.connector.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;

/**
 * What every connector guarantees about who may use it, checked with real Keycloak tokens: its own partner gets its
 * categories, another partner and every other role are refused, no token is unauthorized.
 */
public abstract class PartnerCategoriesContract {

    /** This connector's partner id ("orange", "edf", "maif"). */
    protected abstract String partner();

    /** Another partner, whose token must be refused here. */
    protected abstract String otherPartner();

    /** Category ids this partner must be offered. */
    protected abstract String[] expectedCategories();

    @Test
    void ownPartnerGetsItsCategories() {
        given().auth().oauth2(Tokens.partner(partner()))
                .when().get("/api/v1/categories")
                .then().statusCode(200)
                .body("id", hasItems(expectedCategories()))
                .body("source", everyItem(equalTo(partner())))
                .body("topic", everyItem(startsWith("partner." + partner() + ".")))
                .body("size()", equalTo(expectedCategories().length));
    }

    @Test
    void anotherPartnerIsForbiddenWithAProblemSayingWhy() {
        given().auth().oauth2(Tokens.partner(otherPartner()))
                .when().get("/api/v1/categories")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("'" + otherPartner() + "'"));
    }

    @Test
    void personsOperatorsAndDevelopersAreForbidden() {
        for (TestUsers user : new TestUsers[] {TestUsers.GERMAINE, TestUsers.OPERATOR, TestUsers.DEVELOPER}) {
            given().auth().oauth2(Tokens.user(user)).when().get("/api/v1/categories").then().statusCode(403);
        }
    }

    @Test
    void internalServiceAccountIsForbidden() {
        given().auth().oauth2(Tokens.client("vault-service", "vault-service-secret"))
                .when().get("/api/v1/categories").then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/api/v1/categories").then().statusCode(401);
    }
}

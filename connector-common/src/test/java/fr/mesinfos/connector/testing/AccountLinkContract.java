package fr.mesinfos.connector.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.restassured.http.ContentType;

/**
 * Account links as persons use them, against real Keycloak tokens and PostgreSQL: link, list, one owner per account,
 * only the owner unlinks, other roles refused. Each connector runs it with its own account format.
 */
public abstract class AccountLinkContract {

    /** An account as a person would type it (may need normalizing), unique to this test class. */
    protected abstract String typedAccount();

    /** The same account, normalized. */
    protected abstract String normalizedAccount();

    /** Text that is not an account of this partner. */
    protected abstract String notAnAccount();

    private static String body(String account) {
        return "{\"account\":\"" + account + "\"}";
    }

    @Test
    void personLinksListsAndUnlinksTheirAccount() {
        String germaine = Tokens.user(TestUsers.GERMAINE);
        given().auth().oauth2(germaine).contentType(ContentType.JSON).body(body(typedAccount()))
                .when().post("/api/v1/links")
                .then().statusCode(201).body("account", equalTo(normalizedAccount()));
        given().auth().oauth2(germaine).contentType(ContentType.JSON).body(body(normalizedAccount()))
                .when().post("/api/v1/links")
                .then().statusCode(200).body("account", equalTo(normalizedAccount()));
        given().auth().oauth2(germaine).when().get("/api/v1/links")
                .then().statusCode(200).body("account", hasItem(normalizedAccount()));

        // another person can neither take it, nor see it, nor remove it
        String gerard = Tokens.user(TestUsers.GERARD);
        given().auth().oauth2(gerard).contentType(ContentType.JSON).body(body(typedAccount()))
                .when().post("/api/v1/links")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("account"))
                .body(not(containsString(TestUsers.GERMAINE.id())));
        given().auth().oauth2(gerard).when().get("/api/v1/links")
                .then().statusCode(200).body("account", not(hasItem(normalizedAccount())));
        given().auth().oauth2(gerard).when().delete("/api/v1/links/" + normalizedAccount())
                .then().statusCode(404);

        given().auth().oauth2(germaine).when().delete("/api/v1/links/" + normalizedAccount())
                .then().statusCode(204);
        given().auth().oauth2(germaine).when().get("/api/v1/links")
                .then().statusCode(200).body("account", not(hasItem(normalizedAccount())));
    }

    @Test
    void invalidAccountIsAProblemOnTheAccountField() {
        given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).contentType(ContentType.JSON).body(body(notAnAccount()))
                .when().post("/api/v1/links")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("account"));
        given().auth().oauth2(Tokens.user(TestUsers.CAMILLE)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/links")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void partnersOperatorsAndAnonymousCannotManageLinks() {
        given().auth().oauth2(Tokens.client("partner-edf", "partner-edf-secret")).when().get("/api/v1/links").then().statusCode(403);
        given().auth().oauth2(Tokens.user(TestUsers.OPERATOR)).contentType(ContentType.JSON).body(body(typedAccount()))
                .when().post("/api/v1/links").then().statusCode(403);
        given().when().get("/api/v1/links").then().statusCode(401);
    }
}

package fr.mesinfos.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A partner's connector as its users reach it: persons link their accounts, the partner pushes its own formats. */
final class PartnerConnector {
    private final PlatformProcesses platform;
    private final Service service;
    private final String partner;

    PartnerConnector(PlatformProcesses platform, Service service, String partner) {
        this.platform = platform;
        this.service = service;
        this.partner = partner;
    }

    String partner() {
        return partner;
    }

    /** The person links an account with her own token; the expected status (201 created, 200 already hers, ...). */
    void link(TestUsers person, String account, int status) {
        given().baseUri(url()).auth().oauth2(Tokens.user(person)).contentType(ContentType.JSON)
                .body(Map.of("account", account)).when().post("/api/v1/links").then().statusCode(status);
    }

    /** The person's linked accounts at this partner (normalized). */
    List<String> links(TestUsers person) {
        return given().baseUri(url()).auth().oauth2(Tokens.user(person))
                .when().get("/api/v1/links").then().statusCode(200).extract().jsonPath().getList("account");
    }

    /** The partner pushes a batch (a JSON array of records of the format); 202 expected; the event ids published. */
    List<String> push(String format, String batch) {
        JsonPath receipt = given().baseUri(url()).auth().oauth2(Tokens.partner(partner))
                .contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/push/" + format).then().statusCode(202).extract().jsonPath();
        List<String> ids = receipt.getList("eventIds");
        assertEquals(receipt.getInt("events"), ids.size(), "one id per event published");
        return ids;
    }

    /** The partner pushes a batch the connector must refuse with this status. */
    void pushRefused(String format, String batch, int status) {
        given().baseUri(url()).auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/push/" + format).then().statusCode(status);
    }

    private String url() {
        return platform.url(service);
    }
}

package fr.mesinfos.e2e;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import fr.mesinfos.testkit.Await;
import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** opendata-service as a person reaches it: the cross-data services, what each needs and whether she consented. */
final class OpenDataApi {
    private final PlatformProcesses platform;

    OpenDataApi(PlatformProcesses platform) {
        this.platform = platform;
    }

    /** {@code GET /api/v1/me/services} with the person's token, once it answers 200 (503 until it read the consents). */
    JsonPath services(TestUsers person, Duration patience) {
        Response[] last = new Response[1];
        Await.until(() -> {
            last[0] = given().baseUri(platform.url(Service.OPENDATA)).auth().oauth2(Tokens.user(person))
                    .when().get("/api/v1/me/services");
            return last[0].statusCode() != 503;
        }, "opendata-service read the consents", patience);
        return last[0].then().statusCode(200).extract().jsonPath();
    }
}

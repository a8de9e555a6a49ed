package fr.mesinfos.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mesinfos.testkit.platform.PlatformProcesses.Service;
import fr.mesinfos.testkit.platform.PlatformProcesses;
import io.restassured.response.Response;

/** What an operator and a passer-by see of the running platform: every service ready; the personal space's front door. */
final class Operations {
    private final PlatformProcesses platform;

    Operations(PlatformProcesses platform) {
        this.platform = platform;
    }

    /** Every started service answers 200 on /q/health/ready. */
    void assertEveryServiceReady() {
        for (Service service : platform.services()) {
            int status = given().baseUri(platform.url(service)).when().get("/q/health/ready").statusCode();
            assertEquals(200, status, service.module() + " ready");
        }
    }

    /** The personal space's home, without a session, sends the browser to Keycloak's login (authorization code). */
    void assertPersonalSpaceSendsToLogin() {
        Response home = given().baseUri(platform.url(Service.PERSONAL_SPACE)).redirects().follow(false).when().get("/");
        assertEquals(302, home.statusCode(), "the home page needs a login");
        String location = home.header("Location");
        assertTrue(location != null && location.startsWith(platform.oidcUrl() + "/protocol/openid-connect/auth?"),
                "to the realm's authorization endpoint");
        assertTrue(location.contains("client_id=personal-space") && location.contains("code_challenge_method=S256"),
                "as the personal-space client, with PKCE");
    }
}

package fr.mesinfos.connector.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;
import io.restassured.http.ContentType;

/**
 * The pilot's own files (src/test/resources/pilot/, byte for byte as the partners delivered them), pushed through the
 * real API: each is accepted or refused exactly as the connector's README documents.
 */
public abstract class PilotFilesContract {

    /** One pilot file pushed with one format: 202 with that many events, or 400 with an error on that field. */
    public record PilotCase(String file, String format, int status, String field, int events, String topic) {
        public static PilotCase accepted(String file, String format, int events, String topic) {
            return new PilotCase(file, format, 202, null, events, topic);
        }

        public static PilotCase refused(String file, String format, String field) {
            return new PilotCase(file, format, 400, field, 0, null);
        }
    }

    protected abstract String partner();

    /** The pilot persona's account at this partner, which Germaine links before the pushes (normalized). */
    protected abstract String pilotAccount();

    protected abstract List<PilotCase> cases();

    @Test
    void everyPilotFileIsAcceptedOrRefusedAsDocumented() throws IOException {
        given().auth().oauth2(Tokens.user(TestUsers.GERMAINE)).contentType(ContentType.JSON)
                .body("{\"account\":\"" + pilotAccount() + "\"}").when().post("/api/v1/links")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String token = Tokens.partner(partner());
        for (PilotCase pilot : cases()) {
            long before = pilot.topic() == null ? 0 : TopicProbe.endOffset(pilot.topic());
            var response = given().auth().oauth2(token).contentType(ContentType.JSON).body(read(pilot.file()))
                    .when().post("/api/v1/push/" + pilot.format())
                    .then().statusCode(pilot.status());
            if (pilot.status() == 202) {
                response.body("events", equalTo(pilot.events()));
                assertEquals(before + pilot.events(), TopicProbe.endOffset(pilot.topic()), pilot.file());
            } else {
                response.contentType("application/problem+json").body("errors.field", hasItem(pilot.field()));
            }
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = PilotFilesContract.class.getResourceAsStream("/pilot/" + file)) {
            assertNotNull(in, "pilot file " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

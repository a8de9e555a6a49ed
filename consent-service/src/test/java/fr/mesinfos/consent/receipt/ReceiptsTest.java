package fr.mesinfos.consent.receipt;

import static fr.mesinfos.consent.TestTokens.COACH;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import fr.mesinfos.consent.Consents;
import fr.mesinfos.consent.TestTokens;
import fr.mesinfos.testkit.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

/** Receipts are signed JWS that verify with the published key, carry the consent-receipt fields, and break when altered. */
@QuarkusTest
class ReceiptsTest {

    private static List<Map<String, Object>> receipts(String id) {
        return given().auth().oauth2(TestTokens.user(TestUsers.GERMAINE)).when().get("/api/v1/me/consents/" + id + "/receipts")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    private static boolean verifies(String compact) throws Exception {
        String jwks = given().when().get("/api/v1/receipts/jwks.json").then().statusCode(200).extract().asString();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(compact);
        JsonWebKey key = new JsonWebKeySet(jwks).findJsonWebKey(jws.getKeyIdHeaderValue(), "RSA", "sig", "RS256");
        assertNotNull(key, "the receipt's key id is published");
        assertFalse(jwks.contains("\"d\""), "the JWKS holds no private parameter");
        jws.setKey(key.getKey());
        try {
            return jws.verifySignature();
        } catch (org.jose4j.lang.JoseException e) {
            return false;
        }
    }

    @Test
    void aGrantReceiptVerifiesWithThePublishedKeyAndCarriesTheReceiptFields() throws Exception {
        String id = Consents.active(COACH, TestUsers.GERMAINE);
        List<Map<String, Object>> list = receipts(id);
        assertEquals(1, list.size());
        assertEquals("GRANT", list.get(0).get("kind"));
        String compact = (String) list.get(0).get("jws");
        assertTrue(verifies(compact));

        Map<String, Object> claims = JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(compact.split("\\.")[1]), StandardCharsets.UTF_8));
        assertEquals(id, claims.get("recordId"));
        assertEquals(list.get(0).get("id"), claims.get("consentReceiptID"));
        assertEquals(1L, ((Number) claims.get("consentVersion")).longValue());
        assertEquals(TestUsers.GERMAINE.id(), claims.get("piiPrincipalId"));
        assertEquals("FR", claims.get("jurisdiction"));
        assertEquals("GRANT", claims.get("event"));
        assertEquals("personal-space", claims.get("collectionMethod"));
        assertNotNull(claims.get("consentTimestamp"));
        assertNotNull(claims.get("schemaVersion"));
        assertNotNull(claims.get("piiControllers"));
        assertEquals(Map.of("appId", COACH, "role", "recipient (controller of its own processing)"), claims.get("recipient"));
        assertEquals("dpv:Consent", ((Map<?, ?>) claims.get("legalBasis")).get("code"));
        assertTrue(((String) ((Map<?, ?>) claims.get("legalBasis")).get("text")).contains("6(1)(a)"));
        Map<?, ?> purpose = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) claims.get("services")).get(0)).get("purposes")).get(0);
        assertEquals(List.of("dpv:ServiceProvision"), purpose.get("purposeCategory"));
        assertEquals(Consents.ENERGY, purpose.get("piiCategory"));
        assertNotNull(purpose.get("purpose"));
        assertNotNull(((Map<?, ?>) claims.get("accessPeriod")).get("expiresAt"));
        assertEquals("2026-01-01T00:00:00Z", ((Map<?, ?>) claims.get("dataPeriod")).get("from"));
        assertTrue(((Map<?, ?>) claims.get("withdrawal")).get("endpoint").toString().contains(id + "/withdraw"));
        assertTrue(claims.get("noticeVersion").toString().startsWith("sha256:"));
    }

    @Test
    void aReceiptAlteredByOneByteNoLongerVerifies() throws Exception {
        String id = Consents.active(COACH, TestUsers.GERMAINE);
        String compact = (String) receipts(id).get(0).get("jws");
        String[] parts = compact.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        String text = new String(payload, StandardCharsets.UTF_8);
        int at = text.indexOf("\"FR\"") + 2;
        payload[at] = (byte) 'S';
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
        assertTrue(new String(payload, StandardCharsets.UTF_8).contains("\"FS\""));
        assertTrue(verifies(compact));
        assertFalse(verifies(altered));
    }

    @Test
    void withdrawalAndRevocationHaveTheirReceiptsToo() {
        String withdrawn = Consents.active(COACH, TestUsers.GERMAINE);
        Consents.act(TestUsers.GERMAINE, withdrawn, "withdraw", Map.of()).statusCode(200);
        assertEquals(List.of("GRANT", "WITHDRAWAL"), receipts(withdrawn).stream().map(r -> r.get("kind")).toList());
        String revoked = Consents.active(COACH, TestUsers.GERMAINE);
        Consents.terminate(COACH, revoked, "closing").statusCode(200);
        assertEquals(List.of("GRANT", "REVOCATION"), receipts(revoked).stream().map(r -> r.get("kind")).toList());
    }
}

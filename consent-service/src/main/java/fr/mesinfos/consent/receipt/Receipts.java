package fr.mesinfos.consent.receipt;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import io.smallrye.mutiny.Uni;

/** Issues signed receipts (JWS, RS256, with the key id of the published JWKS) within the caller's transaction. */
@ApplicationScoped
public class Receipts {

    @Inject
    ReceiptKeys keys;

    @Inject
    ReceiptRepository repository;

    /** Signs and stores a receipt of these facts; joins the current transaction, so it exists iff the change does. */
    public Uni<Receipt> issue(ReceiptFacts facts) {
        Receipt receipt = new Receipt();
        receipt.id = UUID.randomUUID();
        receipt.consentId = facts.consentId();
        receipt.consentVersion = facts.consentVersion();
        receipt.personId = facts.personId();
        receipt.kind = facts.kind().name();
        receipt.issuedAt = facts.at();
        receipt.jws = sign(JsonUtil.toJson(ReceiptContent.claims(receipt.id, facts)));
        return repository.persist(receipt);
    }

    public Uni<List<Receipt>> of(UUID consentId) {
        return repository.of(consentId);
    }

    private String sign(String payload) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setKey(keys.signingKey().getPrivateKey());
        jws.setKeyIdHeaderValue(keys.signingKey().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a receipt", e);
        }
    }
}

package fr.mesinfos.consent.receipt;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

import io.quarkus.runtime.LaunchMode;

/**
 * The receipt signing key pair, from configuration (an RSA private key, PKCS#8 base64; its public half is derived),
 * and the public JWKS anyone may verify receipts with.
 */
@ApplicationScoped
public class ReceiptKeys {
    private static final Logger LOG = Logger.getLogger(ReceiptKeys.class);
    private final RsaJsonWebKey key;

    ReceiptKeys(@ConfigProperty(name = "mesinfos.receipts.signing-key") String privateKeyBase64,
            @ConfigProperty(name = "mesinfos.receipts.key-id") String keyId) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(privateKeyBase64)));
            BigInteger modulus = privateKey.getModulus();
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(modulus, privateKey.getPublicExponent()));
            key = new RsaJsonWebKey(publicKey);
            key.setPrivateKey(privateKey);
            key.setKeyId(keyId);
            key.setUse("sig");
            key.setAlgorithm("RS256");
            if (keyId.startsWith("dev-only") && LaunchMode.current() == LaunchMode.NORMAL) {
                LOG.warn("receipts are signed with the DEV ONLY key of application.properties: set mesinfos.receipts.signing-key");
            }
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("mesinfos.receipts.signing-key is not an RSA private key in PKCS#8 base64", e);
        }
    }

    PublicJsonWebKey signingKey() {
        return key;
    }

    /** The public key set (no private parameter), as served at /api/v1/receipts/jwks.json. */
    public String publicJwks() {
        return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}

package fr.mesinfos.consent.receipt;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Publishes the receipts' public key, without authentication, so anyone holding a receipt can verify it. */
@Path("/api/v1/receipts/jwks.json")
@PermitAll
public class JwksResource {

    @Inject
    ReceiptKeys keys;

    @GET
    @Produces("application/jwk-set+json")
    @Operation(summary = "The public keys that sign consent receipts (JWKS)")
    public String jwks() {
        return keys.publicJwks();
    }
}

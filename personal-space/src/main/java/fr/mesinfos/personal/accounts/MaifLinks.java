package fr.mesinfos.personal.accounts;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** connector-maif's account links (quarkus.rest-client.connector-maif.url). */
@RegisterRestClient(configKey = "connector-maif")
@AccessToken
public interface MaifLinks extends LinksApi {
}

package fr.mesinfos.personal.accounts;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** connector-edf's account links (quarkus.rest-client.connector-edf.url). */
@RegisterRestClient(configKey = "connector-edf")
@AccessToken
public interface EdfLinks extends LinksApi {
}

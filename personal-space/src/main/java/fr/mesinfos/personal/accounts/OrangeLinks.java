package fr.mesinfos.personal.accounts;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** connector-orange's account links (quarkus.rest-client.connector-orange.url). */
@RegisterRestClient(configKey = "connector-orange")
@AccessToken
public interface OrangeLinks extends LinksApi {
}

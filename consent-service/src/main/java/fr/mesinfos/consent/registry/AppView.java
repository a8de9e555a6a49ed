package fr.mesinfos.consent.registry;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A registered app as its developer and the operators see it; the client secret appears once, at registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppView(String appId, String name, String legalEntity, String contactEmail, List<String> purposes,
        List<String> redirectUris, String deletionPolicy, Instant registeredAt, String topic, String clientId, String clientSecret) {

    static AppView of(AppRegistration app, String clientSecret) {
        return new AppView(app.appId, app.name, app.legalEntity, app.contactEmail, AppRegistration.list(app.purposes),
                AppRegistration.list(app.redirectUris), app.deletionPolicy, app.registeredAt,
                fr.mesinfos.events.Topics.app(app.appId), app.appId, clientSecret);
    }
}

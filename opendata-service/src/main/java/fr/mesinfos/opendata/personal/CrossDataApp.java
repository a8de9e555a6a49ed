package fr.mesinfos.opendata.personal;

/** The first-party app that runs the cross-data services: a Keycloak client with the role app, consented to like any app. */
public final class CrossDataApp {
    /** Its client id, app id and name in consents. */
    public static final String APP_ID = "mesinfos-cross-data";

    private CrossDataApp() {
    }
}

-- The apps registered by app developers: one row per app, the app id being its Keycloak client id and topic name.
CREATE TABLE app_registration (
    app_id          VARCHAR(63)  PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    legal_entity    VARCHAR(200) NOT NULL,
    contact_email   VARCHAR(254) NOT NULL,
    purposes        TEXT         NOT NULL,
    redirect_uris   TEXT         NOT NULL,
    deletion_policy TEXT         NOT NULL,
    owner_id        VARCHAR(64)  NOT NULL,
    registered_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX app_registration_owner ON app_registration (owner_id);

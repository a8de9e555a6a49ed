-- A consent of one person to one app: its current terms (version), its status and who ended it, how and why.
-- consent_id is stable across amendments; version is the terms version (1, then +1 per confirmed amendment);
-- revision increases with every change of the row: the version published on consent.state.v1, so a follower can tell a stale state.
CREATE TABLE consent (
    id                  uuid          PRIMARY KEY,
    version             integer       NOT NULL CHECK (version >= 1),
    revision            integer       NOT NULL CHECK (revision >= 1),
    person_id           varchar(64)   NOT NULL,
    app_id              varchar(63)   NOT NULL,
    status              varchar(16)   NOT NULL CHECK (status IN ('REQUESTED','ACTIVE','REJECTED','EXPIRED','WITHDRAWN','REVOKED')),
    categories          varchar(1000) NOT NULL,
    purpose_code        varchar(64)   NOT NULL,
    purpose_text_fr     varchar(2000) NOT NULL,
    purpose_text_en     varchar(2000) NOT NULL,
    access_days         integer       NOT NULL CHECK (access_days BETWEEN 1 AND 365),
    data_from           timestamptz,
    data_to             timestamptz,
    one_off             boolean       NOT NULL,
    notice_version      varchar(80)   NOT NULL,
    requested_at        timestamptz   NOT NULL,
    request_expires_at  timestamptz   NOT NULL,
    granted_at          timestamptz,
    expires_at          timestamptz,
    ended_at            timestamptz,
    ended_by            varchar(80),
    end_channel         varchar(32),
    end_reason          varchar(500),
    updated_at          timestamptz   NOT NULL,
    CHECK (data_from IS NULL OR data_to IS NULL OR data_to > data_from),
    CHECK (expires_at IS NULL OR granted_at IS NULL OR expires_at <= granted_at + interval '366 days')
);
CREATE INDEX consent_person ON consent (person_id);
CREATE INDEX consent_app ON consent (app_id);
CREATE INDEX consent_active_expiry ON consent (expires_at) WHERE status = 'ACTIVE';
CREATE INDEX consent_request_expiry ON consent (request_expires_at) WHERE status = 'REQUESTED';

-- An amendment an app proposes to an ACTIVE consent: the terms of the next version, waiting for the person.
CREATE TABLE consent_amendment (
    id                  uuid          PRIMARY KEY,
    consent_id          uuid          NOT NULL REFERENCES consent (id),
    version             integer       NOT NULL,
    state               varchar(16)   NOT NULL CHECK (state IN ('PROPOSED','CONFIRMED','REFUSED','CANCELLED')),
    categories          varchar(1000) NOT NULL,
    purpose_code        varchar(64)   NOT NULL,
    purpose_text_fr     varchar(2000) NOT NULL,
    purpose_text_en     varchar(2000) NOT NULL,
    access_days         integer       NOT NULL CHECK (access_days BETWEEN 1 AND 365),
    data_from           timestamptz,
    data_to             timestamptz,
    one_off             boolean       NOT NULL,
    notice_version      varchar(80)   NOT NULL,
    proposed_at         timestamptz   NOT NULL,
    UNIQUE (consent_id, version)
);

-- The exact notice text a person was shown, by version (hash of the text), kept verbatim (CS-DM-8).
CREATE TABLE consent_notice (
    notice_version      varchar(80)   PRIMARY KEY,
    text_fr             text          NOT NULL,
    text_en             text          NOT NULL,
    created_at          timestamptz   NOT NULL
);

-- Append-only history of every consent: who did what, when, through which channel, under which notice and version.
CREATE TABLE consent_history (
    id                  bigserial     PRIMARY KEY,
    consent_id          uuid          NOT NULL REFERENCES consent (id),
    consent_version     integer       NOT NULL,
    action              varchar(32)   NOT NULL,
    from_status         varchar(16),
    to_status           varchar(16)   NOT NULL,
    actor               varchar(80)   NOT NULL,
    channel             varchar(32)   NOT NULL,
    notice_version      varchar(80)   NOT NULL,
    reason              varchar(500),
    at                  timestamptz   NOT NULL
);
CREATE INDEX consent_history_consent ON consent_history (consent_id, id);

CREATE FUNCTION consent_history_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'consent_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER consent_history_no_update_or_delete BEFORE UPDATE OR DELETE ON consent_history
    FOR EACH ROW EXECUTE FUNCTION consent_history_is_append_only();
CREATE TRIGGER consent_history_no_truncate BEFORE TRUNCATE ON consent_history
    FOR EACH STATEMENT EXECUTE FUNCTION consent_history_is_append_only();

-- Transactional outbox: written in the same transaction as each state change; the relay publishes the person's
-- consents to consent.state.v1 and sets sent_at only once Kafka acknowledged them.
CREATE TABLE consent_outbox (
    id                  bigserial     PRIMARY KEY,
    person_id           varchar(64)   NOT NULL,
    consent_id          uuid          NOT NULL,
    created_at          timestamptz   NOT NULL,
    sent_at             timestamptz
);
CREATE INDEX consent_outbox_unsent ON consent_outbox (id) WHERE sent_at IS NULL;

-- Signed receipts (JWS compact serialization) issued to the person on grant, amendment and every end.
CREATE TABLE consent_receipt (
    id                  uuid          PRIMARY KEY,
    consent_id          uuid          NOT NULL REFERENCES consent (id),
    consent_version     integer       NOT NULL,
    person_id           varchar(64)   NOT NULL,
    kind                varchar(16)   NOT NULL,
    issued_at           timestamptz   NOT NULL,
    jws                 text          NOT NULL
);
CREATE INDEX consent_receipt_consent ON consent_receipt (consent_id, issued_at);

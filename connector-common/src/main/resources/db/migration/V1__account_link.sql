-- A person's link to one of their accounts at this connector's partner (PRM, phone number, member number).
-- The account is the primary key: one owner per partner account.
CREATE TABLE account_link (
    account    varchar(32)  PRIMARY KEY,
    person_id  varchar(64)  NOT NULL,
    linked_at  timestamptz  NOT NULL
);
CREATE INDEX account_link_person ON account_link (person_id);

-- Lotse schema, version 6: accounts with roles, confidential journal entries, authors of steps.

-- The office's accounts. They sync, so an account made on one device logs in on every device
-- once that device synced; the credential (a key pair whose private half is wrapped under the
-- password) travels with it, never the password. User names are unique by the service's check,
-- not by a constraint: two devices offline may both make one, and sync must still apply both.
CREATE TABLE account (
    id                  UUID          NOT NULL PRIMARY KEY,
    user_name           VARCHAR(32)   NOT NULL,
    display_name        VARCHAR(200)  NOT NULL,
    roles               VARCHAR(200)  NOT NULL,
    disabled            BOOLEAN       NOT NULL,
    caseworker_id       UUID          REFERENCES caseworker (id),
    credential          VARCHAR(4000) NOT NULL,
    recovery_credential VARCHAR(4000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_user_name ON account (user_name);

-- Office-wide settings the administrator sets, e.g. the idle time before the window locks.
CREATE TABLE office_setting (
    id            UUID          NOT NULL PRIMARY KEY,
    name          VARCHAR(64)   NOT NULL,
    setting_value VARCHAR(1000) NOT NULL
);

-- Health and protection notes: only the caseworker of the case and the head of office read them.
ALTER TABLE journal_entry ADD COLUMN confidential BOOLEAN DEFAULT FALSE NOT NULL;
-- who last changed a step (the user name of an account), as the journal names its author
ALTER TABLE integration_step ADD COLUMN changed_by VARCHAR(32);

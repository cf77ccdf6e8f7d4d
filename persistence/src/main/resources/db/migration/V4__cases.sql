-- Lotse schema, version 4: organisations, caseworkers, case files with their journal, consents,
-- benefits, referrals and integration plan, plan templates, and appointments.

-- Partners and authorities: job centre, foreigners' authority, schools, welfare associations.
CREATE TABLE organisation (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    topics      VARCHAR(200),
    street      VARCHAR(200),
    postal_code VARCHAR(10),
    city        VARCHAR(100),
    phone       VARCHAR(50),
    email       VARCHAR(200)
);

-- A named person to talk to at an organisation.
CREATE TABLE organisation_contact (
    id              UUID         NOT NULL PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    name            VARCHAR(200) NOT NULL,
    role            VARCHAR(200),
    phone           VARCHAR(50),
    email           VARCHAR(200)
);
CREATE INDEX organisation_contact_organisation ON organisation_contact (organisation_id);

-- The office's caseworkers (until logins exist, the one using the program is chosen from these).
CREATE TABLE caseworker (
    id   UUID         NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

-- A case file for one person or one household. Its number holds the device code of the device
-- that opened it, so numbers made offline on two devices never collide.
CREATE TABLE case_file (
    id            UUID        NOT NULL PRIMARY KEY,
    number        VARCHAR(20) NOT NULL,
    person_id     UUID        REFERENCES person (id),
    household_id  UUID        REFERENCES household (id),
    caseworker_id UUID        REFERENCES caseworker (id),
    target_group  VARCHAR(32) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    close_reason  VARCHAR(500),
    opened_on     DATE        NOT NULL,
    closed_on     DATE,
    CONSTRAINT case_file_number_unique UNIQUE (number),
    CONSTRAINT case_file_subject CHECK (person_id IS NOT NULL OR household_id IS NOT NULL)
);
CREATE INDEX case_file_person ON case_file (person_id);
CREATE INDEX case_file_household ON case_file (household_id);
CREATE INDEX case_file_caseworker ON case_file (caseworker_id);

-- The journal is append-only: a correction is a new entry that refers to the one it corrects.
CREATE TABLE journal_entry (
    id           UUID          NOT NULL PRIMARY KEY,
    case_id      UUID          NOT NULL REFERENCES case_file (id),
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    author       VARCHAR(200)  NOT NULL,
    text         VARCHAR(10000) NOT NULL,
    corrects_id  UUID          REFERENCES journal_entry (id)
);
CREATE INDEX journal_entry_case ON journal_entry (case_id, written_at);

CREATE TABLE consent (
    id           UUID         NOT NULL PRIMARY KEY,
    case_id      UUID         NOT NULL REFERENCES case_file (id),
    purpose      VARCHAR(200) NOT NULL,
    given_on     DATE         NOT NULL,
    withdrawn_on DATE
);
CREATE INDEX consent_case ON consent (case_id);

CREATE TABLE benefit (
    id        UUID          NOT NULL PRIMARY KEY,
    case_id   UUID          NOT NULL REFERENCES case_file (id),
    kind      VARCHAR(16)   NOT NULL,
    from_date DATE          NOT NULL,
    to_date   DATE,
    amount    DECIMAL(10, 2)
);
CREATE INDEX benefit_case ON benefit (case_id);

CREATE TABLE referral (
    id              UUID         NOT NULL PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES case_file (id),
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    subject         VARCHAR(200) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    referred_on     DATE         NOT NULL
);
CREATE INDEX referral_case ON referral (case_id);

-- The integration plan: next steps, ordered by priority and due date.
CREATE TABLE integration_step (
    id              UUID         NOT NULL PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES case_file (id),
    title           VARCHAR(200) NOT NULL,
    category        VARCHAR(16)  NOT NULL,
    priority        VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    due_on          DATE,
    organisation_id UUID         REFERENCES organisation (id),
    outcome         VARCHAR(1000),
    last_change     DATE         NOT NULL
);
CREATE INDEX integration_step_case ON integration_step (case_id);
CREATE INDEX integration_step_due ON integration_step (status, due_on);

-- Templates an administrator edits; a plan starts as a copy of one.
CREATE TABLE plan_template (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    description VARCHAR(1000)
);

CREATE TABLE plan_template_step (
    id                UUID         NOT NULL PRIMARY KEY,
    template_id       UUID         NOT NULL REFERENCES plan_template (id),
    position          INT          NOT NULL,
    title             VARCHAR(200) NOT NULL,
    category          VARCHAR(16)  NOT NULL,
    priority          VARCHAR(16)  NOT NULL,
    due_after_days    INT,
    organisation_kind VARCHAR(32)
);
CREATE INDEX plan_template_step_template ON plan_template_step (template_id);

CREATE TABLE appointment (
    id                   UUID         NOT NULL PRIMARY KEY,
    person_id            UUID         REFERENCES person (id),
    case_id              UUID         REFERENCES case_file (id),
    caseworker_id        UUID         REFERENCES caseworker (id),
    starts_at            TIMESTAMP    NOT NULL,
    minutes              INT          NOT NULL,
    title                VARCHAR(200) NOT NULL,
    place                VARCHAR(200),
    with_whom            VARCHAR(200),
    interpreter_language VARCHAR(8),
    reminder_minutes     INT
);
CREATE INDEX appointment_caseworker_start ON appointment (caseworker_id, starts_at);
CREATE INDEX appointment_person ON appointment (person_id);

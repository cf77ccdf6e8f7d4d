-- Lotse schema, version 5: sync through a central share.
-- Two devices may each make a record that a unique constraint would refuse (the same nationality
-- added twice, one case number given twice on a cloned laptop). Sync must apply both to converge,
-- so these rules move from constraints to checks that open conflicts for a person to resolve.
ALTER TABLE person_nationality DROP CONSTRAINT person_nationality_unique;
CREATE INDEX person_nationality_person ON person_nationality (person_id, country);
ALTER TABLE household_member DROP CONSTRAINT household_member_unique;
CREATE INDEX household_member_household ON household_member (household_id, person_id);
ALTER TABLE case_file DROP CONSTRAINT case_file_number_unique;
CREATE INDEX case_file_number ON case_file (number);

-- Two persons a caseworker declared different after sync had taken them for one person registered
-- on two devices. A business record like any other, so the decision reaches every device.
CREATE TABLE person_distinct (
    id        UUID NOT NULL PRIMARY KEY,
    first_id  UUID NOT NULL,
    second_id UUID NOT NULL
);

-- Each outbox row as it travels to other devices (with the versions its fields replaced), set
-- when sync takes the row in.
ALTER TABLE change_log ADD COLUMN wire VARCHAR(1000000);

-- This device's membership of the office's realm (one row once joined), its keys, and how far
-- its own outbox has been taken in and exported.
CREATE TABLE sync_realm (
    id              INT           NOT NULL PRIMARY KEY CHECK (id = 1),
    realm_id        UUID          NOT NULL,
    share_path      VARCHAR(2000) NOT NULL,
    device_name     VARCHAR(100)  NOT NULL,
    body_key        VARBINARY(32) NOT NULL,
    mac_key         VARBINARY(32) NOT NULL,
    key_id          VARCHAR(32)   NOT NULL,
    private_key     VARCHAR(500)  NOT NULL,
    absorbed_seq    BIGINT        DEFAULT 0 NOT NULL,
    exported_seq    BIGINT        DEFAULT 0 NOT NULL,
    batch_seq       BIGINT        DEFAULT 0 NOT NULL,
    batch_hash      VARCHAR(64)   DEFAULT '' NOT NULL,
    pending_seq     BIGINT,
    pending_hash    VARCHAR(64),
    pending_last    BIGINT,
    last_sync       TIMESTAMP WITH TIME ZONE,
    -- set on joining, cleared once the newest snapshot is taken in (or none was there): a join
    -- cut short by a crash finishes at the next sync
    bootstrap_due   BOOLEAN       DEFAULT TRUE NOT NULL
);

-- The other devices of the realm as read from the share, and what this device noticed of them.
CREATE TABLE sync_device (
    device_id      UUID         NOT NULL PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    code           VARCHAR(8)   NOT NULL,
    public_key     VARCHAR(500) NOT NULL,
    retired        BOOLEAN      DEFAULT FALSE NOT NULL,
    clock_suspect  BOOLEAN      DEFAULT FALSE NOT NULL
);

-- How far each other device's batches are applied here, with the hash that the next must name.
CREATE TABLE sync_cursor (
    device_id UUID        NOT NULL PRIMARY KEY,
    seq       BIGINT      NOT NULL,
    hash      VARCHAR(64) NOT NULL
);

-- Every synced record's field versions that no other version replaced yet (JSON), from which its
-- row in the business table is made. A deleted record keeps its state, so a delete can be undone.
-- Record ids are UUIDs unique across tables, so the id alone is the key: H2 looks up a list of
-- ids through the index only when they form its first column.
-- The origin is the device of the record's oldest version held (for a person: the device that
-- registered it), for checks that compare records made on different devices.
CREATE TABLE sync_record (
    record_id UUID             NOT NULL PRIMARY KEY,
    entity    VARCHAR(64)      NOT NULL,
    origin    UUID             NOT NULL,
    state     VARCHAR(1000000) NOT NULL
);

-- Open conflicts, kept in step with sync_record by every import and every resolution.
CREATE TABLE sync_conflict (
    id              VARCHAR(64)      NOT NULL PRIMARY KEY,
    kind            VARCHAR(32)      NOT NULL,
    entity          VARCHAR(64)      NOT NULL,
    record_id       UUID             NOT NULL,
    field           VARCHAR(64)      NOT NULL,
    conflict_values VARCHAR(1000000) NOT NULL
);
CREATE INDEX sync_conflict_record ON sync_conflict (record_id);

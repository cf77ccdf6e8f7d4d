-- Lotse schema, version 3: what a caseworker records about a person beyond name and birth.
-- Lists (other spellings, languages) are kept as one text value per person, so that sync
-- compares and merges them as one field.
ALTER TABLE person ADD COLUMN name_original VARCHAR(200);
ALTER TABLE person ADD COLUMN other_names VARCHAR(1000);
ALTER TABLE person ADD COLUMN languages VARCHAR(100);
ALTER TABLE person ADD COLUMN interpreter_needed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE person ADD COLUMN arrival_in_germany DATE;
ALTER TABLE person ADD COLUMN file_number_abh VARCHAR(50);
ALTER TABLE person ADD COLUMN file_number_bamf VARCHAR(50);
ALTER TABLE person ADD COLUMN notes VARCHAR(4000);

-- Residence status as a history: one row per permit or status, with its validity.
CREATE TABLE residence_status (
    id          UUID        NOT NULL PRIMARY KEY,
    person_id   UUID        NOT NULL REFERENCES person (id),
    kind        VARCHAR(32) NOT NULL,
    valid_from  DATE,
    valid_until DATE,
    note        VARCHAR(500)
);
CREATE INDEX residence_status_person ON residence_status (person_id);
CREATE INDEX residence_status_valid_until ON residence_status (valid_until);

-- A merge of two persons into one: kept so that it can be inspected, and so that sync can
-- redirect changes that still arrive for the person who was merged away.
CREATE TABLE person_merge (
    id          UUID         NOT NULL PRIMARY KEY,
    survivor_id UUID         NOT NULL,
    merged_id   UUID         NOT NULL,
    merged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    merged_name VARCHAR(402) NOT NULL,
    moved       VARCHAR(100000) NOT NULL
);
CREATE INDEX person_merge_merged ON person_merge (merged_id);
CREATE INDEX person_merge_survivor ON person_merge (survivor_id);

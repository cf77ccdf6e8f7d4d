-- Lotse schema, version 2: how to reach a person.
ALTER TABLE person ADD COLUMN phone VARCHAR(50);
ALTER TABLE person ADD COLUMN email VARCHAR(200);
ALTER TABLE person ADD COLUMN street VARCHAR(200);
ALTER TABLE person ADD COLUMN postal_code VARCHAR(10);
ALTER TABLE person ADD COLUMN city VARCHAR(100);

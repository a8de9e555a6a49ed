-- An app's confirmation that it deleted what it received under a consent that ended (CS-RV-7), shown to the person.
ALTER TABLE consent ADD COLUMN deletion_confirmed_at TIMESTAMPTZ;
ALTER TABLE consent ADD COLUMN deletion_statement VARCHAR(500);

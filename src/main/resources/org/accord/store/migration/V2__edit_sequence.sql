-- Counts every committed change, so Accord can tell at open whether the file holds every edit it saved.
-- The same number is written, after each commit, to the sidecar file accord.edits (see EditSequenceFile).
CREATE TABLE store_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    edit_sequence BIGINT NOT NULL
);
INSERT INTO store_state (id, edit_sequence) VALUES (1, 0);

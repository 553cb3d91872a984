-- Who has a workshop open, and since when (issue 20, docs/decisions/0016): one row per opening of a workshop in a
-- window of a team's library, written when it opens, its seen_at refreshed by the window's poll every 2 s, deleted
-- when it closes. A row not seen for 30 s is a laptop killed or cut off: it is ignored, and tidied away later.
-- Advisory only: nothing refuses to open a workshop that someone else has open. The local library (H2) has the table
-- but never writes it: one Accord holds the file. Plain SQL both engines run (H2 and PostgreSQL).
CREATE TABLE workshop_presence (
    opening_id  UUID PRIMARY KEY,
    workshop_id BIGINT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    facilitator CHARACTER VARYING(200) NOT NULL,
    host        CHARACTER VARYING(200) NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX workshop_presence_by_workshop ON workshop_presence (workshop_id);

-- Who closed a round, so a second facilitator closing the same round a moment later is told by whom (empty for the
-- rounds closed before this version, and on the local library, where it is always the one facilitator).
ALTER TABLE workshop_round ADD COLUMN closed_by CHARACTER VARYING(200) DEFAULT '' NOT NULL;

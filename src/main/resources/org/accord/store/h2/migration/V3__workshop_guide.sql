-- The guide around the matrix (agenda and timers, participants, goals, blind entry, test campaign, portfolio,
-- agreements, action items) as one JSON document per workshop; see docs/decisions/0007. A workshop saved before
-- this migration has no row and opens with the standard agenda.
CREATE TABLE workshop_guide (
    workshop_id    BIGINT PRIMARY KEY REFERENCES workshop (id) ON DELETE CASCADE,
    format_version INTEGER NOT NULL,
    document       CHARACTER LARGE OBJECT NOT NULL
);

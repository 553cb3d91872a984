-- The guide around the matrix (agenda and timers, participants, goals, blind entry, test campaign, portfolio,
-- agreements, action items) as one JSON document per workshop; see docs/decisions/0007. A workshop saved before
-- this migration has no row and opens with the standard agenda.
-- PostgreSQL's twin of h2/migration/V3: PostgreSQL has no CHARACTER LARGE OBJECT, its unbounded text is TEXT. The H2
-- file keeps its own text unchanged, so the checksum Flyway recorded in every H2 file already out there still matches
-- (docs/decisions/0016). Every later migration is one file for both engines, in store/migration.
CREATE TABLE workshop_guide (
    workshop_id    BIGINT PRIMARY KEY REFERENCES workshop (id) ON DELETE CASCADE,
    format_version INTEGER NOT NULL,
    document       TEXT NOT NULL
);

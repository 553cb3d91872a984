-- Each workshop's version: raised by one at every save. A save names the version it was based on and changes
-- nothing if another facilitator saved meanwhile (optimistic versioning, docs/decisions/0016); a window polls it to
-- see another facilitator's changes arrive. Plain SQL both engines run (H2 and PostgreSQL).
ALTER TABLE workshop ADD COLUMN edit_version BIGINT DEFAULT 0 NOT NULL;

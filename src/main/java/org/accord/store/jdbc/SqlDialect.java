package org.accord.store.jdbc;

import java.util.List;
import java.util.Map;

/**
 * What the workshop tables need from one database engine that standard SQL and JDBC do not say the same way for
 * every engine: how to write a row whether or not it is there yet, and which failures come from the database.
 */
public interface SqlDialect {

    /**
     * A statement that inserts a row, or replaces the row with the same key, taking one parameter per column in the
     * order given.
     *
     * @param keyColumns the columns (among {@code columns}) that identify the row
     */
    String upsert(String table, List<String> columns, List<String> keyColumns);

    /**
     * True when a failure comes from the database (its file, its connection, a constraint) rather than from a mistake
     * in Accord: such a failure is told to the facilitator, and the connection is checked before the next operation.
     * {@link java.sql.SQLException} always is; an engine may add the unchecked exceptions it throws itself.
     */
    boolean isDatabaseFailure(Throwable failure);

    /** A short hint, for the facilitator, after a failure while the database was open: what to check, what to do. */
    String advice(Throwable failure);

    /**
     * The column type of a long text (a JSON document) in this engine. Standard SQL names none that every engine
     * takes without a limit: PostgreSQL's CHARACTER VARYING has none (the default here), H2's stops at 1 MB, so H2
     * says CHARACTER LARGE OBJECT, as V3 does for the live guide.
     */
    default String largeTextType() {
        return "CHARACTER VARYING";
    }

    /** What the migrations' placeholders stand for in this engine: {@code ${large_text}} (V4). */
    default Map<String, String> migrationPlaceholders() {
        return Map.of("large_text", largeTextType());
    }
}

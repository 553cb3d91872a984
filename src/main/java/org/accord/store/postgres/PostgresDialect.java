package org.accord.store.postgres;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.store.jdbc.SqlDialect;

/** PostgreSQL's words for what {@link SqlDialect} asks: INSERT … ON CONFLICT, and its SQLSTATE classes. */
final class PostgresDialect implements SqlDialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        String values = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String updates = columns.stream().filter(c -> !keyColumns.contains(c)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + values + ") ON CONFLICT ("
                + String.join(", ", keyColumns) + ") " + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
    }

    /** The driver throws only SQLExceptions (PSQLException); nothing of its own unchecked. */
    @Override
    public boolean isDatabaseFailure(Throwable failure) {
        return failure instanceof SQLException;
    }

    @Override
    public String advice(Throwable failure) {
        return ServerFailure.advice(failure);
    }
}

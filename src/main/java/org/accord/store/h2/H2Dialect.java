package org.accord.store.h2;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.accord.store.jdbc.SqlDialect;

/** H2's words for what {@link SqlDialect} asks: its own MERGE … KEY, and the failures its engine throws unchecked. */
public final class H2Dialect implements SqlDialect {
    public static final H2Dialect INSTANCE = new H2Dialect();

    private H2Dialect() {
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keyColumns)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** H2 also throws its own unchecked exceptions, from its SQL layer and from its file (the MVStore). */
    @Override
    public boolean isDatabaseFailure(Throwable failure) {
        return failure instanceof SQLException || failure instanceof org.h2.message.DbException
                || failure instanceof org.h2.mvstore.MVStoreException;
    }

    @Override
    public String largeTextType() {
        return "CHARACTER LARGE OBJECT";
    }

    @Override
    public String advice(Throwable failure) {
        return OpenFailure.advice(failure);
    }
}

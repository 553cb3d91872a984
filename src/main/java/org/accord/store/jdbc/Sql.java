package org.accord.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepare, bind, run, map: the four steps every query of the store repeats, written once. A dozen statements do
 * not earn a mapping library (JDBI and the like) and its start-up cost; this is all they need.
 */
public final class Sql {
    private Sql() {
    }

    /** Makes one Java value out of the current row; the row's columns are numbered from 1. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Every row the query gives, mapped, in the query's order. */
    public static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement st = prepare(connection, sql, parameters); ResultSet rs = st.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    /** The first row the query gives, mapped; {@code otherwise} when it gives none. */
    public static <T> T first(Connection connection, String sql, RowMapper<T> mapper, T otherwise,
                              Object... parameters) throws SQLException {
        try (PreparedStatement st = prepare(connection, sql, parameters); ResultSet rs = st.executeQuery()) {
            return rs.next() ? mapper.map(rs) : otherwise;
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement st = prepare(connection, sql, parameters)) {
            return st.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the key the database generated for the new row. */
    public static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(st, parameters);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs one statement for each row of parameters, sent together; nothing when there are no rows. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(st, row);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement st = connection.prepareStatement(sql);
        try {
            bind(st, parameters);
            return st;
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }

    /**
     * Binds the parameters in order. Strings and numbers go through their own setters; everything else (UUID,
     * LocalDate, OffsetDateTime, null) through {@code setObject}, which JDBC 4.2 drivers map to the column's type.
     */
    private static void bind(PreparedStatement st, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof String s) {
                st.setString(i + 1, s);
            } else if (value instanceof Integer n) {
                st.setInt(i + 1, n);
            } else if (value instanceof Long n) {
                st.setLong(i + 1, n);
            } else {
                st.setObject(i + 1, value);
            }
        }
    }
}

package org.accord.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.accord.store.postgres.PostgresWorkshopStore;
import org.accord.store.postgres.RealPostgres;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server, the one the build starts ({@link RealPostgres}): a new database for
 * each test, on one server for the whole test JVM.
 */
class PostgresStoreContractTest extends WorkshopStoreContract {
    private final RealPostgres server = RealPostgres.server();
    private String url;

    @BeforeEach
    void newDatabase() {
        url = server.newAccordDatabase();
    }

    @Override
    protected WorkshopStore openLibrary(Clock clock) {
        return PostgresWorkshopStore.open(url, RealPostgres.credentials(), clock);
    }

    @Override
    protected int countRows(String table) throws Exception {
        try (Connection c = server.connect(RealPostgres.databaseOf(url)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

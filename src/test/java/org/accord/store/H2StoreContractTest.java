package org.accord.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.accord.store.h2.H2WorkshopStore;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file, a new one in a temporary folder for each test. */
class H2StoreContractTest extends WorkshopStoreContract {
    @TempDir
    Path data;

    @Override
    protected WorkshopStore openLibrary(java.time.Clock clock) {
        return H2WorkshopStore.open(data, clock);
    }

    @Override
    protected int countRows(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("accord"), "sa", "");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

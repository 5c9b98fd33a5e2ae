package org.peersupport.portal.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A connection to the database of the portal that {@link TestServers} started, for what a journey sets up or checks directly. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("portal.test.db.url"), System.getProperty("portal.test.db.user"),
                System.getProperty("portal.test.db.password"));
    }
}

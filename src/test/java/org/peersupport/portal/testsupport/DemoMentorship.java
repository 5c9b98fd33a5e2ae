package org.peersupport.portal.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The demo data's mentorship (Steady Lantern mentors Quiet Harbor): no page lists mentorships yet. */
public final class DemoMentorship {

    private DemoMentorship() {}

    public static long id(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                ResultSet row = db.createStatement().executeQuery("SELECT m.id FROM mentorship m"
                        + " JOIN account mentor ON mentor.id = m.mentor_id JOIN account mentee ON mentee.id = m.mentee_id"
                        + " WHERE mentor.email = 'mentor@demo.test' AND mentee.email = 'member@demo.test' AND m.status = 'ACTIVE'")) {
            if (!row.next()) {
                throw new IllegalStateException("No active demo mentorship in " + jdbcUrl);
            }
            return row.getLong(1);
        }
    }

    /** In the test database that {@link TestServers} started. */
    public static long id() throws SQLException {
        return id(System.getProperty("portal.test.db.url"), System.getProperty("portal.test.db.user"),
                System.getProperty("portal.test.db.password"));
    }
}

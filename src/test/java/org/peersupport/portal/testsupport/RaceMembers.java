package org.peersupport.portal.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The people and the workshop of a sign-up race, written straight into a portal's database that
 * holds the demo data: N new members who sign in with the demo member's password ({@link #PASSWORD}),
 * and published workshops hosted by the demo facilitator, a week ahead.
 *
 * <p>The accounts copy the demo member's stored PBKDF2 hash instead of going through registration:
 * the hash is real (made once by PasswordHashing when the demo data loaded), so signing in checks
 * the password the ordinary way, and 200 accounts take a fraction of a second instead of 200 hashes
 * at 600,000 iterations each (about a minute on two cores).
 */
public final class RaceMembers {

    public static final String PASSWORD = "demo-pass-harbor";
    private static final String HOST = "facilitator@demo.test";

    private final List<String> emails;
    private final List<Long> ids;

    private RaceMembers(List<String> emails, List<Long> ids) {
        this.emails = List.copyOf(emails);
        this.ids = List.copyOf(ids);
    }

    public List<String> emails() {
        return emails;
    }

    public List<Long> ids() {
        return ids;
    }

    public int size() {
        return ids.size();
    }

    /** {@code count} members "{@code prefix}-i@example.org", display name "Racer {@code prefix} i", one transaction. */
    public static RaceMembers create(String jdbcUrl, String user, String password, String prefix, int count) throws SQLException {
        List<String> emails = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(false);
            try (PreparedStatement account = db.prepareStatement("INSERT INTO account (email, password_hash, display_name, time_zone,"
                    + " language, guidelines_version, guidelines_accepted_at, privacy_version, privacy_accepted_at, created_at)"
                    + " SELECT ?, password_hash, ?, 'Europe/London', 'en', guidelines_version, UTC_TIMESTAMP(3), privacy_version,"
                    + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) FROM account WHERE email = 'member@demo.test'", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')")) {
                for (int i = 0; i < count; i++) {
                    String email = prefix + "-" + i + "@example.org";
                    account.setString(1, email);
                    account.setString(2, "Racer " + prefix + " " + i);
                    if (account.executeUpdate() != 1) {
                        throw new IllegalStateException("No demo member to copy the password hash from: load the demo data first");
                    }
                    try (ResultSet keys = account.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                    emails.add(email);
                    role.setLong(1, ids.get(i));
                    role.addBatch();
                }
                role.executeBatch();
            }
            db.commit();
        }
        return new RaceMembers(emails, ids);
    }

    /**
     * A published in-person workshop with this many seats, a week ahead, hosted by the demo
     * facilitator, sign-ups open until an hour before; as the service would leave it after create
     * and publish (nobody registered, waitlist numbering from 1).
     */
    public static long createWorkshop(String jdbcUrl, String user, String password, String title, int capacity) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement insert = db.prepareStatement("INSERT INTO workshop (title, description, topic, language, host_id,"
                        + " starts_at, ends_at, time_zone, capacity, attendance_mode, location, sign_up_deadline, cancellation_deadline,"
                        + " offer_window_minutes, status, created_by, created_at, updated_at)"
                        + " SELECT ?, 'Two hundred people want one of these seats.', 'COPING_SKILLS', 'en', id,"
                        + " UTC_TIMESTAMP(3) + INTERVAL 7 DAY, UTC_TIMESTAMP(3) + INTERVAL 7 DAY + INTERVAL 1 HOUR, 'Europe/London', ?,"
                        + " 'IN_PERSON', 'Community Room, 12 Harbour Street, London', UTC_TIMESTAMP(3) + INTERVAL 7 DAY - INTERVAL 1 HOUR,"
                        + " UTC_TIMESTAMP(3) + INTERVAL 6 DAY, 120, 'PUBLISHED', id, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)"
                        + " FROM account WHERE email = ?", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, title);
            insert.setInt(2, capacity);
            insert.setString(3, HOST);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("No demo facilitator to host the workshop: load the demo data first");
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

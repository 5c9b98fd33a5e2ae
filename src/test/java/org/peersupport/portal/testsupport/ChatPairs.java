package org.peersupport.portal.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * New mentorships written straight into a portal's database, each between two new members who
 * sign in with the demo member's password ({@link #PASSWORD}): for chats that start empty (the
 * chat journey) and for many at once (the chat benchmark). Pair i is members 2i (mentor) and 2i+1.
 */
public final class ChatPairs {

    public static final String PASSWORD = "demo-pass-harbor";

    private final String prefix;
    private final long[] mentorships;

    private ChatPairs(String prefix, long[] mentorships) {
        this.prefix = prefix;
        this.mentorships = mentorships;
    }

    public long mentorship(int pair) {
        return mentorships[pair];
    }

    public String mentorEmail(int pair) {
        return email(pair * 2);
    }

    public String menteeEmail(int pair) {
        return email(pair * 2 + 1);
    }

    /** Member i's e-mail address (mentors even, mentees odd). */
    public String email(int member) {
        return prefix + "-" + member + "@example.org";
    }

    /** Display names are "{@code name} i". */
    public static ChatPairs create(String jdbcUrl, String user, String password, String prefix, String name, int pairs)
            throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(false);
            long[] ids = new long[pairs * 2];
            ChatPairs created = new ChatPairs(prefix, new long[pairs]);
            try (PreparedStatement account = db.prepareStatement("INSERT INTO account (email, password_hash, display_name, time_zone,"
                    + " language, guidelines_version, guidelines_accepted_at, privacy_version, privacy_accepted_at, created_at)"
                    + " SELECT ?, password_hash, ?, 'Europe/London', 'en', guidelines_version, UTC_TIMESTAMP(3), privacy_version,"
                    + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) FROM account WHERE email = 'member@demo.test'", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')")) {
                for (int i = 0; i < ids.length; i++) {
                    account.setString(1, created.email(i));
                    account.setString(2, name + " " + i);
                    account.executeUpdate();
                    try (var keys = account.getGeneratedKeys()) {
                        keys.next();
                        ids[i] = keys.getLong(1);
                    }
                    role.setLong(1, ids[i]);
                    role.executeUpdate();
                }
            }
            try (PreparedStatement mentorship = db.prepareStatement("INSERT INTO mentorship (mentor_id, mentee_id, status, started_at)"
                    + " VALUES (?, ?, 'ACTIVE', UTC_TIMESTAMP(3))", Statement.RETURN_GENERATED_KEYS)) {
                for (int p = 0; p < pairs; p++) {
                    mentorship.setLong(1, ids[p * 2]);
                    mentorship.setLong(2, ids[p * 2 + 1]);
                    mentorship.executeUpdate();
                    try (var keys = mentorship.getGeneratedKeys()) {
                        keys.next();
                        created.mentorships[p] = keys.getLong(1);
                    }
                }
            }
            db.commit();
            return created;
        }
    }
}

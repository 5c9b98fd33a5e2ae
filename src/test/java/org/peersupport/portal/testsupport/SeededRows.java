package org.peersupport.portal.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Rows written straight into any table for erasure and retention tests: the columns a test names
 * get its values, every other required column a harmless one read from information_schema (a
 * far-away id for parents, so the foreign-key checks are off for these inserts only). Also the
 * search of every text column of the schema for a marker string. The tests share one database,
 * and these rows break rules other tests rely on (made-up enum values, parents that do not exist),
 * so every test that seeds removes its rows afterwards with {@link #removeSeeded}.
 */
public final class SeededRows {

    /** A parent id no real row has: seeded rows hang off nothing a page would show. */
    public static final long NO_PARENT = 987_654_321L;

    /** "table:id" of every row seeded with a generated id and not yet removed, newest first. */
    private static final java.util.Deque<String> SEEDED = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private final DataSource dataSource;

    public SeededRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts one row into {@code table}; answers its generated id (or 0). */
    public long insert(String table, Map<String, Object> given) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(given);
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement columns = db.prepareStatement("SELECT column_name, data_type, character_maximum_length"
                    + " FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?"
                    + " AND is_nullable = 'NO' AND column_default IS NULL AND extra NOT LIKE '%auto_increment%'")) {
                columns.setString(1, table);
                try (ResultSet c = columns.executeQuery()) {
                    while (c.next()) {
                        String name = c.getString(1).toLowerCase(java.util.Locale.ROOT);
                        if (!values.containsKey(name)) {
                            values.put(name, filler(c.getString(2), c.getLong(3)));
                        }
                    }
                }
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                    + String.join(", ", values.keySet().stream().map(k -> "?").toList()) + ")";
            try (PreparedStatement off = db.prepareStatement("SET FOREIGN_KEY_CHECKS = 0")) {
                off.execute();
            }
            try (PreparedStatement insert = db.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                for (Object value : values.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    long id = keys.next() ? keys.getLong(1) : 0;
                    if (id > 0) {
                        SEEDED.push(table + ":" + id);
                    }
                    return id;
                }
            } finally {
                try (PreparedStatement on = db.prepareStatement("SET FOREIGN_KEY_CHECKS = 1")) {
                    on.execute();
                }
            }
        }
    }

    /** Deletes every row seeded so far (by id, children before parents), so no other test meets them. */
    public static void removeSeeded(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement off = db.prepareStatement("SET FOREIGN_KEY_CHECKS = 0")) {
                off.execute();
            }
            try {
                for (String row = SEEDED.poll(); row != null; row = SEEDED.poll()) {
                    String[] tableAndId = row.split(":");
                    try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + tableAndId[0] + " WHERE id = ?")) {
                        delete.setLong(1, Long.parseLong(tableAndId[1]));
                        delete.executeUpdate();
                    }
                }
            } finally {
                try (PreparedStatement on = db.prepareStatement("SET FOREIGN_KEY_CHECKS = 1")) {
                    on.execute();
                }
            }
        }
    }

    private static Object filler(String type, long length) {
        return switch (type) {
            case "bigint", "int", "smallint", "tinyint" -> "tinyint".equals(type) ? 0 : NO_PARENT;
            case "datetime", "timestamp" -> Timestamp.valueOf("2020-01-01 00:00:00");
            case "date" -> LocalDate.of(2020, 1, 1);
            case "double", "float", "decimal" -> 0;
            default -> UUID.randomUUID().toString().replace("-", "").substring(0, (int) Math.min(length <= 0 ? 8 : length, 16));
        };
    }

    /** Every "table.column" of the schema whose text holds {@code marker}. */
    public List<String> textColumnsHolding(String marker) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            List<String[]> textColumns = new ArrayList<>();
            try (PreparedStatement columns = db.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')");
                    ResultSet c = columns.executeQuery()) {
                while (c.next()) {
                    textColumns.add(new String[] {c.getString(1), c.getString(2)});
                }
            }
            for (String[] column : textColumns) {
                // Names come from information_schema, not from input; the marker is a parameter.
                try (PreparedStatement search = db.prepareStatement("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `"
                        + column[1] + "` LIKE ?")) {
                    search.setString(1, "%" + marker + "%");
                    try (ResultSet count = search.executeQuery()) {
                        if (count.next() && count.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Runs one statement with one parameter (test set-up such as moving a due time). */
    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    public List<Long> ids(String sql, Object... parameters) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}

package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mariadb.jdbc.MariaDbDataSource;

/** The real migrations on a scratch schema of the test MariaDB, and what a broken one does. */
class SchemaMigrationIT {

    private final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private MariaDbDataSource dataSource;

    @BeforeEach
    void createScratchSchema() throws SQLException {
        execute("CREATE DATABASE " + schema);
        dataSource = new MariaDbDataSource(System.getProperty("portal.test.db.url").replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1"));
        dataSource.setUser(System.getProperty("portal.test.db.user"));
        dataSource.setPassword(System.getProperty("portal.test.db.password"));
    }

    @AfterEach
    void dropScratchSchema() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + schema);
    }

    @Test
    void theMigrationsBuildTheSchemaFromNothingAndAreIdempotent() throws SQLException {
        SchemaMigration.migrate(dataSource, SchemaMigration.LOCATION);
        SchemaMigration.migrate(dataSource, SchemaMigration.LOCATION);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM account")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void aFailingMigrationStopsStartUpAndTheLogNamesIt(@TempDir Path extra) throws Exception {
        Files.writeString(extra.resolve("V900__add_broken_table.sql"), "CREATE TABLE broken (id BIGINT PRIMARY KEY,);");
        CapturedLog log = CapturedLog.of(SchemaMigration.class);
        try {
            assertThatThrownBy(() -> SchemaMigration.migrate(dataSource, SchemaMigration.LOCATION, "filesystem:" + extra))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("V900__add_broken_table.sql");
            assertThat(log.severe()).anySatisfy(line -> assertThat(line)
                    .contains("Database migration FAILED").contains("V900__add_broken_table.sql"));
        } finally {
            log.close();
        }
    }

    private void execute(String sql) throws SQLException {
        MariaDbDataSource server = new MariaDbDataSource(System.getProperty("portal.test.db.url"));
        server.setUser(System.getProperty("portal.test.db.user"));
        server.setPassword(System.getProperty("portal.test.db.password"));
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Collects what a class logs at SEVERE while a test runs. */
    static final class CapturedLog extends Handler {
        private final Logger logger;
        private final java.util.List<String> severe = new java.util.concurrent.CopyOnWriteArrayList<>();

        private CapturedLog(Logger logger) {
            this.logger = logger;
        }

        static CapturedLog of(Class<?> type) {
            CapturedLog log = new CapturedLog(Logger.getLogger(type.getName()));
            log.logger.addHandler(log);
            return log;
        }

        java.util.List<String> severe() {
            return severe;
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}

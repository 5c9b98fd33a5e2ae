package org.peersupport.portal.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything uses JPA. Start-up beans that need the database
 * declare {@code @DependsOn("SchemaMigration")}. A failed migration fails the deployment, so the
 * portal never serves pages on a half-migrated schema.
 */
@Startup
@Singleton(name = "SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    static final String LOCATION = "classpath:db/migration";

    @PostConstruct
    void migrateAtStartUp() {
        migrate(dataSource, LOCATION);
    }

    /**
     * Migrates, or throws with the failing script named; also used by the migration tests. (Not an
     * overload of the start-up method: the EJB container finds lifecycle methods by name.)
     */
    static void migrate(DataSource dataSource, String... locations) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migration(s) applied now)");
        } catch (FlywayException e) {
            // Flyway's message names the failing script, e.g. "Migration V4__x.sql failed".
            LOG.log(Level.SEVERE, "Database migration FAILED, the portal will not start. " + e.getMessage(), e);
            throw new IllegalStateException("Database migration failed: " + firstLine(e.getMessage()), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown cause";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

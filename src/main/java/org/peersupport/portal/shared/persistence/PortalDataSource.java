package org.peersupport.portal.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the portal. Its connection settings are read from MicroProfile Config
 * when the application is deployed, so the same WAR runs against the embedded MariaDB of the run
 * profile, the tests' MariaDB or a production server (PORTAL_DB_URL, PORTAL_DB_USER,
 * PORTAL_DB_PASSWORD).
 *
 * <p>{@link MariaDbLocalDataSource} makes it a local, non-XA pool: the portal has one
 * database, and an XA data source cost every transaction XA START/END/PREPARE/COMMIT round trips
 * and a second log flush (a topic page ran 8 statements for 5 queries, at a third of the speed).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.peersupport.portal.shared.persistence.MariaDbLocalDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/portal";
}

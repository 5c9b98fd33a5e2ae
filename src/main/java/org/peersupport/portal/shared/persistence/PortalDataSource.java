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
 *
 * <p>When the database goes away the pool must notice and recover by itself. A connection is
 * validated before it is handed out by switching auto-commit, a round trip to the server:
 * MariaDB's driver answers {@code meta-data} validation from its cache even on a closed
 * connection, so dead connections used to stay in the pool for minutes after a restart. One that
 * fails makes the pool drop them all. A connection is validated at most once in
 * {@link #VALIDATION_PERIOD_SECONDS}: validating on every checkout sent two statements for each of
 * the five or so checkouts of a page, more than the page's own queries (issue 20). A query on a
 * connection that died within that period fails as an outage does and answers the calm 503. A request waits at most {@link #MAX_WAIT_MILLIS} for a
 * connection, and the driver gives up on a connect or a silent server within seconds
 * ({@link MariaDbLocalDataSource#OUTAGE_DEFAULTS}), so pages answer 503 at once instead of after
 * 15-20 s.
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
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.validate-atmost-once-period-in-seconds=" + PortalDataSource.VALIDATION_PERIOD_SECONDS,
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=" + PortalDataSource.MAX_WAIT_MILLIS,
            "fish.payara.connection-creation-retry-attempts=0"
        })
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/portal";
    static final int MAX_WAIT_MILLIS = 3000;
    static final int VALIDATION_PERIOD_SECONDS = 5;
}

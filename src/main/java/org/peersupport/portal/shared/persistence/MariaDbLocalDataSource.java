package org.peersupport.portal.shared.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source seen only as a {@link DataSource}. Payara makes a pool XA when the class
 * implements {@code XADataSource}, as MariaDbDataSource does; the portal has one database and no
 * use for two-phase commit, which cost every transaction four extra round trips and a second log
 * flush. Payara fills the url, user and password through the setters.
 */
public class MariaDbLocalDataSource implements DataSource {

    private final MariaDbDataSource mariaDb = new MariaDbDataSource();

    public void setUrl(String url) throws SQLException {
        mariaDb.setUrl(url);
    }

    public String getUrl() {
        return mariaDb.getUrl();
    }

    public void setUser(String user) throws SQLException {
        mariaDb.setUser(user);
    }

    public String getUser() {
        return mariaDb.getUser();
    }

    public void setPassword(String password) throws SQLException {
        mariaDb.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return mariaDb.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return mariaDb.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return mariaDb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        mariaDb.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariaDb.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return mariaDb.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

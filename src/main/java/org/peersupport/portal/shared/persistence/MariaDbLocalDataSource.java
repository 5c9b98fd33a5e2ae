package org.peersupport.portal.shared.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source seen only as a {@link DataSource}. Payara makes a pool XA when the class
 * implements {@code XADataSource}, as MariaDbDataSource does; the portal has one database and no
 * use for two-phase commit, which cost every transaction four extra round trips and a second log
 * flush. Payara fills the url, user and password through the setters.
 *
 * <p>The url gets {@link #OUTAGE_DEFAULTS} for any of those options it does not name itself, so
 * that a database that is down or frozen costs a request seconds, not the driver's default of 30 s
 * per connection attempt (or forever, for a server that stopped answering).
 */
public class MariaDbLocalDataSource implements DataSource {

    /**
     * Connect within 2 s; give up on a server silent for 10 s (longer than any query a page or a
     * migration runs here, short enough that a frozen server does not hold every request).
     */
    static final Map<String, String> OUTAGE_DEFAULTS = defaults();

    private final MariaDbDataSource mariaDb = new MariaDbDataSource();

    public void setUrl(String url) throws SQLException {
        mariaDb.setUrl(withOutageDefaults(url));
    }

    /** The url with each of {@link #OUTAGE_DEFAULTS} added unless it names that option already. */
    static String withOutageDefaults(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        String given = query < 0 ? "" : url.substring(query + 1);
        StringBuilder result = new StringBuilder(url);
        boolean first = query < 0;
        for (Map.Entry<String, String> option : OUTAGE_DEFAULTS.entrySet()) {
            boolean named = Arrays.stream(given.split("&"))
                    .anyMatch(pair -> pair.split("=", 2)[0].equalsIgnoreCase(option.getKey()));
            if (!named) {
                if (first) {
                    result.append('?');
                    first = false;
                } else if (result.charAt(result.length() - 1) != '?' && result.charAt(result.length() - 1) != '&') {
                    result.append('&');
                }
                result.append(option.getKey()).append('=').append(option.getValue());
            }
        }
        return result.toString();
    }

    private static Map<String, String> defaults() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("connectTimeout", "2000");
        options.put("socketTimeout", "10000");
        return Collections.unmodifiableMap(options);
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

package org.peersupport.portal.shared.web;

import jakarta.servlet.ServletRequest;
import java.util.logging.Logger;

/**
 * A request that could not reach the database: not a bug to give a reference for, but a time to
 * answer 503 with a calm page at once. Logged as one line per request (the pool logs the cause).
 */
public final class DatabaseOutage {

    public static final int STATUS = 503;
    public static final String ERROR_PAGE = "/WEB-INF/errorpages/503.xhtml";
    /** Set on the request once logged, so the error page and the filter do not log it again. */
    static final String ATTRIBUTE = "portal.databaseUnavailable";
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    private DatabaseOutage() {}

    /** True once this request has found the database out of reach (the error page then skips its queries). */
    public static boolean isKnown(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }

    public static void log(ServletRequest request, Throwable failure) {
        if (request.getAttribute(ATTRIBUTE) != null) {
            return;
        }
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getClass().getName() + ": " + root.getMessage();
        LOG.warning(() -> "The database could not be reached; answered 503: " + cause);
    }
}

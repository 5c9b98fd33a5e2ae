package org.peersupport.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peersupport.portal.shared.persistence.DatabaseFailure;

/**
 * Errors that escape a request get their reference here, before the container shows the 500 page;
 * a database out of reach answers 503 with the calm page instead.
 */
@WebFilter(filterName = "ErrorReferenceFilter", urlPatterns = "/*")
public class ErrorReferenceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (DatabaseFailure.isUnavailable(e) && !response.isCommitted()) {
                DatabaseOutage.log(request, e);
                response.sendError(DatabaseOutage.STATUS);
                return;
            }
            ErrorReference.log(request, e);
            throw e;
        }
    }
}

package org.peersupport.portal.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Objects;
import java.util.OptionalLong;
import org.omnifaces.util.Servlets;
import org.peersupport.portal.account.AccountStanding;

/**
 * Roles and standing are fixed when a session signs in, so each request of a signed-in session
 * compares the security stamp the session signed in with to the account's stamp in the database.
 * A role changed, a suspension, a new password or an erasure raise it: the session is then signed
 * out and sent to the sign-in page, which says why (also for an Ajax request). Signing in again
 * gives the roles the account holds now (or says it is suspended).
 */
@WebFilter(filterName = "SessionStampFilter", urlPatterns = "/*")
public class SessionStampFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the stamp the session signed in with. */
    static final String SIGNED_IN_STAMP = "portal.signedInStamp";
    static final String SIGNED_OUT_PAGE = "/login.xhtml?ended=true";

    @Inject
    private AccountStanding standing;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null && !isCurrent(principal, request.getSession(false))) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            Servlets.facesRedirect(request, response, request.getContextPath() + SIGNED_OUT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isCurrent(Principal principal, HttpSession session) {
        Object signedInWith = session == null ? null : session.getAttribute(SIGNED_IN_STAMP);
        long accountId;
        try {
            accountId = Long.parseLong(principal.getName());
        } catch (NumberFormatException notOurs) {
            return false;
        }
        OptionalLong current = standing.securityStamp(accountId);
        return current.isPresent() && Objects.equals(signedInWith, current.getAsLong());
    }
}

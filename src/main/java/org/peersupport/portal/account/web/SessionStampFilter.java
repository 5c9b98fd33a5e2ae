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
import java.util.Arrays;
import java.util.Optional;
import org.omnifaces.util.Servlets;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.account.SessionStamps;
import org.peersupport.portal.account.SignedInDevices;
import org.peersupport.portal.shared.persistence.DatabaseFailure;

/**
 * Roles and standing are fixed when a session signs in, so each request of a signed-in session
 * compares the stamps it signed in with to the account's stamps in the database (see V13_3):
 * <ul>
 * <li>after a suspension, a new password or an erasure the session is signed out and sent to the
 * sign-in page, which says why (also for an Ajax request);</li>
 * <li>after a role was removed, likewise: the request that would still run on the old roles does
 * not run (a removed moderator's Reveal, their staff page), and signing in again gives the roles of
 * now (their staff pages answer 403);</li>
 * <li>after a role was only granted the session goes on (a mentor approved while signed in keeps
 * working; no power is lost by waiting) and has the new role from its next sign-in. Renewing the
 * container's roles inside an open session through SecurityContext.authenticate did not take on
 * Payara Micro 6.2025.10, so it is not attempted.</li>
 * </ul>
 */
@WebFilter(filterName = "SessionStampFilter", urlPatterns = "/*")
public class SessionStampFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the {@link SessionStamps} the session signed in with. */
    static final String SIGNED_IN_STAMPS = "portal.signedInStamps";
    static final String SIGNED_OUT_PAGE = "/login.xhtml?ended=true";
    /** The session attribute holding the secret key of the session's row in account_session (SignedInDevices). */
    static final String DEVICE_KEY = "portal.deviceKey";

    @Inject
    private AccountStanding standing;

    @Inject
    private AccountService accounts;

    @Inject
    private SignedInDevices devices;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Object signedInWith = session == null ? null : session.getAttribute(SIGNED_IN_STAMPS);
        Optional<Long> accountId = accountIdOf(principal);
        Optional<SessionStamps> now;
        try {
            now = accountId.flatMap(standing::stampsOf);
        } catch (RuntimeException e) {
            if (!DatabaseFailure.isUnavailable(e)) {
                throw e;
            }
            // The records are out of reach, so nothing can change or be read by this request either: let the page
            // meet the outage itself and answer as it does (the calm 503 page; an Ajax form keeps its text).
            chain.doFilter(request, response);
            return;
        }
        if (!(signedInWith instanceof SessionStamps stamps) || now.isEmpty() || stamps.endedBy(now.get())) {
            endSession(request, response);
        } else if (stamps.rolesChangedBy(now.get())) {
            Optional<Account> account = accounts.findAccount(accountId.get());
            if (account.isEmpty() || Arrays.stream(Role.values()).anyMatch(r -> request.isUserInRole(r.name()) && !account.get().holds(r))) {
                endSession(request, response);
            } else {
                session.setAttribute(SIGNED_IN_STAMPS, new SessionStamps(stamps.security(), now.get().roles()));
                chain.doFilter(request, response);
            }
        } else if (!stillSignedInHere(session, accountId.get(), request)) {
            endSession(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The session's device row: made on its first signed-in request, and gone once signed out from the settings page. */
    private boolean stillSignedInHere(HttpSession session, long accountId, HttpServletRequest request) {
        try {
            if (session.getAttribute(DEVICE_KEY) instanceof String key) {
                return devices.stillSignedIn(key);
            }
            session.setAttribute(DEVICE_KEY, devices.record(accountId, request.getHeader("User-Agent")));
            return true;
        } catch (RuntimeException e) {
            if (DatabaseFailure.isUnavailable(e)) {
                return true; // as above: the page meets the outage itself
            }
            throw e;
        }
    }

    private static void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Servlets.facesRedirect(request, response, request.getContextPath() + SIGNED_OUT_PAGE);
    }

    private static Optional<Long> accountIdOf(Principal principal) {
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}

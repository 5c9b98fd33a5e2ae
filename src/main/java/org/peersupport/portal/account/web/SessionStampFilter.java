package org.peersupport.portal.account.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;
import org.omnifaces.util.Servlets;
import java.util.Arrays;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.account.SessionStamps;
import org.peersupport.portal.shared.web.LocalPath;

/**
 * Roles and standing are fixed when a session signs in, so each request of a signed-in session
 * compares the stamps it signed in with to the account's stamps in the database (see V13_3):
 * <ul>
 * <li>after a suspension, a new password or an erasure the session is signed out and sent to the
 * sign-in page, which says why (also for an Ajax request);</li>
 * <li>after a role was removed, likewise: the request that would still run on the old roles does
 * not run (a removed moderator's Reveal, their staff page), and signing in again gives the roles of
 * now (their staff pages answer 403);</li>
 * <li>after a role was only granted the session takes the roles of now and the page is asked for
 * again, so a new mentor or moderator needs no new sign-in. (A page that needs the new role itself
 * is refused by the container before this filter runs; the next other page brings the role.)</li>
 * </ul>
 */
@WebFilter(filterName = "SessionStampFilter", urlPatterns = "/*")
public class SessionStampFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the {@link SessionStamps} the session signed in with. */
    static final String SIGNED_IN_STAMPS = "portal.signedInStamps";
    static final String SIGNED_OUT_PAGE = "/login.xhtml?ended=true";

    @Inject
    private AccountStanding standing;

    @Inject
    private SignIn signIn;

    @Inject
    private AccountService accounts;

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
        Optional<SessionStamps> now = accountId.flatMap(standing::stampsOf);
        if (!(signedInWith instanceof SessionStamps stamps) || now.isEmpty() || stamps.endedBy(now.get())) {
            endSession(request, response);
        } else if (stamps.rolesChangedBy(now.get())) {
            Optional<Account> account = accounts.findAccount(accountId.get());
            if (account.isEmpty() || Arrays.stream(Role.values()).anyMatch(r -> request.isUserInRole(r.name()) && !account.get().holds(r))) {
                endSession(request, response);
            } else {
                renew(request, response, accountId.get());
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    private void renew(HttpServletRequest request, HttpServletResponse response, long accountId) throws IOException, ServletException {
        AuthenticationStatus status = signIn.renew(request, response, accountId);
        if (status == AuthenticationStatus.SUCCESS) {
            Servlets.facesRedirect(request, response, request.getContextPath() + pageAskedFor(request));
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            endSession(request, response);
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

    /**
     * The page to ask for again: a GET's own address; for a form post (Ajax or not, whose address
     * lacks the page's parameters) the page it was sent from, if that is one of ours.
     */
    private static String pageAskedFor(HttpServletRequest request) {
        String context = request.getContextPath();
        String path = request.getRequestURI().substring(context.length());
        if ("GET".equals(request.getMethod())) {
            return LocalPath.orHome(request.getQueryString() == null ? path : path + "?" + request.getQueryString());
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(from.getHost()) && from.getRawPath() != null
                        && from.getRawPath().startsWith(context + "/")) {
                    String page = from.getRawPath().substring(context.length());
                    return LocalPath.orHome(from.getRawQuery() == null ? page : page + "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall back to the posted address
            }
        }
        return LocalPath.orHome(path);
    }

    private static Optional<Long> accountIdOf(Principal principal) {
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}

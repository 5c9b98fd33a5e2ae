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
import java.util.Set;
import org.omnifaces.util.Servlets;
import org.peersupport.portal.account.ConsentService;
import org.peersupport.portal.account.ConsentVersions;
import org.peersupport.portal.shared.persistence.DatabaseFailure;

/**
 * A signed-in member (staff too) who has not accepted the guidelines or privacy notice in force is
 * sent to the consent page from any page until they accept or sign out. Once a session is known to
 * have accepted the versions in force it remembers them, so the database is asked once per session
 * (and again only when a version is raised).
 */
@WebFilter(filterName = "ConsentFilter", urlPatterns = "*.xhtml")
public class ConsentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the versions in force that the session's member has accepted. */
    static final String ACCEPTED = "portal.consentAccepted";
    static final String CONSENT_PAGE = "/member/consent.xhtml";
    /** Reachable before accepting: the page that asks, the texts it links, and help in a crisis. */
    private static final Set<String> OPEN = Set.of(CONSENT_PAGE, "/guidelines.xhtml", "/privacy.xhtml", "/crisis.xhtml");

    @Inject
    private ConsentService consents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        String path = request.getServletPath();
        if (principal == null || OPEN.contains(path) || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        long accountId;
        try {
            accountId = Long.parseLong(principal.getName());
        } catch (NumberFormatException notOurs) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        boolean accepted;
        try {
            String inForce = key(consents.current());
            accepted = session != null && inForce.equals(session.getAttribute(ACCEPTED)) || consents.outdated(accountId).isEmpty();
            if (accepted && session != null) {
                session.setAttribute(ACCEPTED, inForce);
            }
        } catch (RuntimeException e) {
            if (!DatabaseFailure.isUnavailable(e)) {
                throw e;
            }
            accepted = true; // the page meets the outage itself and answers calmly (see SessionStampFilter)
        }
        if (accepted) {
            chain.doFilter(request, response);
        } else {
            Servlets.facesRedirect(request, response, request.getContextPath() + CONSENT_PAGE);
        }
    }

    /** What the session remembers: a String, so it replicates across a cluster as it is. */
    static String key(ConsentVersions versions) {
        return versions.guidelines() + "|" + versions.privacy();
    }

    /** After the member accepted on the consent page: no need to ask the database again in this session. */
    static void remember(HttpSession session, ConsentVersions inForce) {
        session.setAttribute(ACCEPTED, key(inForce));
    }
}

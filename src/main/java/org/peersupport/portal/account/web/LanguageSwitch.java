package org.peersupport.portal.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.web.LocalPath;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.PortalAddress;
import org.peersupport.portal.shared.web.SameOrigin;

/**
 * The language switcher in the header: a plain POST form (no Faces view, so visitors get no
 * session), checked like sign-out: only from the portal's own pages. It remembers a visitor's
 * choice in a cookie and a member's in their profile, then goes back to the page. GET changes
 * nothing (405), so no link on another site can change it.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private PortalAddress portal;

    /** Nothing changes by a link: 405 (also for HTTP/1.0, where the servlet default is a 400 without our error page). */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.isSameOrigin(request, portal)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale chosen = LocaleSelection.supported(request.getParameter("to"));
        if (chosen != null) {
            Cookie cookie = new Cookie(LocaleSelection.COOKIE, chosen.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            if (request.getUserPrincipal() != null) {
                accounts.changeLanguage(currentMember.getId(), chosen);
                currentMember.languageChanged(chosen);
            }
        }
        // 303: the browser follows with a GET, and Back or reload never posts again.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + LocalPath.orHome(request.getParameter("from")));
    }
}

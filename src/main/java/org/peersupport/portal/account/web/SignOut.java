package org.peersupport.portal.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.peersupport.portal.shared.web.PortalAddress;
import org.peersupport.portal.shared.web.SameOrigin;

/**
 * The sign-out button in the header: a plain POST form, so it works on every page, error pages
 * included (a Faces form there posts back to the error page's own address). The session cookie is
 * SameSite=Lax, and a POST whose Origin (or Referer) is not this very site is refused.
 */
@WebServlet("/sign-out")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalAddress portal;

    /** Nothing changes by a link: 405 (also for HTTP/1.0, where the servlet default is a 400 without our error page). */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!SameOrigin.isSameOrigin(request, portal)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // The cookie changes, and the browser drops what it kept of this site's pages: Chromium then
        // no longer restores a signed-in page from its back/forward cache when Back is pressed.
        String cookieName = getServletContext().getSessionCookieConfig().getName();
        Cookie ended = new Cookie(cookieName == null ? "JSESSIONID" : cookieName, "");
        ended.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        ended.setMaxAge(0);
        ended.setHttpOnly(true);
        ended.setSecure(request.isSecure());
        ended.setAttribute("SameSite", "Lax");
        response.addCookie(ended);
        response.setHeader("Clear-Site-Data", "\"cache\"");
        response.sendRedirect(request.getContextPath() + "/index.xhtml?signedOut=true");
    }
}

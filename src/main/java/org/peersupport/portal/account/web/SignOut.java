package org.peersupport.portal.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * The sign-out button in the header: a plain POST form, so it works on every page, error pages
 * included (a Faces form there posts back to the error page's own address). The session cookie is
 * SameSite=Lax, so no other site can post here with it; an Origin from another host is refused too.
 */
@WebServlet("/sign-out")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null") && !request.getServerName().equalsIgnoreCase(URI.create(origin).getHost())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/index.xhtml?signedOut=true");
    }
}

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

/**
 * The language switcher in the header: a plain link, so visitors get no session. It remembers a
 * visitor's choice in a cookie and a member's in their profile, then goes back to the page.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        response.sendRedirect(request.getContextPath() + LocalPath.orHome(request.getParameter("from")));
    }
}

package org.peersupport.portal.workshop.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.web.PortalAddress;
import org.peersupport.portal.workshop.WorkshopCalendar;

/**
 * /workshops/registration.ics?id=N: the signed-in member's own registration as a calendar file. The
 * workshop pages are public (web.xml), so this checks the member itself; a visitor, someone with
 * no seat or offer there, or an odd id all get the same 404, so nothing is revealed.
 */
@WebServlet(urlPatterns = RegistrationCalendarFile.PATH)
public class RegistrationCalendarFile extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/workshops/registration.ics";

    @Inject
    private WorkshopCalendar calendar;

    @Inject
    private AccountService accounts;

    @Inject
    private PortalAddress portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> workshopId = id(request.getParameter("id"));
        Optional<Account> member = Optional.ofNullable(request.getUserPrincipal()).map(p -> accounts.getAccount(Long.parseLong(p.getName())));
        Optional<String> file = member.isEmpty() || workshopId.isEmpty() ? Optional.empty()
                : calendar.registrationFile(member.get().getId(), workshopId.get(), member.get().getLanguage(), member.get().getTimeZone(),
                        portal.baseUrl());
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = file.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"workshop-" + workshopId.get() + ".ics\"");
        response.setHeader("Cache-Control", "private, no-store"); // may hold the video link
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.ofNullable(value).map(Long::parseLong).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package org.peersupport.portal.curriculum.calendar.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.curriculum.calendar.CalendarEntry;
import org.peersupport.portal.curriculum.calendar.CalendarService;
import org.peersupport.portal.curriculum.calendar.SessionEvents;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.calendar.PersonalCalendar;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.PortalAddress;

/**
 * Calendar files. Under /programmes (signed in, web.xml): everything in my calendar (group sessions,
 * workshops), and one cohort's sessions for a member with a place or its staff. Under
 * /calendar/feed/TOKEN.ics: the private feed, which holds the same as my calendar and which calendar
 * apps fetch without signing in; the token is the only key, so anything else answers 404.
 */
@WebServlet(urlPatterns = {CalendarFiles.MINE, CalendarFiles.COHORT, CalendarFiles.FEED_PREFIX + "*"})
public class CalendarFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String MINE = "/programmes/my-sessions.ics";
    static final String COHORT = "/programmes/cohort-sessions.ics";
    static final String FEED_PREFIX = "/calendar/feed/";

    @Inject
    private CalendarService calendar;

    @Inject
    private PersonalCalendar personalCalendar;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Inject
    private PortalAddress portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            switch (request.getServletPath()) {
                case MINE -> {
                    Account member = signedIn(request);
                    send(response, "my-sessions.ics", personal(member));
                }
                case COHORT -> {
                    Account member = signedIn(request);
                    long cohortId = Long.parseLong(Optional.ofNullable(request.getParameter("id")).orElse(""));
                    send(response, "cohort-" + cohortId + ".ics", ics(member, calendar.cohortFor(member.getId(), cohortId)));
                }
                default -> feed(request, response);
            }
        } catch (NotFoundException | NotPermittedException | NumberFormatException e) {
            // Not found, not theirs, or not a cohort at all: one answer, so nothing is revealed.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void feed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        String token = path.startsWith("/") && path.endsWith(".ics") ? path.substring(1, path.length() - ".ics".length()) : "";
        Account member = calendar.accountOfFeed(token).orElseThrow(() -> new NotFoundException("feed"));
        response.setHeader("Cache-Control", "private, no-store"); // private data: kept by the calendar app, not by caches
        response.setHeader("X-Robots-Tag", "noindex");
        send(response, null, personal(member));
    }

    /** Everything in the member's one calendar: group sessions, workshops… */
    private String personal(Account member) {
        Locale locale = member.getLanguage();
        return personalCalendar.ics(Bundle.text(locale, "calendar.file.name"), personalCalendar.feedFor(member.getId(), locale),
                member.getTimeZone(), portal.baseUrl());
    }

    private String ics(Account member, List<CalendarEntry> entries) {
        Locale locale = member.getLanguage();
        return SessionEvents.ics(Bundle.text(locale, "calendar.file.name"), entries, locale, member.getTimeZone(), portal.baseUrl(),
                clock.instant());
    }

    private static void send(HttpServletResponse response, String fileName, String body) throws IOException {
        response.setContentType("text/calendar; charset=utf-8");
        if (fileName != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            response.setHeader("Cache-Control", "private, no-store");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private Account signedIn(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            throw new NotFoundException("not signed in");
        }
        return accounts.getAccount(Long.parseLong(request.getUserPrincipal().getName()));
    }
}

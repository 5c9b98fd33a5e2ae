package org.peersupport.portal.workshop.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.workshop.WorkshopCard;

/**
 * When a workshop is, in words: in the member's own zone, and also in the workshop's zone where
 * that differs. A visitor's zone is unknown, so a visitor reads the workshop's own time, named.
 * ({@code #{workshopTimes.when(card)}} on the listing, the workshop page and the dashboard.)
 */
@Named
@RequestScoped
public class WorkshopTimes {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Viewer viewer;

    @Inject
    private LocaleSelection localeSelection;

    /** "Wednesday, 9 December 2026, 18:30–20:00", in the reader's zone (a visitor: the workshop's). */
    public String when(WorkshopCard card) {
        return span(card, readerZone(card));
    }

    /** The workshop's own time and zone, when the reader's zone differs; empty otherwise. */
    public String ownTime(WorkshopCard card) {
        ZoneId own = card.zone();
        if (!signedIn()) {
            return Bundle.text(locale(), "workshops.time.zoneOnly", own.getId());
        }
        if (sameClock(card, own, viewer.getTimeZone())) {
            return Bundle.text(locale(), "workshops.time.yours", own.getId());
        }
        return Bundle.text(locale(), "workshops.time.own", span(card, own), own.getId());
    }

    /** A moment (a deadline, an offer's end) in the reader's zone, with the zone named. */
    public String at(Instant instant, WorkshopCard card) {
        ZoneId zone = readerZone(card);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale()).format(instant.atZone(zone))
                + " (" + zone.getId() + ")";
    }

    /** A workshop's language, named in the reader's ("Spanish", "español"). */
    public String language(Locale language) {
        return language.getDisplayLanguage(locale());
    }

    private String span(WorkshopCard card, ZoneId zone) {
        ZonedDateTime start = card.startsAt().atZone(zone);
        ZonedDateTime end = card.endsAt().atZone(zone);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale());
        String text = day.format(start) + ", " + time.format(start) + "–" + time.format(end);
        return start.toLocalDate().equals(end.toLocalDate()) ? text : text + " (" + day.format(end) + ")";
    }

    /** Two zones that show the same wall time for this workshop need no second line. */
    private static boolean sameClock(WorkshopCard card, ZoneId a, ZoneId b) {
        return card.startsAt().atZone(a).toLocalDateTime().equals(card.startsAt().atZone(b).toLocalDateTime());
    }

    private ZoneId readerZone(WorkshopCard card) {
        return signedIn() ? viewer.getTimeZone() : card.zone();
    }

    /** Asked of the request, not the session bean: a visitor reading the listing gets no session. */
    private boolean signedIn() {
        return request.getUserPrincipal() != null;
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }
}

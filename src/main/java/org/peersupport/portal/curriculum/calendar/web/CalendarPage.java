package org.peersupport.portal.curriculum.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.curriculum.calendar.CalendarService;
import org.peersupport.portal.shared.calendar.PersonalCalendar;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.PortalAddress;
import org.peersupport.portal.shared.web.Viewer;
import org.primefaces.model.ScheduleModel;

/**
 * programmes/calendar.xhtml: the member's one calendar (group sessions, workshops) in a Schedule,
 * loaded one visible range at a time, and the private feed link. The Schedule runs in UTC on the
 * member's own wall times, so it shows the member's zone whatever the browser's zone is.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendar;

    @Inject
    private PersonalCalendar personalCalendar;

    @Inject
    private Viewer currentMember;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private PortalAddress portal;


    private ScheduleModel model;
    private LocalDate initialDate;
    private String scrollTime = "08:00:00";
    private Instant feedCreatedAt;
    private String feedUrl;
    private long utcOffsetMillis;
    private boolean facilitator;

    @PostConstruct
    void init() {
        long memberId = currentMember.getId();
        ZoneId zone = currentMember.getTimeZone();
        Optional<LocalDateTime> next = personalCalendar.nextStart(memberId).map(s -> LocalDateTime.ofInstant(s, zone));
        initialDate = next.map(LocalDateTime::toLocalDate).orElse(LocalDate.now(zone));
        // The week view scrolls to an hour before the next entry, so it is on screen without scrolling.
        next.ifPresent(n -> scrollTime = String.format("%02d:00:00", Math.max(0, n.getHour() - 1)));
        feedCreatedAt = calendar.feedCreatedAt(memberId).orElse(null);
        utcOffsetMillis = zone.getRules().getOffset(Instant.now()).getTotalSeconds() * 1000L;
        // Only the page's wording; the session's roles are checked against the account on each request (SessionStampFilter).
        facilitator = Faces.isUserInRole(Role.FACILITATOR.name()) || Faces.isUserInRole(Role.ADMIN.name());
        model = new PersonalScheduleModel(personalCalendar, memberId, zone, localeSelection.getLocale(), Faces.getRequestContextPath());
    }

    public void createFeed() {
        boolean replacing = feedCreatedAt != null;
        String token = calendar.createFeed(currentMember.getId());
        feedUrl = portal.baseUrl() + CalendarFiles.FEED_PREFIX + token + ".ics";
        feedCreatedAt = calendar.feedCreatedAt(currentMember.getId()).orElse(null);
        Messages.addGlobalInfo(Bundle.text(replacing ? "calendar.feed.replaced" : "calendar.feed.created"));
    }

    public ScheduleModel getModel() {
        return model;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public String getScrollTime() {
        return scrollTime;
    }

    /** The member's zone, for the label under the calendar; the Schedule itself runs on UTC wall times. */
    public ZoneId getZone() {
        return currentMember.getTimeZone();
    }

    /** How far the member's clock is ahead of UTC now, so the Schedule's "today" is the member's day. */
    public long getUtcOffsetMillis() {
        return utcOffsetMillis;
    }

    /** "UTC", never "Z": FullCalendar handles UTC itself, while any other name goes to moment-timezone, which knows no "Z". */
    public String getUtc() {
        return "UTC";
    }

    public Instant getFeedCreatedAt() {
        return feedCreatedAt;
    }

    public boolean isFeedExists() {
        return feedCreatedAt != null;
    }

    /** The full link, only right after it was made (only its hash is kept). */
    public Optional<String> getFeedUrl() {
        return Optional.ofNullable(feedUrl);
    }

    public boolean isFacilitator() {
        return facilitator;
    }
}

package org.peersupport.portal.curriculum.calendar.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.peersupport.portal.shared.calendar.PersonalCalendar;
import org.peersupport.portal.shared.calendar.PersonalEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * The Schedule's events: the member's one calendar, loaded one visible range at a time, on the
 * member's wall times (the Schedule runs in UTC).
 */
class PersonalScheduleModel extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    private final PersonalCalendar calendar;
    private final long memberId;
    private final ZoneId zone;
    private final Locale locale;
    private final String contextPath;

    PersonalScheduleModel(PersonalCalendar calendar, long memberId, ZoneId zone, Locale locale, String contextPath) {
        this.calendar = calendar;
        this.memberId = memberId;
        this.zone = zone;
        this.locale = locale;
        this.contextPath = contextPath;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        for (PersonalEvent entry : calendar.eventsFor(memberId, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), locale)) {
            addEvent(event(entry, zone, contextPath));
        }
    }

    /** Coloured by its kind (session-event--attending, --facilitating, --workshop), hatched when cancelled. */
    static DefaultScheduleEvent<String> event(PersonalEvent entry, ZoneId zone, String contextPath) {
        String styleClass = "session-event session-event--" + entry.category() + (entry.cancelled() ? " session-event--cancelled" : "");
        return DefaultScheduleEvent.<String>builder().id(entry.uid()).data(entry.path()).title(entry.title())
                .description(entry.description()).startDate(LocalDateTime.ofInstant(entry.start(), zone))
                .endDate(LocalDateTime.ofInstant(entry.end(), zone)).styleClass(styleClass).url(contextPath + entry.path())
                .draggable(false).resizable(false).overlapAllowed(true).build();
    }
}

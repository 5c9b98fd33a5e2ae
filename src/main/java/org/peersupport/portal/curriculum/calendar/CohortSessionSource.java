package org.peersupport.portal.curriculum.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.shared.calendar.PersonalCalendarSource;
import org.peersupport.portal.shared.calendar.PersonalEvent;

/** The group sessions in a member's calendar: those of the cohorts they have a place in or run. */
@ApplicationScoped
public class CohortSessionSource implements PersonalCalendarSource {

    @Inject
    private CalendarService calendar;

    @Override
    public List<PersonalEvent> eventsFor(long memberId, Instant from, Instant to, Locale locale) {
        return calendar.entriesFor(memberId, from, to).stream().map(e -> SessionEvents.personal(e, locale)).toList();
    }

    @Override
    public Optional<Instant> nextStart(long memberId) {
        return calendar.nextSession(memberId);
    }
}

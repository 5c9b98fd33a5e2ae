package org.peersupport.portal.shared.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A feature's share of a member's one calendar (the calendar page, my-sessions.ics and the private
 * feed). Each feature that puts things in it offers an application-scoped bean implementing this;
 * {@link PersonalCalendar} gathers them, so the calendar never depends on the features it shows.
 */
public interface PersonalCalendarSource {

    /** The member's entries overlapping [from, to), worded in {@code locale}; a fixed number of queries. */
    List<PersonalEvent> eventsFor(long memberId, Instant from, Instant to, Locale locale);

    /** When the member's next entry (not cancelled) starts, if there is one. */
    Optional<Instant> nextStart(long memberId);
}

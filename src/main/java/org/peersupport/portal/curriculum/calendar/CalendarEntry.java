package org.peersupport.portal.curriculum.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One cohort session in someone's calendar. {@code facilitating} marks cohorts the reader runs;
 * {@code location} is present only when the reader is enrolled or one of the cohort's staff.
 */
public record CalendarEntry(long sessionId, long cohortId, String cohortName, int number, String title, String topic,
        Instant startsAt, Instant endsAt, ZoneId zone, boolean cancelled, int sequence, boolean facilitating,
        Optional<String> location) {}

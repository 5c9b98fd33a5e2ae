package org.peersupport.portal.workshop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A workshop in someone's calendar. SEQUENCE is the workshop's changes plus the registration's,
 * both only ever growing, so a calendar app takes every later file as newer.
 */
public record WorkshopCalendarEntry(long workshopId, String title, String description, Instant startsAt, Instant endsAt, ZoneId zone,
        boolean cancelled, boolean offered, int sequence, Optional<String> place) {

    public static final String UID_PREFIX = "workshop-";

    static WorkshopCalendarEntry of(Workshop workshop, WorkshopRegistration registration) {
        boolean cancelled = workshop.getStatus() == WorkshopStatus.CANCELLED || !registration.getStatus().holdsSeat();
        boolean confirmed = registration.getStatus() == RegistrationStatus.CONFIRMED;
        Optional<String> place = workshop.getMode() == AttendanceMode.ONLINE
                ? (confirmed ? workshop.getOnlineLink() : Optional.empty()) : workshop.getLocation();
        return new WorkshopCalendarEntry(workshop.getId(), workshop.getTitle(), workshop.getDescription(), workshop.getStartsAt(),
                workshop.getEndsAt(), workshop.getZone(), cancelled, registration.getStatus() == RegistrationStatus.OFFERED,
                workshop.getSequence() + registration.getSequence(), place);
    }

    public String uid(String domain) {
        return UID_PREFIX + workshopId + "@" + domain;
    }
}

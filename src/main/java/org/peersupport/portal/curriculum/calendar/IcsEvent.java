package org.peersupport.portal.curriculum.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One VEVENT as written: times are instants, shown in {@code zone} (the cohort's own). The location
 * is present only when the reader of this calendar may see it.
 */
public record IcsEvent(String uid, ZoneId zone, Instant start, Instant end, int sequence, boolean cancelled,
        String summary, String description, String url, Optional<String> location) {}

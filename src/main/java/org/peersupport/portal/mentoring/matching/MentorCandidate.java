package org.peersupport.portal.mentoring.matching;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.WeeklyAvailability;

/**
 * A mentor as the matcher sees them. Languages are ISO 639-1 codes ("en", "es"); {@code gender}
 * and {@code ageBand} are null when not said.
 */
public record MentorCandidate(long mentorId, Set<ExperienceArea> areas, Set<String> languages, ZoneId zone,
        WeeklyAvailability availability, int capacity, int activeMentees, Gender gender, AgeBand ageBand) {

    public MentorCandidate {
        areas = Set.copyOf(areas);
        languages = Set.copyOf(languages);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(availability);
        if (capacity < 0 || activeMentees < 0) {
            throw new IllegalArgumentException("Capacity and active mentees are not negative");
        }
    }

    /** Mentees this mentor can still take; never below zero, even if over-committed. */
    public int freePlaces() {
        return Math.max(0, capacity - activeMentees);
    }
}

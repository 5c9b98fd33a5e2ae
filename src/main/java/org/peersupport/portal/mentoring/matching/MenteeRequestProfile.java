package org.peersupport.portal.mentoring.matching;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.WeeklyAvailability;

/**
 * An open mentoring request as the matcher sees it. {@code preferredGender} null means no
 * preference; the age preference is the band range {@code preferredAgeFrom..preferredAgeTo}, both
 * null for none, one of them null for an open end.
 */
public record MenteeRequestProfile(long requestId, Set<ExperienceArea> needs, Set<String> languages, ZoneId zone,
        WeeklyAvailability availability, Gender preferredGender, AgeBand preferredAgeFrom, AgeBand preferredAgeTo) {

    public MenteeRequestProfile {
        needs = Set.copyOf(needs);
        languages = Set.copyOf(languages);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(availability);
        if (preferredAgeFrom != null && preferredAgeTo != null && preferredAgeFrom.compareTo(preferredAgeTo) > 0) {
            throw new IllegalArgumentException("Age range runs backwards: " + preferredAgeFrom + "–" + preferredAgeTo);
        }
    }

    public boolean hasAgePreference() {
        return preferredAgeFrom != null || preferredAgeTo != null;
    }

    /** Whether a mentor's band meets the age preference; an unsaid band never does. */
    public boolean agePreferenceMetBy(AgeBand band) {
        if (band == null || !hasAgePreference()) {
            return false;
        }
        AgeBand[] bands = AgeBand.values();
        return band.within(preferredAgeFrom == null ? bands[0] : preferredAgeFrom,
                preferredAgeTo == null ? bands[bands.length - 1] : preferredAgeTo);
    }
}

package org.peersupport.portal.mentoring.matching;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.mentoring.WeeklySlot;

/**
 * Pools shaped like the portal's: 16 areas (mentors 1–4, requests 1–3), six languages where most
 * speak English and many Spanish, a dozen zones, 2–6 weekly slots of 1–3 hours on the hour or half
 * hour, capacities 1–4 with some places already taken.
 */
final class RandomPool {

    private static final ZoneId[] ZONES = {
        ZoneId.of("Europe/Madrid"), ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"),
        ZoneId.of("America/Mexico_City"), ZoneId.of("America/Bogota"), ZoneId.of("America/New_York"),
        ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Argentina/Buenos_Aires"), ZoneId.of("America/Santiago"),
        ZoneId.of("Africa/Lagos"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Sydney"),
    };
    private static final String[] OTHER_LANGUAGES = {"fr", "de", "pt", "ar"};

    final List<MentorCandidate> mentors = new ArrayList<>();
    final List<MenteeRequestProfile> requests = new ArrayList<>();

    RandomPool(long seed, int mentorCount, int requestCount) {
        Random random = new Random(seed);
        for (int j = 0; j < mentorCount; j++) {
            int capacity = 1 + random.nextInt(4);
            mentors.add(new MentorCandidate(1_000_000L + j, areas(random, 1 + random.nextInt(4)), languages(random),
                    zone(random), availability(random), capacity, random.nextInt(capacity),
                    mentorGender(random), random.nextInt(10) == 0 ? null : AgeBand.values()[random.nextInt(AgeBand.values().length)]));
        }
        for (int i = 0; i < requestCount; i++) {
            AgeBand from = null;
            AgeBand to = null;
            if (random.nextInt(10) < 3) {
                int a = random.nextInt(AgeBand.values().length);
                int b = random.nextInt(AgeBand.values().length);
                from = AgeBand.values()[Math.min(a, b)];
                to = AgeBand.values()[Math.max(a, b)];
            }
            requests.add(new MenteeRequestProfile(i + 1L, areas(random, 1 + random.nextInt(3)), languages(random),
                    zone(random), availability(random), preferredGender(random), from, to));
        }
    }

    private static Set<ExperienceArea> areas(Random random, int count) {
        Set<ExperienceArea> areas = EnumSet.noneOf(ExperienceArea.class);
        while (areas.size() < count) {
            areas.add(ExperienceArea.values()[random.nextInt(ExperienceArea.values().length)]);
        }
        return areas;
    }

    private static Set<String> languages(Random random) {
        Set<String> languages = new HashSet<>();
        if (random.nextInt(100) < 85) {
            languages.add("en");
        }
        if (random.nextInt(100) < 45) {
            languages.add("es");
        }
        for (String other : OTHER_LANGUAGES) {
            if (random.nextInt(100) < 7) {
                languages.add(other);
            }
        }
        if (languages.isEmpty()) {
            languages.add(random.nextBoolean() ? "es" : OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)]);
        }
        return languages;
    }

    private static ZoneId zone(Random random) {
        return ZONES[random.nextInt(ZONES.length)];
    }

    private static WeeklyAvailability availability(Random random) {
        List<WeeklySlot> slots = new ArrayList<>();
        int count = 2 + random.nextInt(5);
        for (int k = 0; k < count; k++) {
            int startHalfHour = 14 + random.nextInt(30);
            int lengthHalfHours = 2 + random.nextInt(5);
            LocalTime start = LocalTime.of(startHalfHour / 2, startHalfHour % 2 * 30);
            int endHalfHour = Math.min(48, startHalfHour + lengthHalfHours);
            LocalTime end = endHalfHour == 48 ? LocalTime.MIDNIGHT : LocalTime.of(endHalfHour / 2, endHalfHour % 2 * 30);
            slots.add(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(7)), start, end));
        }
        return new WeeklyAvailability(slots);
    }

    private static Gender mentorGender(Random random) {
        int roll = random.nextInt(100);
        return roll < 45 ? Gender.WOMAN : roll < 85 ? Gender.MAN : roll < 93 ? Gender.NON_BINARY : null;
    }

    private static Gender preferredGender(Random random) {
        int roll = random.nextInt(100);
        return roll < 30 ? Gender.WOMAN : roll < 40 ? Gender.MAN : roll < 45 ? Gender.NON_BINARY : null;
    }
}

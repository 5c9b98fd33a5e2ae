package org.peersupport.portal.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.WeeklyAvailability;

class CompatibilityScorerTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant JANUARY_WEEK = Instant.parse("2026-01-12T00:00:00Z");
    /** New York is on summer time from 8 March 2026, Madrid only from 29 March. */
    private static final Instant MARCH_WEEK = Instant.parse("2026-03-16T00:00:00Z");

    /** Distinct powers of ten, so each component shows in its own digit. */
    private static final MatchWeights WEIGHTS = new MatchWeights(1, 10, 100, 1000, 0, 0);

    private final CompatibilityScorer scorer = new CompatibilityScorer(MatchWeights.defaults(), JANUARY_WEEK);

    @Test
    void noSharedLanguageIsNoMatchHoweverGoodTheRest() {
        MentorCandidate mentor = mentor(Set.of("en"), MADRID, "MON 18:00-20:00");
        MenteeRequestProfile request = request(Set.of("es"), MADRID, "MON 18:00-20:00");

        assertThat(scorer.score(mentor, request)).isEmpty();
    }

    @Test
    void sharedLanguagesAreTheFirstReasonWithTheirCodes() {
        MentorCandidate mentor = mentor(Set.of("es", "en", "fr"), MADRID, "");
        MenteeRequestProfile request = request(Set.of("en", "es"), MADRID, "");

        Compatibility compatibility = scorer.score(mentor, request).orElseThrow();

        assertThat(compatibility.reasons().get(0)).isEqualTo(new MatchReason("mentoring.reason.language", List.of("en, es")));
        assertThat(compatibility.score()).isGreaterThan(0);
    }

    @Test
    void countsSharedExperienceAreas() {
        CompatibilityScorer tens = new CompatibilityScorer(WEIGHTS, JANUARY_WEEK);
        MentorCandidate mentor = new MentorCandidate(1, Set.of(ExperienceArea.ANXIETY, ExperienceArea.GRIEF, ExperienceArea.TRAUMA),
                Set.of("en"), MADRID, WeeklyAvailability.NONE, 2, 1, null, null);
        MenteeRequestProfile request = new MenteeRequestProfile(2, Set.of(ExperienceArea.ANXIETY, ExperienceArea.GRIEF, ExperienceArea.OCD),
                Set.of("en"), MADRID, WeeklyAvailability.NONE, null, null, null);

        Compatibility compatibility = tens.score(mentor, request).orElseThrow();

        assertThat(compatibility.score()).isEqualTo(1 + 2 * 10);
        assertThat(compatibility.reasons()).contains(new MatchReason("mentoring.reason.sharedAreas", List.of(2)));
    }

    @Test
    void madridEveningMeetsMexicoCityLateMorningInJanuary() {
        CompatibilityScorer tens = new CompatibilityScorer(WEIGHTS, JANUARY_WEEK);
        MentorCandidate mentor = mentor(Set.of("es"), MADRID, "MON 18:00-20:00");
        MenteeRequestProfile request = request(Set.of("es"), MEXICO_CITY, "MON 11:00-13:00");

        Compatibility compatibility = tens.score(mentor, request).orElseThrow();

        assertThat(compatibility.score()).isEqualTo(1 + 2 * 100);
        assertThat(compatibility.reasons()).contains(new MatchReason("mentoring.reason.overlap", List.of(2)));
        assertThat(mentor.availability().overlap(MADRID, request.availability(), MEXICO_CITY, JANUARY_WEEK))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void sameLocalHoursOverlapDifferentlyWhenOnlyOneSideIsOnSummerTime() {
        WeeklyAvailability madridEvening = WeeklyAvailability.parse("MON 18:00-20:00");
        WeeklyAvailability newYorkAfternoon = WeeklyAvailability.parse("MON 13:00-15:00");

        assertThat(madridEvening.overlap(MADRID, newYorkAfternoon, NEW_YORK, JANUARY_WEEK)).isEqualTo(Duration.ofHours(1));
        assertThat(madridEvening.overlap(MADRID, newYorkAfternoon, NEW_YORK, MARCH_WEEK)).isEqualTo(Duration.ofHours(2));

        MentorCandidate mentor = mentor(Set.of("en"), MADRID, "MON 18:00-20:00");
        MenteeRequestProfile request = request(Set.of("en"), NEW_YORK, "MON 13:00-15:00");
        assertThat(new CompatibilityScorer(WEIGHTS, JANUARY_WEEK).score(mentor, request).orElseThrow().score()).isEqualTo(1 + 100);
        assertThat(new CompatibilityScorer(WEIGHTS, MARCH_WEEK).score(mentor, request).orElseThrow().score()).isEqualTo(1 + 200);
    }

    @Test
    void aSlotCutByTheWeeksEdgeKeepsItsLength() {
        // Madrid's Monday 00:00–02:00 starts on Sunday 23:00 UTC, an hour before this week does.
        int[] week = WeeklyAvailability.parse("MON 00:00-02:00").secondsInWeek(MADRID, JANUARY_WEEK);

        assertThat(week).containsExactly(0, 3600, 7 * 24 * 3600 - 3600, 7 * 24 * 3600);
    }

    @Test
    void overlapCountsWholeHoursUpToSix() {
        CompatibilityScorer tens = new CompatibilityScorer(WEIGHTS, JANUARY_WEEK);
        String manyHours = "MON 08:00-16:00;TUE 08:00-09:59";

        assertThat(tens.score(mentor(Set.of("en"), MADRID, manyHours), request(Set.of("en"), MADRID, manyHours))
                .orElseThrow().score()).isEqualTo(1 + 6 * 100);
        assertThat(tens.score(mentor(Set.of("en"), MADRID, "TUE 08:00-09:59"), request(Set.of("en"), MADRID, "TUE 08:00-09:59"))
                .orElseThrow().score()).isEqualTo(1 + 100);
    }

    @Test
    void genderPreferenceAddsPointsOnlyWhenMet() {
        CompatibilityScorer tens = new CompatibilityScorer(WEIGHTS, JANUARY_WEEK);
        MenteeRequestProfile wantsWoman = new MenteeRequestProfile(2, Set.of(), Set.of("en"), MADRID, WeeklyAvailability.NONE,
                Gender.WOMAN, null, null);

        Compatibility woman = tens.score(withGenderAndAge(Gender.WOMAN, null), wantsWoman).orElseThrow();
        Compatibility man = tens.score(withGenderAndAge(Gender.MAN, null), wantsWoman).orElseThrow();
        Compatibility unsaid = tens.score(withGenderAndAge(null, null), wantsWoman).orElseThrow();

        assertThat(woman.score()).isEqualTo(1 + 1000);
        assertThat(woman.reasons()).contains(MatchReason.of("mentoring.reason.gender"));
        assertThat(man.score()).isEqualTo(1);
        assertThat(unsaid.score()).isEqualTo(1);
        assertThat(man.reasons()).extracting(MatchReason::key).doesNotContain("mentoring.reason.gender");
    }

    @Test
    void agePreferenceIsAnInclusiveRangeWithOpenEnds() {
        CompatibilityScorer ageOnly = new CompatibilityScorer(new MatchWeights(1, 0, 0, 0, 7, 0), JANUARY_WEEK);
        MenteeRequestProfile thirtiesToForties = new MenteeRequestProfile(2, Set.of(), Set.of("en"), MADRID,
                WeeklyAvailability.NONE, null, AgeBand.FROM_25_TO_34, AgeBand.FROM_35_TO_44);
        MenteeRequestProfile fromFiftyFive = new MenteeRequestProfile(3, Set.of(), Set.of("en"), MADRID,
                WeeklyAvailability.NONE, null, AgeBand.FROM_55_TO_64, null);

        assertThat(ageOnly.score(withGenderAndAge(null, AgeBand.FROM_35_TO_44), thirtiesToForties).orElseThrow().score()).isEqualTo(8);
        assertThat(ageOnly.score(withGenderAndAge(null, AgeBand.FROM_45_TO_54), thirtiesToForties).orElseThrow().score()).isEqualTo(1);
        assertThat(ageOnly.score(withGenderAndAge(null, null), thirtiesToForties).orElseThrow().score()).isEqualTo(1);
        Compatibility older = ageOnly.score(withGenderAndAge(null, AgeBand.FROM_65), fromFiftyFive).orElseThrow();
        assertThat(older.score()).isEqualTo(8);
        assertThat(older.reasons()).contains(MatchReason.of("mentoring.reason.age"));
    }

    @Test
    void freePlacesAddPointsUpToFour() {
        CompatibilityScorer placesOnly = new CompatibilityScorer(new MatchWeights(1, 0, 0, 0, 0, 3), JANUARY_WEEK);
        MenteeRequestProfile request = request(Set.of("en"), MADRID, "");
        MentorCandidate twoFree = new MentorCandidate(1, Set.of(), Set.of("en"), MADRID, WeeklyAvailability.NONE, 3, 1, null, null);
        MentorCandidate sixFree = new MentorCandidate(1, Set.of(), Set.of("en"), MADRID, WeeklyAvailability.NONE, 6, 0, null, null);

        assertThat(placesOnly.score(twoFree, request).orElseThrow().score()).isEqualTo(1 + 2 * 3);
        assertThat(placesOnly.score(twoFree, request).orElseThrow().reasons())
                .contains(new MatchReason("mentoring.reason.freePlaces", List.of(2)));
        assertThat(placesOnly.score(sixFree, request).orElseThrow().score()).isEqualTo(1 + 4 * 3);
    }

    @Test
    void everyComponentGivesItsReasonInOrder() {
        MentorCandidate mentor = new MentorCandidate(1, Set.of(ExperienceArea.GRIEF), Set.of("es"), MADRID,
                WeeklyAvailability.parse("WED 17:00-19:00"), 2, 0, Gender.NON_BINARY, AgeBand.FROM_25_TO_34);
        MenteeRequestProfile request = new MenteeRequestProfile(2, Set.of(ExperienceArea.GRIEF), Set.of("es"), MADRID,
                WeeklyAvailability.parse("WED 18:00-20:00"), Gender.NON_BINARY, AgeBand.FROM_18_TO_24, AgeBand.FROM_25_TO_34);

        Optional<Compatibility> compatibility = scorer.score(mentor, request);

        assertThat(compatibility.orElseThrow().reasons()).extracting(MatchReason::key).containsExactly(
                "mentoring.reason.language", "mentoring.reason.sharedAreas", "mentoring.reason.overlap",
                "mentoring.reason.gender", "mentoring.reason.age", "mentoring.reason.freePlaces");
        MatchWeights d = MatchWeights.defaults();
        assertThat(compatibility.orElseThrow().score())
                .isEqualTo(d.base() + d.sharedArea() + d.overlapHour() + d.gender() + d.age() + 2 * d.freePlace());
    }

    @Test
    void weightsComeFromConfigurationWithDefaultsForMissingKeys() {
        Map<String, String> config = Map.of("portal.matching.weight.shared-area", "9", "portal.matching.weight.base", " 3 ");

        MatchWeights weights = MatchWeights.fromConfig(key -> Optional.ofNullable(config.get(key)));

        MatchWeights defaults = MatchWeights.defaults();
        assertThat(weights).isEqualTo(new MatchWeights(3, 9, defaults.overlapHour(), defaults.gender(), defaults.age(),
                defaults.freePlace()));
        assertThat(MatchWeights.fromConfig(key -> Optional.empty())).isEqualTo(defaults);
    }

    @Test
    void refusesNegativeOrMalformedWeightsAndAZeroBase() {
        assertThatThrownBy(() -> new MatchWeights(10, -1, 2, 5, 3, 1)).hasMessageContaining("shared-area");
        assertThatThrownBy(() -> new MatchWeights(0, 6, 2, 5, 3, 1)).hasMessageContaining("base");
        assertThatThrownBy(() -> MatchWeights.fromConfig(key -> key.endsWith("gender") ? Optional.of("five") : Optional.empty()))
                .hasMessageContaining("portal.matching.weight.gender");
    }

    private static MentorCandidate mentor(Set<String> languages, ZoneId zone, String availability) {
        return new MentorCandidate(1, Set.of(), languages, zone, WeeklyAvailability.parse(availability), 1, 1, null, null);
    }

    private static MenteeRequestProfile request(Set<String> languages, ZoneId zone, String availability) {
        return new MenteeRequestProfile(2, Set.of(), languages, zone, WeeklyAvailability.parse(availability), null, null, null);
    }

    private static MentorCandidate withGenderAndAge(Gender gender, AgeBand age) {
        return new MentorCandidate(1, Set.of(), Set.of("en"), MADRID, WeeklyAvailability.NONE, 1, 1, gender, age);
    }
}

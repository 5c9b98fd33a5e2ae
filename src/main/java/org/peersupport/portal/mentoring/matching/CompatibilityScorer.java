package org.peersupport.portal.mentoring.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.WeeklyAvailability;

/**
 * Scores a mentor for a request with {@link MatchWeights}. A shared language is required; everything
 * else adds points. Availability is compared in real time: both people's weekly slots are placed in
 * the week starting at {@code referenceWeek} with their own zones' offsets for that week, so a
 * daylight-saving change on one side shifts the overlap as it will really happen.
 */
public final class CompatibilityScorer {

    private final MatchWeights weights;
    private final Instant referenceWeek;

    public CompatibilityScorer(MatchWeights weights, Instant referenceWeek) {
        this.weights = Objects.requireNonNull(weights);
        this.referenceWeek = Objects.requireNonNull(referenceWeek);
    }

    public MatchWeights weights() {
        return weights;
    }

    public Instant referenceWeek() {
        return referenceWeek;
    }

    /** The pair's score and reasons, or empty when they share no language. */
    public Optional<Compatibility> score(MentorCandidate mentor, MenteeRequestProfile request) {
        return Optional.ofNullable(compatibility(mentor, request,
                mentor.availability().secondsInWeek(mentor.zone(), referenceWeek),
                request.availability().secondsInWeek(request.zone(), referenceWeek)));
    }

    /** Scores of every request against every mentor at once, for the assigner. */
    ScoreTable scoreTable(List<MentorCandidate> mentors, List<MenteeRequestProfile> requests) {
        return ScoreTable.build(this, mentors, requests);
    }

    /**
     * The reasons are listed when their component adds points: language (shared codes, e.g. "en, es"),
     * shared areas (count), overlap (whole hours), gender, age, free places (count).
     * {@link ScoreTable} computes the same score from bit masks; the two must agree.
     */
    Compatibility compatibility(MentorCandidate mentor, MenteeRequestProfile request, int[] mentorWeek, int[] requestWeek) {
        TreeSet<String> sharedLanguages = new TreeSet<>(mentor.languages());
        sharedLanguages.retainAll(request.languages());
        if (sharedLanguages.isEmpty()) {
            return null;
        }
        List<MatchReason> reasons = new ArrayList<>();
        int score = weights.base();
        reasons.add(MatchReason.of("mentoring.reason.language", String.join(", ", sharedLanguages)));

        int sharedAreas = (int) request.needs().stream().filter(mentor.areas()::contains).count();
        score += weights.sharedArea() * sharedAreas;
        if (sharedAreas > 0 && weights.sharedArea() > 0) {
            reasons.add(MatchReason.of("mentoring.reason.sharedAreas", sharedAreas));
        }
        int hours = overlapHours(WeeklyAvailability.overlapSeconds(mentorWeek, requestWeek));
        score += weights.overlapHour() * hours;
        if (hours > 0 && weights.overlapHour() > 0) {
            reasons.add(MatchReason.of("mentoring.reason.overlap", hours));
        }
        if (request.preferredGender() != null && request.preferredGender() == mentor.gender()) {
            score += weights.gender();
            if (weights.gender() > 0) {
                reasons.add(MatchReason.of("mentoring.reason.gender"));
            }
        }
        if (request.agePreferenceMetBy(mentor.ageBand())) {
            score += weights.age();
            if (weights.age() > 0) {
                reasons.add(MatchReason.of("mentoring.reason.age"));
            }
        }
        int freePlaces = mentor.freePlaces();
        score += freePlaceScore(freePlaces);
        if (freePlaces > 0 && weights.freePlace() > 0) {
            reasons.add(MatchReason.of("mentoring.reason.freePlaces", freePlaces));
        }
        return new Compatibility(score, reasons);
    }

    int freePlaceScore(int freePlaces) {
        return weights.freePlace() * Math.min(freePlaces, MatchWeights.MAX_FREE_PLACES_COUNTED);
    }

    /** Whole hours, capped; 59 shared minutes are not an hour to meet in. */
    static int overlapHours(long seconds) {
        return (int) Math.min(seconds / 3600, MatchWeights.MAX_OVERLAP_HOURS);
    }

    static int areaMask(Set<ExperienceArea> areas) {
        int mask = 0;
        for (ExperienceArea area : areas) {
            mask |= 1 << area.ordinal();
        }
        return mask;
    }
}

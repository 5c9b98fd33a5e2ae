package org.peersupport.portal.mentoring.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.peersupport.portal.mentoring.WeeklyAvailability;

/**
 * Every request's score against every mentor, 0 for a pair that may not meet (no shared language,
 * or excluded). Built from bit masks so that millions of pairs take a fraction of a second: languages
 * and areas as bits, and the week as 672 quarter-hour bits when a person's slots fall on quarter
 * hours (every zone offset in use does); otherwise exact interval overlap.
 */
final class ScoreTable {

    private static final int QUARTER = 900;
    private static final int WORDS = (7 * 24 * 3600 / QUARTER + 63) / 64;

    final List<MentorCandidate> mentors;
    final List<MenteeRequestProfile> requests;
    final int mentorCount;
    final int requestCount;
    /** Row per request: {@code scores[request * mentorCount + mentor]}. */
    private final short[] scores;
    private final CompatibilityScorer scorer;
    private final int[][] mentorWeeks;
    private final int[][] requestWeeks;

    private ScoreTable(CompatibilityScorer scorer, List<MentorCandidate> mentors, List<MenteeRequestProfile> requests,
            int[][] mentorWeeks, int[][] requestWeeks) {
        this.scorer = scorer;
        this.mentors = List.copyOf(mentors);
        this.requests = List.copyOf(requests);
        this.mentorCount = mentors.size();
        this.requestCount = requests.size();
        this.scores = new short[Math.multiplyExact(mentorCount, requestCount)];
        this.mentorWeeks = mentorWeeks;
        this.requestWeeks = requestWeeks;
    }

    static ScoreTable build(CompatibilityScorer scorer, List<MentorCandidate> mentors, List<MenteeRequestProfile> requests) {
        MatchWeights weights = scorer.weights();
        int m = mentors.size();
        int n = requests.size();
        int[][] mentorWeeks = new int[m][];
        int[][] requestWeeks = new int[n][];
        IntStream.range(0, m).parallel().forEach(j -> mentorWeeks[j] =
                mentors.get(j).availability().secondsInWeek(mentors.get(j).zone(), scorer.referenceWeek()));
        IntStream.range(0, n).parallel().forEach(i -> requestWeeks[i] =
                requests.get(i).availability().secondsInWeek(requests.get(i).zone(), scorer.referenceWeek()));
        ScoreTable table = new ScoreTable(scorer, mentors, requests, mentorWeeks, requestWeeks);

        Map<String, Integer> languageBits = new HashMap<>();
        mentors.forEach(mentor -> mentor.languages().forEach(code -> languageBits.putIfAbsent(code, languageBits.size())));
        int languageWords = Math.max(1, (languageBits.size() + 63) / 64);
        long[] mentorLanguages = new long[m * languageWords];
        int[] areas = new int[m];
        int[] gender = new int[m];
        int[] age = new int[m];
        int[] fixedPoints = new int[m];
        long[] mentorQuarters = new long[m * WORDS];
        boolean[] mentorOnQuarters = new boolean[m];
        for (int j = 0; j < m; j++) {
            MentorCandidate mentor = mentors.get(j);
            for (String code : mentor.languages()) {
                int bit = languageBits.get(code);
                mentorLanguages[j * languageWords + bit / 64] |= 1L << bit;
            }
            areas[j] = CompatibilityScorer.areaMask(mentor.areas());
            gender[j] = mentor.gender() == null ? -1 : mentor.gender().ordinal();
            age[j] = mentor.ageBand() == null ? -1 : mentor.ageBand().ordinal();
            fixedPoints[j] = weights.base() + scorer.freePlaceScore(mentor.freePlaces());
            mentorOnQuarters[j] = quarters(mentorWeeks[j], mentorQuarters, j * WORDS);
        }

        IntStream.range(0, n).parallel().forEach(i -> {
            MenteeRequestProfile request = requests.get(i);
            long[] languages = new long[languageWords];
            for (String code : request.languages()) {
                Integer bit = languageBits.get(code);
                if (bit != null) {
                    languages[bit / 64] |= 1L << bit;
                }
            }
            int needs = CompatibilityScorer.areaMask(request.needs());
            int preferredGender = request.preferredGender() == null ? -2 : request.preferredGender().ordinal();
            boolean agePreference = request.hasAgePreference();
            int ageFrom = request.preferredAgeFrom() == null ? 0 : request.preferredAgeFrom().ordinal();
            int ageTo = request.preferredAgeTo() == null ? Integer.MAX_VALUE : request.preferredAgeTo().ordinal();
            long[] ownQuarters = new long[WORDS];
            boolean onQuarters = quarters(requestWeeks[i], ownQuarters, 0);
            int[] week = requestWeeks[i];
            int row = i * m;
            for (int j = 0; j < m; j++) {
                boolean sharesLanguage = false;
                for (int w = 0; w < languageWords; w++) {
                    sharesLanguage |= (languages[w] & mentorLanguages[j * languageWords + w]) != 0;
                }
                if (!sharesLanguage) {
                    continue;
                }
                long overlap;
                if (onQuarters && mentorOnQuarters[j]) {
                    int bits = 0;
                    for (int w = 0, base = j * WORDS; w < WORDS; w++) {
                        bits += Long.bitCount(ownQuarters[w] & mentorQuarters[base + w]);
                    }
                    overlap = (long) bits * QUARTER;
                } else {
                    overlap = WeeklyAvailability.overlapSeconds(week, mentorWeeks[j]);
                }
                int score = fixedPoints[j]
                        + weights.sharedArea() * Integer.bitCount(needs & areas[j])
                        + weights.overlapHour() * CompatibilityScorer.overlapHours(overlap);
                if (preferredGender == gender[j]) {
                    score += weights.gender();
                }
                if (agePreference && age[j] >= ageFrom && age[j] <= ageTo) {
                    score += weights.age();
                }
                table.scores[row + j] = (short) score;
            }
        });
        return table;
    }

    /** Sets the quarter-hour bits of a week; false (and bits left unset) if a boundary is off the quarter hours. */
    private static boolean quarters(int[] week, long[] bits, int offset) {
        for (int boundary : week) {
            if (boundary % QUARTER != 0) {
                return false;
            }
        }
        for (int k = 0; k < week.length; k += 2) {
            for (int q = week[k] / QUARTER; q < week[k + 1] / QUARTER; q++) {
                bits[offset + q / 64] |= 1L << q;
            }
        }
        return true;
    }

    int score(int request, int mentor) {
        return scores[request * mentorCount + mentor];
    }

    /** Copies one request's row into {@code into}. */
    short[] row(int request, short[] into) {
        System.arraycopy(scores, request * mentorCount, into, 0, mentorCount);
        return into;
    }

    /** From now on the pair may not meet: a declined or already proposed mentor. */
    void exclude(int request, int mentor) {
        scores[request * mentorCount + mentor] = 0;
    }

    /** The score with its reasons, computed again the readable way and checked against the table. */
    Compatibility explain(int request, int mentor) {
        Compatibility compatibility = scorer.compatibility(mentors.get(mentor), requests.get(request),
                mentorWeeks[mentor], requestWeeks[request]);
        if (compatibility == null || compatibility.score() != score(request, mentor)) {
            throw new IllegalStateException("Score table and scorer disagree for request "
                    + requests.get(request).requestId() + " and mentor " + mentors.get(mentor).mentorId());
        }
        return compatibility;
    }
}

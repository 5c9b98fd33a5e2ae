package org.peersupport.portal.mentoring.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.peersupport.portal.mentoring.WeeklyAvailability;

/**
 * Every request's score against every mentor, 0 for a pair that may not meet (no shared language,
 * or excluded), computed on demand from bit masks rather than stored: 20,000 × 20,000 pairs would
 * take 800 MB as {@code short}s. Languages and areas are bits, and the week is 672 quarter-hour bits
 * when a person's slots fall on quarter hours (every zone offset in use does); otherwise exact
 * interval overlap. The week overlap is the dear part, so scans first bound a pair by everything
 * else plus the most overlap the two could have (the shorter of their weekly hours, capped), and
 * compute the overlap only for pairs that bound can not rule out.
 */
final class ScoreTable {

    private static final int QUARTER = 900;
    private static final int WORDS = (7 * 24 * 3600 / QUARTER + 63) / 64;
    private static final int[] NONE = {};

    final List<MentorCandidate> mentors;
    final List<MenteeRequestProfile> requests;
    final int mentorCount;
    final int requestCount;
    private final CompatibilityScorer scorer;
    private final MatchWeights weights;
    private final int[][] mentorWeeks;
    private final int[][] requestWeeks;
    private final int languageWords;

    private final long[] mentorLanguages;
    private final int[] mentorAreas;
    private final int[] mentorGender;
    private final int[] mentorAge;
    private final int[] mentorFixedPoints;
    private final int[] mentorHours;
    private final long[] mentorQuarters;
    private final boolean[] mentorOnQuarters;

    private final long[] requestLanguages;
    private final int[] requestNeeds;
    private final int[] requestGender;
    private final boolean[] requestAgePreference;
    private final int[] requestAgeFrom;
    private final int[] requestAgeTo;
    private final int[] requestHours;
    private final long[] requestQuarters;
    private final boolean[] requestOnQuarters;
    /** Mentor indices each request may no longer meet, sorted; usually empty or a few. */
    private final int[][] excluded;
    /** Mentor indices per experience area (bit), ascending, for the shortlist pass. */
    private final int[][] mentorsByArea;
    private final int highestFixedPoints;
    private final int highestMentorHours;
    private int shortlistLength = -1;
    private int[][] shortlists;
    private int[] outside;

    private ScoreTable(CompatibilityScorer scorer, List<MentorCandidate> mentors, List<MenteeRequestProfile> requests) {
        this.scorer = scorer;
        this.weights = scorer.weights();
        this.mentors = List.copyOf(mentors);
        this.requests = List.copyOf(requests);
        this.mentorCount = mentors.size();
        this.requestCount = requests.size();
        int m = mentorCount;
        int n = requestCount;
        mentorWeeks = new int[m][];
        requestWeeks = new int[n][];
        IntStream.range(0, m).parallel().forEach(j -> mentorWeeks[j] =
                mentors.get(j).availability().secondsInWeek(mentors.get(j).zone(), scorer.referenceWeek()));
        IntStream.range(0, n).parallel().forEach(i -> requestWeeks[i] =
                requests.get(i).availability().secondsInWeek(requests.get(i).zone(), scorer.referenceWeek()));

        Map<String, Integer> languageBits = new HashMap<>();
        mentors.forEach(mentor -> mentor.languages().forEach(code -> languageBits.putIfAbsent(code, languageBits.size())));
        languageWords = Math.max(1, (languageBits.size() + 63) / 64);

        mentorLanguages = new long[m * languageWords];
        mentorAreas = new int[m];
        mentorGender = new int[m];
        mentorAge = new int[m];
        mentorFixedPoints = new int[m];
        mentorHours = new int[m];
        mentorQuarters = new long[m * WORDS];
        mentorOnQuarters = new boolean[m];
        for (int j = 0; j < m; j++) {
            MentorCandidate mentor = mentors.get(j);
            for (String code : mentor.languages()) {
                int bit = languageBits.get(code);
                mentorLanguages[j * languageWords + bit / 64] |= 1L << bit;
            }
            mentorAreas[j] = CompatibilityScorer.areaMask(mentor.areas());
            mentorGender[j] = mentor.gender() == null ? -1 : mentor.gender().ordinal();
            mentorAge[j] = mentor.ageBand() == null ? -1 : mentor.ageBand().ordinal();
            mentorFixedPoints[j] = weights.base() + scorer.freePlaceScore(mentor.freePlaces());
            mentorHours[j] = weeklyHours(mentorWeeks[j]);
            mentorOnQuarters[j] = quarters(mentorWeeks[j], mentorQuarters, j * WORDS);
        }

        requestLanguages = new long[n * languageWords];
        requestNeeds = new int[n];
        requestGender = new int[n];
        requestAgePreference = new boolean[n];
        requestAgeFrom = new int[n];
        requestAgeTo = new int[n];
        requestHours = new int[n];
        requestQuarters = new long[n * WORDS];
        requestOnQuarters = new boolean[n];
        for (int i = 0; i < n; i++) {
            MenteeRequestProfile request = requests.get(i);
            for (String code : request.languages()) {
                Integer bit = languageBits.get(code);
                if (bit != null) {
                    requestLanguages[i * languageWords + bit / 64] |= 1L << bit;
                }
            }
            requestNeeds[i] = CompatibilityScorer.areaMask(request.needs());
            // −2 never equals a mentor's −1 (no gender given), so "no preference" never scores.
            requestGender[i] = request.preferredGender() == null ? -2 : request.preferredGender().ordinal();
            requestAgePreference[i] = request.hasAgePreference();
            requestAgeFrom[i] = request.preferredAgeFrom() == null ? 0 : request.preferredAgeFrom().ordinal();
            requestAgeTo[i] = request.preferredAgeTo() == null ? Integer.MAX_VALUE : request.preferredAgeTo().ordinal();
            requestHours[i] = weeklyHours(requestWeeks[i]);
            requestOnQuarters[i] = quarters(requestWeeks[i], requestQuarters, i * WORDS);
        }
        excluded = new int[n][];
        Arrays.fill(excluded, NONE);
        int[] perArea = new int[32];
        for (int areas : mentorAreas) {
            for (int bits = areas; bits != 0; bits &= bits - 1) {
                perArea[Integer.numberOfTrailingZeros(bits)]++;
            }
        }
        mentorsByArea = new int[32][];
        for (int a = 0; a < 32; a++) {
            mentorsByArea[a] = new int[perArea[a]];
            perArea[a] = 0;
        }
        for (int j = 0; j < m; j++) {
            for (int bits = mentorAreas[j]; bits != 0; bits &= bits - 1) {
                int a = Integer.numberOfTrailingZeros(bits);
                mentorsByArea[a][perArea[a]++] = j;
            }
        }
        highestFixedPoints = Arrays.stream(mentorFixedPoints).max().orElse(0);
        highestMentorHours = Arrays.stream(mentorHours).max().orElse(0);
    }

    static ScoreTable build(CompatibilityScorer scorer, List<MentorCandidate> mentors, List<MenteeRequestProfile> requests) {
        return new ScoreTable(scorer, mentors, requests);
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

    /** The overlap hours a person could share at most: their own weekly hours, capped as the score caps them. */
    private static int weeklyHours(int[] week) {
        long seconds = 0;
        for (int k = 0; k < week.length; k += 2) {
            seconds += week[k + 1] - week[k];
        }
        return CompatibilityScorer.overlapHours(seconds);
    }

    private boolean sharesLanguage(int request, int mentor) {
        for (int w = 0; w < languageWords; w++) {
            if ((requestLanguages[request * languageWords + w] & mentorLanguages[mentor * languageWords + w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Everything but the overlap, for a pair that shares a language. */
    private int withoutOverlap(int request, int mentor) {
        int score = mentorFixedPoints[mentor] + weights.sharedArea() * Integer.bitCount(requestNeeds[request] & mentorAreas[mentor]);
        if (requestGender[request] == mentorGender[mentor]) {
            score += weights.gender();
        }
        int age = mentorAge[mentor];
        if (requestAgePreference[request] && age >= requestAgeFrom[request] && age <= requestAgeTo[request]) {
            score += weights.age();
        }
        return score;
    }

    private int overlapHours(int request, int mentor) {
        long overlap;
        if (requestOnQuarters[request] && mentorOnQuarters[mentor]) {
            int bits = 0;
            for (int w = 0, r = request * WORDS, base = mentor * WORDS; w < WORDS; w++) {
                bits += Long.bitCount(requestQuarters[r + w] & mentorQuarters[base + w]);
            }
            overlap = (long) bits * QUARTER;
        } else {
            overlap = WeeklyAvailability.overlapSeconds(requestWeeks[request], mentorWeeks[mentor]);
        }
        return CompatibilityScorer.overlapHours(overlap);
    }

    private boolean isExcluded(int request, int mentor) {
        int[] list = excluded[request];
        return list.length > 0 && Arrays.binarySearch(list, mentor) >= 0;
    }

    int score(int request, int mentor) {
        if (!sharesLanguage(request, mentor) || isExcluded(request, mentor)) {
            return 0;
        }
        return withoutOverlap(request, mentor) + weights.overlapHour() * overlapHours(request, mentor);
    }

    /** From now on the pair may not meet: a declined or already proposed mentor. Not thread-safe. */
    void exclude(int request, int mentor) {
        int[] list = excluded[request];
        int at = Arrays.binarySearch(list, mentor);
        if (at < 0) {
            int insert = -at - 1;
            int[] longer = new int[list.length + 1];
            System.arraycopy(list, 0, longer, 0, insert);
            longer[insert] = mentor;
            System.arraycopy(list, insert, longer, insert + 1, list.length - insert);
            excluded[request] = longer;
        }
    }

    /**
     * The {@code limit} mentors with the highest key for request {@code i}, as indices (ties keep the
     * lower index). Only mentors with {@code freePlaces} count. Without prices ({@code mentorPrice}
     * null) the key is the score; with prices it is the amount by which the score exceeds
     * {@code requestPrice} + the mentor's price, and only pairs exceeding them count.
     */
    int[] best(int i, int[] freePlaces, long requestPrice, long[] mentorPrice, int limit) {
        long[] heap = top(i, freePlaces, requestPrice, mentorPrice, limit);
        int[] best = new int[heap.length];
        for (int k = 0; k < heap.length; k++) {
            best[k] = (int) (heap[k] & 0xFFFF_FFFFL);
        }
        return best;
    }

    /**
     * Heap entries (key &lt;&lt; 32 | mentor) of {@link #best}, in no order. One pass over the row; a
     * pair is scored in full only when its bound could beat the weakest key kept so far.
     */
    private long[] top(int i, int[] freePlaces, long requestPrice, long[] mentorPrice, int limit) {
        int size = 0;
        long[] heap = new long[Math.max(0, Math.min(limit, mentorCount))];
        if (heap.length == 0) {
            return new long[0];
        }
        int overlapWeight = weights.overlapHour();
        int hoursCap = requestHours[i];
        long price = mentorPrice == null ? 0 : requestPrice;
        // Keys must exceed this to count: 0 at first, then the weakest kept once the heap is full.
        long floor = 0;
        for (int j = 0; j < mentorCount; j++) {
            if (freePlaces[j] <= 0 || !sharesLanguage(i, j)) {
                continue;
            }
            long rest = withoutOverlap(i, j) - price - (mentorPrice == null ? 0 : mentorPrice[j]);
            if (rest + (long) overlapWeight * Math.min(hoursCap, mentorHours[j]) <= floor) {
                continue;
            }
            long key = rest + (long) overlapWeight * overlapHours(i, j);
            if (key <= floor || isExcluded(i, j)) {
                continue;
            }
            long entry = key << 32 | j;
            if (size < heap.length) {
                heap[size] = entry;
                siftUp(heap, size++);
                if (size == heap.length) {
                    floor = heap[0] >>> 32;
                }
            } else {
                heap[0] = entry;
                siftDown(heap, size);
                floor = heap[0] >>> 32;
            }
        }
        return Arrays.copyOf(heap, size);
    }

    /**
     * {@link #top} without prices, but most mentors never looked at: first the mentors sharing an
     * experience area with the request; a mentor sharing none scores at most the highest fixed
     * points, the most overlap the request could have, and its gender and age points, so when the
     * list is full and its weakest score reaches that, the rest of the row can not get in.
     */
    private long[] topScores(int i, int[] freePlaces, int limit) {
        long[] heap = new long[Math.max(0, Math.min(limit, mentorCount))];
        if (heap.length == 0) {
            return new long[0];
        }
        int needs = requestNeeds[i];
        long[] state = new long[2]; // size, floor
        for (int bits = needs; bits != 0; bits &= bits - 1) {
            int area = Integer.numberOfTrailingZeros(bits);
            for (int j : mentorsByArea[area]) {
                // A mentor sharing several areas is taken from the list of the lowest shared one only.
                if (Integer.numberOfTrailingZeros(needs & mentorAreas[j]) == area) {
                    offer(i, j, freePlaces, heap, state);
                }
            }
        }
        int withoutSharedArea = highestFixedPoints + weights.overlapHour() * Math.min(requestHours[i], highestMentorHours)
                + (requestGender[i] >= 0 ? weights.gender() : 0) + (requestAgePreference[i] ? weights.age() : 0);
        if (state[0] < heap.length || withoutSharedArea > state[1]) {
            for (int j = 0; j < mentorCount; j++) {
                if ((needs & mentorAreas[j]) == 0) {
                    offer(i, j, freePlaces, heap, state);
                }
            }
        }
        return Arrays.copyOf(heap, (int) state[0]);
    }

    /** One mentor into {@link #topScores}' heap of scores ({@code state}: size, then the floor once full). */
    private void offer(int i, int j, int[] freePlaces, long[] heap, long[] state) {
        if (freePlaces[j] <= 0 || !sharesLanguage(i, j)) {
            return;
        }
        long floor = state[1];
        long rest = withoutOverlap(i, j);
        if (rest + (long) weights.overlapHour() * Math.min(requestHours[i], mentorHours[j]) <= floor) {
            return;
        }
        long key = rest + (long) weights.overlapHour() * overlapHours(i, j);
        if (key <= floor || isExcluded(i, j)) {
            return;
        }
        long entry = key << 32 | j;
        int size = (int) state[0];
        if (size < heap.length) {
            heap[size] = entry;
            siftUp(heap, size++);
            state[0] = size;
            if (size == heap.length) {
                state[1] = heap[0] >>> 32;
            }
        } else {
            heap[0] = entry;
            siftDown(heap, size);
            state[1] = heap[0] >>> 32;
        }
    }

    /**
     * Keeps each request's {@code length} best mentors (with free places) and a bound on every other
     * pair: one pass over all pairs, which the dual checks of every round then mostly skip (see
     * {@link #violations}). Computed again only for another length; exclusions later only lower scores.
     */
    void shortlist(int[] freePlaces, int length) {
        if (shortlistLength == length) {
            return;
        }
        int[][] lists = new int[requestCount][];
        int[] bounds = new int[requestCount];
        IntStream.range(0, requestCount).parallel().forEach(i -> {
            long[] entries = topScores(i, freePlaces, length);
            Arrays.sort(entries);
            int[] list = new int[entries.length];
            for (int k = 0; k < entries.length; k++) {
                // Highest score first; among equal scores the lower index first.
                long entry = entries[entries.length - 1 - k];
                list[k] = (int) (entry & 0xFFFF_FFFFL);
            }
            for (int from = 0, to; from < list.length; from = to) {
                to = from;
                while (to < list.length && entries[entries.length - 1 - to] >>> 32 == entries[entries.length - 1 - from] >>> 32) {
                    to++;
                }
                Arrays.sort(list, from, to);
            }
            lists[i] = list;
            // A full list's weakest score bounds every pair left out; a short list left nothing out.
            bounds[i] = entries.length == length ? (int) (entries[0] >>> 32) : 0;
        });
        shortlists = lists;
        outside = bounds;
        shortlistLength = length;
    }

    /** Request {@code i}'s shortlist, best first (excluded pairs still listed: {@link #score} gives them 0). */
    int[] shortlist(int i) {
        return shortlists[i];
    }

    /**
     * As {@link #best} with prices, but from the shortlist when that is enough: every pair left out
     * scores at most {@code outside[i]}, and mentor prices are never negative, so when the request's
     * price reaches that bound no left-out pair can exceed its prices. Otherwise the whole row.
     */
    int[] violations(int i, int[] freePlaces, long requestPrice, long[] mentorPrice, int limit) {
        if (requestPrice < outside[i]) {
            return best(i, freePlaces, requestPrice, mentorPrice, limit);
        }
        int[] list = shortlists[i];
        long[] entries = new long[list.length];
        int size = 0;
        for (int mentor : list) {
            long key = score(i, mentor) - requestPrice - mentorPrice[mentor];
            if (key > 0) {
                entries[size++] = key << 32 | (Integer.MAX_VALUE - mentor);
            }
        }
        Arrays.sort(entries, 0, size);
        int[] found = new int[Math.min(size, limit)];
        for (int k = 0; k < found.length; k++) {
            found[k] = Integer.MAX_VALUE - (int) (entries[size - 1 - k] & 0xFFFF_FFFFL);
        }
        return found;
    }

    private static void siftUp(long[] heap, int k) {
        long key = heap[k];
        while (k > 0 && heap[(k - 1) >>> 1] > key) {
            heap[k] = heap[(k - 1) >>> 1];
            k = (k - 1) >>> 1;
        }
        heap[k] = key;
    }

    private static void siftDown(long[] heap, int size) {
        long key = heap[0];
        int k = 0;
        while (2 * k + 1 < size) {
            int child = 2 * k + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= key) {
                break;
            }
            heap[k] = heap[child];
            k = child;
        }
        heap[k] = key;
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

package org.peersupport.portal.moderation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.peersupport.portal.shared.policy.PolicyDocument;
import org.peersupport.portal.shared.policy.PolicyFileException;

/**
 * The figures of {@code moderation-policies/trust-levels.yaml}: limits for new members, what
 * promotes a member, how fast members may post and how much a flag weighs. Parsed once, immutable.
 */
public final class TrustPolicy {

    /** What it takes to reach one level. */
    public record Promotion(int readMinutes, int daysVisited, int approvedPosts) {}

    private static final Set<String> TOP = Set.of("new-members", "levels", "posting", "flags");
    private static final Set<String> NEW_MEMBERS = Set.of("held-posts", "max-links", "images", "first-day-hours",
            "first-day-topics", "first-day-replies");
    private static final Set<String> PROMOTION = Set.of("read-minutes", "days-visited", "approved-posts");
    private static final Set<String> POSTING = Set.of("seconds-between-posts");
    private static final Set<String> FLAGS = Set.of("hide-at-weight", "weight-by-level", "staff-weight");

    private final int heldPosts;
    private final int maxLinks;
    private final boolean imagesAllowed;
    private final Duration firstDay;
    private final int firstDayTopics;
    private final int firstDayReplies;
    private final NavigableMap<Integer, Promotion> promotions;
    private final NavigableMap<Integer, Integer> secondsBetweenPosts;
    private final double hideAtWeight;
    private final NavigableMap<Integer, Double> weightByLevel;
    private final double staffWeight;

    private TrustPolicy(PolicyDocument doc) {
        List<Object> top = List.of();
        Map<String, Object> root = doc.mapping(doc.root(), top, TOP);

        List<Object> at = PolicyDocument.at(top, "new-members");
        Map<String, Object> newMembers = doc.mapping(doc.required(root, "new-members", top), at, NEW_MEMBERS);
        heldPosts = count(doc, newMembers, "held-posts", at);
        maxLinks = count(doc, newMembers, "max-links", at);
        imagesAllowed = newMembers.containsKey("images")
                && doc.yesNo(newMembers.get("images"), PolicyDocument.at(at, "images"));
        firstDay = Duration.ofHours(doc.integer(doc.required(newMembers, "first-day-hours", at),
                PolicyDocument.at(at, "first-day-hours"), 0, 24 * 365));
        firstDayTopics = count(doc, newMembers, "first-day-topics", at);
        firstDayReplies = count(doc, newMembers, "first-day-replies", at);

        at = PolicyDocument.at(top, "levels");
        promotions = new TreeMap<>();
        for (Map.Entry<String, Object> level : doc.mapping(doc.required(root, "levels", top), at, null).entrySet()) {
            List<Object> levelAt = PolicyDocument.at(at, level.getKey());
            Map<String, Object> figures = doc.mapping(level.getValue(), levelAt, PROMOTION);
            promotions.put(level(doc, level.getKey(), levelAt, 1), new Promotion(count(doc, figures, "read-minutes", levelAt),
                    count(doc, figures, "days-visited", levelAt), count(doc, figures, "approved-posts", levelAt)));
        }

        at = PolicyDocument.at(top, "posting");
        Map<String, Object> posting = doc.mapping(doc.required(root, "posting", top), at, POSTING);
        at = PolicyDocument.at(at, "seconds-between-posts");
        secondsBetweenPosts = new TreeMap<>();
        for (Map.Entry<String, Object> level : doc.mapping(doc.required(posting, "seconds-between-posts",
                PolicyDocument.at(top, "posting")), at, null).entrySet()) {
            List<Object> levelAt = PolicyDocument.at(at, level.getKey());
            secondsBetweenPosts.put(level(doc, level.getKey(), levelAt, 0), doc.integer(level.getValue(), levelAt, 0, 86_400));
        }
        requireLevelZero(doc, secondsBetweenPosts, at);

        at = PolicyDocument.at(top, "flags");
        Map<String, Object> flags = doc.mapping(doc.required(root, "flags", top), at, FLAGS);
        hideAtWeight = doc.number(doc.required(flags, "hide-at-weight", at), PolicyDocument.at(at, "hide-at-weight"), 0.1, 1000);
        staffWeight = doc.number(doc.required(flags, "staff-weight", at), PolicyDocument.at(at, "staff-weight"), 0.1, 1000);
        List<Object> weightsAt = PolicyDocument.at(at, "weight-by-level");
        weightByLevel = new TreeMap<>();
        for (Map.Entry<String, Object> level : doc.mapping(doc.required(flags, "weight-by-level", at), weightsAt, null)
                .entrySet()) {
            List<Object> levelAt = PolicyDocument.at(weightsAt, level.getKey());
            weightByLevel.put(level(doc, level.getKey(), levelAt, 0), doc.number(level.getValue(), levelAt, 0, 1000));
        }
        requireLevelZero(doc, weightByLevel, weightsAt);
    }

    /**
     * Reads {@code trust-levels.yaml}; every mistake (a missing figure, a word where a number
     * belongs, a misspelt key) is a {@link PolicyFileException} with the file and line.
     */
    public static TrustPolicy read(PolicyDocument doc) {
        return new TrustPolicy(doc);
    }

    /** How many levels a member can climb above new members. */
    public int levelsAboveNewMembers() {
        return promotions.size();
    }

    /** The highest level whose figures the member has reached (levels are climbed in order). */
    public int levelFor(long readSeconds, int daysVisited, int approvedPosts, int postsRemoved) {
        int level = 0;
        if (postsRemoved > 0) {
            return level;
        }
        for (Map.Entry<Integer, Promotion> entry : promotions.entrySet()) {
            Promotion p = entry.getValue();
            if (readSeconds >= p.readMinutes() * 60L && daysVisited >= p.daysVisited()
                    && approvedPosts >= p.approvedPosts()) {
                level = entry.getKey();
            } else {
                break;
            }
        }
        return level;
    }

    /** A flag's weight: the flagger's level weight times their past accuracy. */
    public double flagWeight(int trustLevel, int flagsUpheld, int flagsDismissed, boolean staff) {
        if (staff) {
            return staffWeight;
        }
        double accuracy = 0.5 + (flagsUpheld + 1.0) / (flagsUpheld + flagsDismissed + 2.0);
        return weightByLevel.floorEntry(Math.max(trustLevel, 0)).getValue() * accuracy;
    }

    public Duration minimumGapBetweenPosts(int trustLevel) {
        return Duration.ofSeconds(secondsBetweenPosts.floorEntry(Math.max(trustLevel, 0)).getValue());
    }

    public int heldPosts() {
        return heldPosts;
    }

    public int maxLinks() {
        return maxLinks;
    }

    public boolean imagesAllowed() {
        return imagesAllowed;
    }

    public Duration firstDay() {
        return firstDay;
    }

    public int firstDayTopics() {
        return firstDayTopics;
    }

    public int firstDayReplies() {
        return firstDayReplies;
    }

    public double hideAtWeight() {
        return hideAtWeight;
    }

    private static int count(PolicyDocument doc, Map<String, Object> map, String key, List<Object> at) {
        return doc.integer(doc.required(map, key, at), PolicyDocument.at(at, key), 0, 100_000);
    }

    private static int level(PolicyDocument doc, String key, List<Object> at, int lowest) {
        if (!key.matches("\\d{1,2}") || Integer.parseInt(key) < lowest) {
            throw doc.error(at, "a trust level must be a whole number from " + lowest + ", found '" + key + "'");
        }
        return Integer.parseInt(key);
    }

    private static void requireLevelZero(PolicyDocument doc, Map<Integer, ?> byLevel, List<Object> at) {
        if (!byLevel.containsKey(0)) {
            throw doc.error(at, "level 0 (new members) is missing; every member needs a figure");
        }
    }
}

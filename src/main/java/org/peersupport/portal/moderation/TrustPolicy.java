package org.peersupport.portal.moderation;

import java.time.Duration;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The figures of {@code moderation-policies/trust-levels.yaml}: limits for new members, what
 * promotes a member, how fast members may post and how much a flag weighs. Parsed once, immutable.
 */
public final class TrustPolicy {

    /** What it takes to reach one level. */
    public record Promotion(int readMinutes, int daysVisited, int approvedPosts) {}

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

    TrustPolicy(Map<String, Object> yaml) {
        Map<String, Object> newMembers = section(yaml, "new-members");
        heldPosts = integer(newMembers, "held-posts");
        maxLinks = integer(newMembers, "max-links");
        imagesAllowed = Boolean.TRUE.equals(newMembers.get("images"));
        firstDay = Duration.ofHours(integer(newMembers, "first-day-hours"));
        firstDayTopics = integer(newMembers, "first-day-topics");
        firstDayReplies = integer(newMembers, "first-day-replies");
        promotions = new TreeMap<>();
        section(yaml, "levels").forEach((level, figures) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) figures;
            promotions.put(Integer.valueOf(level), new Promotion(integer(f, "read-minutes"),
                    integer(f, "days-visited"), integer(f, "approved-posts")));
        });
        secondsBetweenPosts = new TreeMap<>();
        section(section(yaml, "posting"), "seconds-between-posts")
                .forEach((level, seconds) -> secondsBetweenPosts.put(Integer.valueOf(level), ((Number) seconds).intValue()));
        Map<String, Object> flags = section(yaml, "flags");
        hideAtWeight = ((Number) flags.get("hide-at-weight")).doubleValue();
        weightByLevel = new TreeMap<>();
        section(flags, "weight-by-level")
                .forEach((level, weight) -> weightByLevel.put(Integer.valueOf(level), ((Number) weight).doubleValue()));
        staffWeight = ((Number) flags.get("staff-weight")).doubleValue();
        if (weightByLevel.isEmpty() || secondsBetweenPosts.isEmpty()) {
            throw new IllegalArgumentException("weight-by-level and seconds-between-posts need at least level 0");
        }
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("Policy section missing: " + key);
        }
        Map<String, Object> section = new TreeMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> section.put(String.valueOf(k), v));
        return section;
    }

    private static int integer(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Number)) {
            throw new IllegalArgumentException("Policy figure missing or not a number: " + key);
        }
        return ((Number) value).intValue();
    }
}

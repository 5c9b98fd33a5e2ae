package org.peersupport.portal.safety;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.ModerationService.DailyReviewCount;
import org.peersupport.portal.moderation.ReviewItem;

/**
 * Crisis alerts and held posts over a period [from, to), counted per ISO week (Monday 00:00 UTC to
 * the next Monday). Every week the period touches is listed, with zeros when nothing happened: a
 * quiet week is a fact, not a gap. Alerts count in the week they were raised; their time to
 * acknowledge covers only the alerts someone has acknowledged, so how many still wait is kept too.
 * Look-soon alerts are counted apart: the headline figures (alerts, times, waiting, escalated) are
 * about crises, and a calm request to look soon must not blur them.
 */
public final class SafetyReport {

    /** What the report needs of one alert. */
    public record AlertFacts(CrisisSeverity severity, Instant raisedAt, Instant acknowledgedAt, Instant escalatedAt,
            CrisisOutcome outcome) {}

    /** Alerts raised in one week, per severity. */
    public record AlertWeek(LocalDate monday, Map<CrisisSeverity, Integer> bySeverity) {
        public int count(CrisisSeverity severity) {
            return bySeverity.getOrDefault(severity, 0);
        }

        /** Crisis alerts (look-soon ones are counted apart). */
        public int total() {
            return bySeverity.entrySet().stream().filter(e -> e.getKey().isCrisis()).mapToInt(Map.Entry::getValue).sum();
        }
    }

    /** Posts held in one week, per reason, and posts hidden after members' flags. */
    public record HeldWeek(LocalDate monday, Map<HoldReason, Integer> byReason, int hiddenAfterFlags) {
        public int count(HoldReason reason) {
            return byReason.getOrDefault(reason, 0);
        }

        public int held() {
            return byReason.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Instant from;
    private final Instant to;
    private final List<AlertWeek> alertWeeks;
    private final List<HeldWeek> heldWeeks;
    private final Map<CrisisSeverity, Integer> alertsBySeverity;
    private final Map<CrisisSeverity, ResponseTimes> timesBySeverity;
    private final Map<CrisisSeverity, Integer> unacknowledgedBySeverity;
    private final Map<CrisisSeverity, Duration> acknowledgeWithin;
    private final Map<CrisisOutcome, Integer> outcomes;
    private final Map<HoldReason, Integer> heldByReason;
    private final ResponseTimes times;
    private final int escalated;
    private final int lookSoonEscalated;
    private final int hiddenAfterFlags;

    private SafetyReport(Instant from, Instant to, List<AlertWeek> alertWeeks, List<HeldWeek> heldWeeks,
            Map<CrisisSeverity, Integer> alertsBySeverity, Map<CrisisSeverity, ResponseTimes> timesBySeverity,
            Map<CrisisSeverity, Integer> unacknowledgedBySeverity, Map<CrisisSeverity, Duration> acknowledgeWithin,
            Map<CrisisOutcome, Integer> outcomes, Map<HoldReason, Integer> heldByReason, ResponseTimes times,
            int escalated, int lookSoonEscalated, int hiddenAfterFlags) {
        this.from = from;
        this.to = to;
        this.alertWeeks = alertWeeks;
        this.heldWeeks = heldWeeks;
        this.alertsBySeverity = alertsBySeverity;
        this.timesBySeverity = timesBySeverity;
        this.unacknowledgedBySeverity = unacknowledgedBySeverity;
        this.acknowledgeWithin = acknowledgeWithin;
        this.outcomes = outcomes;
        this.heldByReason = heldByReason;
        this.times = times;
        this.escalated = escalated;
        this.lookSoonEscalated = lookSoonEscalated;
        this.hiddenAfterFlags = hiddenAfterFlags;
    }

    /**
     * Counts the alerts raised and review items created in [from, to); anything outside is left out.
     *
     * @param reviewItems review items per day (UTC), kind and reason
     * @param acknowledgeWithin the deadline per severity, from the crisis response policy
     */
    public static SafetyReport of(Instant from, Instant to, List<AlertFacts> alerts, List<DailyReviewCount> reviewItems,
            Map<CrisisSeverity, Duration> acknowledgeWithin) {
        List<LocalDate> weeks = weeks(from, to);
        Map<LocalDate, Map<CrisisSeverity, Integer>> alertsPerWeek = new LinkedHashMap<>();
        Map<LocalDate, Map<HoldReason, Integer>> heldPerWeek = new LinkedHashMap<>();
        Map<LocalDate, Integer> hiddenPerWeek = new LinkedHashMap<>();
        for (LocalDate week : weeks) {
            alertsPerWeek.put(week, zeros(CrisisSeverity.class));
            heldPerWeek.put(week, zeros(HoldReason.class));
            hiddenPerWeek.put(week, 0);
        }

        Map<CrisisSeverity, Integer> bySeverity = zeros(CrisisSeverity.class);
        Map<CrisisSeverity, Integer> unacknowledged = zeros(CrisisSeverity.class);
        Map<CrisisOutcome, Integer> outcomes = zeros(CrisisOutcome.class);
        Map<CrisisSeverity, List<Duration>> waits = new EnumMap<>(CrisisSeverity.class);
        List<Duration> allWaits = new ArrayList<>();
        int escalated = 0;
        int lookSoonEscalated = 0;
        for (AlertFacts alert : alerts) {
            if (alert.raisedAt().isBefore(from) || !alert.raisedAt().isBefore(to)) {
                continue;
            }
            alertsPerWeek.get(weekOf(alert.raisedAt())).merge(alert.severity(), 1, Integer::sum);
            bySeverity.merge(alert.severity(), 1, Integer::sum);
            if (alert.acknowledgedAt() == null) {
                unacknowledged.merge(alert.severity(), 1, Integer::sum);
            } else {
                Duration wait = Duration.between(alert.raisedAt(), alert.acknowledgedAt());
                waits.computeIfAbsent(alert.severity(), s -> new ArrayList<>()).add(wait);
                if (alert.severity().isCrisis()) {
                    allWaits.add(wait);
                }
            }
            if (alert.escalatedAt() != null && alert.severity().isCrisis()) {
                escalated++;
            } else if (alert.escalatedAt() != null) {
                lookSoonEscalated++;
            }
            if (alert.outcome() != null) {
                outcomes.merge(alert.outcome(), 1, Integer::sum);
            }
        }
        Map<CrisisSeverity, ResponseTimes> timesBySeverity = new EnumMap<>(CrisisSeverity.class);
        for (CrisisSeverity severity : CrisisSeverity.values()) {
            timesBySeverity.put(severity, ResponseTimes.of(waits.getOrDefault(severity, List.of())));
        }

        Map<HoldReason, Integer> heldByReason = zeros(HoldReason.class);
        int hidden = 0;
        for (DailyReviewCount item : reviewItems) {
            LocalDate week = weekOf(item.day());
            if (!heldPerWeek.containsKey(week)) {
                continue;
            }
            int count = Math.toIntExact(item.count());
            if (item.kind() == ReviewItem.Kind.FLAGGED_POST) {
                hiddenPerWeek.merge(week, count, Integer::sum);
                hidden += count;
            } else {
                HoldReason reason = HoldReason.of(item.kind(), item.reason());
                heldPerWeek.get(week).merge(reason, count, Integer::sum);
                heldByReason.merge(reason, count, Integer::sum);
            }
        }

        List<AlertWeek> alertWeeks = weeks.stream()
                .map(w -> new AlertWeek(w, Collections.unmodifiableMap(alertsPerWeek.get(w)))).toList();
        List<HeldWeek> heldWeeks = weeks.stream()
                .map(w -> new HeldWeek(w, Collections.unmodifiableMap(heldPerWeek.get(w)), hiddenPerWeek.get(w))).toList();
        Map<CrisisSeverity, Duration> deadlines = new EnumMap<>(CrisisSeverity.class);
        deadlines.putAll(acknowledgeWithin);
        return new SafetyReport(from, to, alertWeeks, heldWeeks, bySeverity, timesBySeverity, unacknowledged,
                deadlines, outcomes, heldByReason, ResponseTimes.of(allWaits), escalated, lookSoonEscalated, hidden);
    }

    /** The Mondays (UTC) of every ISO week that [from, to) touches, oldest first. */
    static List<LocalDate> weeks(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A report needs a period: " + from + " is not before " + to);
        }
        LocalDate last = weekOf(to.minusNanos(1));
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = weekOf(from); !week.isAfter(last); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    static LocalDate weekOf(Instant instant) {
        return weekOf(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0);
        }
        return counts;
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }

    public List<AlertWeek> getAlertWeeks() {
        return alertWeeks;
    }

    public List<HeldWeek> getHeldWeeks() {
        return heldWeeks;
    }

    /** Crisis alerts (HIGH, MEDIUM). */
    public int getAlerts() {
        return crisisOnly(alertsBySeverity);
    }

    /** Look-soon alerts, counted apart from crises. */
    public int getLookSoonAlerts() {
        return alertsBySeverity.get(CrisisSeverity.LOOK_SOON);
    }

    public int getLookSoonEscalated() {
        return lookSoonEscalated;
    }

    private static int crisisOnly(Map<CrisisSeverity, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getKey().isCrisis()).mapToInt(Map.Entry::getValue).sum();
    }

    public int alerts(CrisisSeverity severity) {
        return alertsBySeverity.get(severity);
    }

    /** Times to acknowledge of every acknowledged crisis alert. */
    public ResponseTimes getTimes() {
        return times;
    }

    public ResponseTimes times(CrisisSeverity severity) {
        return timesBySeverity.get(severity);
    }

    /** Crisis alerts raised in the period that nobody has acknowledged yet. */
    public int getUnacknowledged() {
        return crisisOnly(unacknowledgedBySeverity);
    }

    public int unacknowledged(CrisisSeverity severity) {
        return unacknowledgedBySeverity.get(severity);
    }

    /** The deadline to acknowledge an alert of this severity, as the policy says now. */
    public Duration acknowledgeWithin(CrisisSeverity severity) {
        return acknowledgeWithin.get(severity);
    }

    /** Crisis alerts escalated. */
    public int getEscalated() {
        return escalated;
    }

    /** How the closed alerts ended, every outcome listed (zero when none). */
    public Map<CrisisOutcome, Integer> getOutcomes() {
        return Collections.unmodifiableMap(outcomes);
    }

    public int getClosed() {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Held posts, crisis language included. */
    public int getHeld() {
        return heldByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int held(HoldReason reason) {
        return heldByReason.get(reason);
    }

    public int getHiddenAfterFlags() {
        return hiddenAfterFlags;
    }
}

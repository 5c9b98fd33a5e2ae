package org.peersupport.portal.curriculum.progress;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may be dropping out of a cohort, and why. A held session has started and is not cancelled.
 * <ul>
 * <li>{@link Reason#ABSENT_TWICE}: the member is ABSENT (not excused) in both of the last two held
 * sessions in which attendance was taken;</li>
 * <li>{@link Reason#HOMEWORK_MISSED}: the member has not done the homework of either of the last two
 * held sessions.</li>
 * </ul>
 * With fewer than two such sessions there is no risk yet.
 */
public final class DropoutRisk {

    public enum Reason {
        ABSENT_TWICE,
        HOMEWORK_MISSED
    }

    private DropoutRisk() {}

    /**
     * @param heldSessions ids of the held sessions, in session order
     * @param markedSessions ids of the sessions in which anyone was marked
     * @param marks this member's marks by session id
     * @param homeworkDone ids of the sessions whose homework this member has done
     */
    public static Set<Reason> of(List<Long> heldSessions, Set<Long> markedSessions, Map<Long, AttendanceMark> marks,
            Set<Long> homeworkDone) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        List<Long> taken = heldSessions.stream().filter(markedSessions::contains).toList();
        if (taken.size() >= 2 && lastTwo(taken).stream().allMatch(s -> marks.get(s) == AttendanceMark.ABSENT)) {
            reasons.add(Reason.ABSENT_TWICE);
        }
        if (heldSessions.size() >= 2 && lastTwo(heldSessions).stream().noneMatch(homeworkDone::contains)) {
            reasons.add(Reason.HOMEWORK_MISSED);
        }
        return reasons;
    }

    private static List<Long> lastTwo(List<Long> sessions) {
        return sessions.subList(sessions.size() - 2, sessions.size());
    }
}

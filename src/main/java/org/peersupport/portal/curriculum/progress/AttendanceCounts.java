package org.peersupport.portal.curriculum.progress;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Marks counted over some sessions. The attendance rate is (present + late) / marked; the no-show
 * rate is absent (without an excuse) / marked; both are empty when nothing is marked.
 */
public record AttendanceCounts(int present, int late, int excused, int absent) {

    public static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0, 0);

    public static AttendanceCounts of(Collection<AttendanceMark> marks) {
        int[] counts = new int[AttendanceMark.values().length];
        marks.forEach(m -> counts[m.ordinal()]++);
        return new AttendanceCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    public int marked() {
        return present + late + excused + absent;
    }

    public int attended() {
        return present + late;
    }

    public OptionalDouble attendanceRate() {
        return marked() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attended() / marked());
    }

    public OptionalDouble noShowRate() {
        return marked() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) absent / marked());
    }

    public int count(AttendanceMark mark) {
        return switch (mark) {
            case PRESENT -> present;
            case LATE -> late;
            case EXCUSED -> excused;
            case ABSENT -> absent;
        };
    }
}

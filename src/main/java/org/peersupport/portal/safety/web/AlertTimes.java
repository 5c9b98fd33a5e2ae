package org.peersupport.portal.safety.web;

import java.time.Duration;
import java.time.Instant;
import org.peersupport.portal.safety.CrisisAlert;
import org.peersupport.portal.shared.web.Bundle;

/** How the alert pages say where an alert stands against its deadline, in the reader's language. */
final class AlertTimes {

    private AlertTimes() {}

    static String deadline(CrisisAlert alert, String acknowledgedByName, Instant now) {
        return switch (alert.getStatus()) {
            case OPEN -> {
                Duration left = alert.leftAt(now);
                yield left.isNegative() || left.isZero()
                        ? Bundle.text("crisis.alert.overdue", minutes(left.negated()))
                        : Bundle.text("crisis.alert.dueIn", minutes(left));
            }
            case ACKNOWLEDGED -> Bundle.text("crisis.alert.acknowledgedBy", acknowledgedByName == null ? "" : acknowledgedByName);
            case CLOSED -> Bundle.text("crisis.alert.closed");
        };
    }

    /** Whole minutes, rounded up, so "due in 0 min" never shows while time is left. */
    static String minutes(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return Bundle.text("crisis.alert.minutes", (seconds + 59) / 60);
    }
}

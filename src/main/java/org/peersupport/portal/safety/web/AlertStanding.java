package org.peersupport.portal.safety.web;

import java.time.Instant;
import org.peersupport.portal.safety.CrisisAlert;

/** Where an alert stands against its deadline: "due in 12 min", "3 min overdue", "acknowledged by …" or "closed". */
public record AlertStanding(String text, boolean overdue) {

    static AlertStanding of(CrisisAlert alert, String acknowledgedByName, Instant now) {
        return new AlertStanding(AlertTimes.deadline(alert, acknowledgedByName, now), alert.isOverdueAt(now));
    }
}

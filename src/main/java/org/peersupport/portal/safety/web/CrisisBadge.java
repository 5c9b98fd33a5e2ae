package org.peersupport.portal.safety.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peersupport.portal.safety.CrisisAlertService;

/**
 * The live badge in the header of every staff page: how many crisis alerts nobody has acknowledged.
 * The layout polls it every few seconds; one count query per poll.
 */
@Named
@RequestScoped
public class CrisisBadge {

    @Inject
    private CrisisAlertService alerts;

    private Long awaiting;
    private Long lookSoon;

    /** Crisis alerts (HIGH, MEDIUM) only: a look-soon alert must never read as a crisis. */
    public long getAwaiting() {
        if (awaiting == null) {
            awaiting = alerts.countAwaitingAcknowledgement();
        }
        return awaiting;
    }

    /** Look-soon alerts nobody has acknowledged: the queue's calmer line. */
    public long getLookSoon() {
        if (lookSoon == null) {
            lookSoon = alerts.countLookSoonAwaiting();
        }
        return lookSoon;
    }
}

package org.peersupport.portal.safety.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.safety.CrisisAlert;
import org.peersupport.portal.safety.CrisisAlertService;
import org.peersupport.portal.safety.CrisisAlertService.AlertRow;
import org.peersupport.portal.safety.CrisisAlertService.OnDuty;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** moderation/alerts.xhtml: the crisis alerts not yet closed, the duty roster, and the last closed ones. */
@Named
@ViewScoped
public class CrisisAlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENTLY_CLOSED = 10;

    @Inject
    private CrisisAlertService alerts;

    @Inject
    private Viewer currentMember;

    @Inject
    private Clock clock;

    private List<AlertRow> open;
    private List<AlertRow> closed;
    private List<OnDuty> onDuty;
    private boolean meOnDuty;

    @PostConstruct
    void load() {
        open = alerts.notClosed();
        closed = alerts.recentlyClosed(RECENTLY_CLOSED);
        onDuty = alerts.onDuty();
        meOnDuty = onDuty.stream().anyMatch(d -> d.accountId() == currentMember.getId());
    }

    public void toggleDuty() {
        alerts.setOnDuty(currentMember.getId(), !meOnDuty);
        load();
        Messages.addGlobalInfo(Bundle.text(meOnDuty ? "crisis.duty.nowOn" : "crisis.duty.nowOff"));
    }

    public List<AlertRow> getOpen() {
        return open;
    }

    public List<AlertRow> getClosed() {
        return closed;
    }

    public List<OnDuty> getOnDuty() {
        return onDuty;
    }

    public boolean isMeOnDuty() {
        return meOnDuty;
    }

    /** "due in 12 min", "3 min overdue" or "acknowledged by …" as the row's deadline cell says it. */
    public String deadline(AlertRow row) {
        return AlertTimes.deadline(row.alert(), row.acknowledgedByName(), clock.instant());
    }

    public boolean overdue(AlertRow row) {
        return row.alert().isOverdueAt(clock.instant());
    }

    public String timeToAcknowledge(CrisisAlert alert) {
        return alert.timeToAcknowledge().map(AlertTimes::minutes).orElse("–");
    }
}

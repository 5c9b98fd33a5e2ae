package org.peersupport.portal.safety.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.safety.CrisisAlert;
import org.peersupport.portal.safety.CrisisAlertNote;
import org.peersupport.portal.safety.CrisisAlertService;
import org.peersupport.portal.safety.CrisisAlertService.AlertRow;
import org.peersupport.portal.safety.CrisisAlertService.NoteLine;
import org.peersupport.portal.safety.CrisisOutcome;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** moderation/alert.xhtml?id=…: one crisis alert: acknowledge it, keep notes, close it with an outcome. */
@Named
@ViewScoped
public class CrisisAlertPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CrisisAlertService alerts;

    @Inject
    private Viewer currentMember;

    @Inject
    private Clock clock;

    private long id;
    private CrisisAlert alert;
    private String memberName;
    private String acknowledgedByName;
    private List<NoteLine> notes;
    private AlertStanding standing;

    @NotBlank
    @Size(max = CrisisAlertNote.TEXT_MAX)
    private String note;

    @NotNull
    private CrisisOutcome outcome;

    @Size(max = CrisisAlertNote.TEXT_MAX)
    private String closingNote;

    /** viewAction: the alert (404 when there is none). */
    public void load() {
        AlertRow row = alerts.row(id);
        alert = row.alert();
        memberName = row.memberName();
        acknowledgedByName = row.acknowledgedByName();
        notes = alerts.notesOn(id);
    }

    public void acknowledge() {
        boolean mine = alerts.acknowledge(currentMember.getId(), id);
        load();
        if (mine) {
            Messages.addGlobalInfo(Bundle.text("crisis.alert.acknowledged"));
        } else {
            Messages.addGlobalWarn(Bundle.text("crisis.alert.alreadyTaken", acknowledgedByName == null ? "" : acknowledgedByName));
        }
    }

    public void addNote() {
        alerts.addNote(currentMember.getId(), id, note);
        note = null;
        load();
        Messages.addGlobalInfo(Bundle.text("crisis.alert.noteSaved"));
    }

    public void close() {
        alerts.close(currentMember.getId(), id, outcome, closingNote);
        outcome = null;
        closingNote = null;
        load();
        Messages.addGlobalInfo(Bundle.text("crisis.alert.closedDone"));
    }

    /** preRenderView: the deadline as the page is drawn, also after a refused form, when no action reloaded. */
    public void measureDeadline() {
        standing = AlertStanding.of(alert, acknowledgedByName, clock.instant());
    }

    public AlertStanding getStanding() {
        return standing;
    }

    public CrisisOutcome[] getOutcomes() {
        return CrisisOutcome.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CrisisAlert getAlert() {
        return alert;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getAcknowledgedByName() {
        return acknowledgedByName;
    }

    public List<NoteLine> getNotes() {
        return notes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public CrisisOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CrisisOutcome outcome) {
        this.outcome = outcome;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }
}

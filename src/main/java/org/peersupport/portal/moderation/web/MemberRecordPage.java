package org.peersupport.portal.moderation.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.moderation.MemberStanding;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.Sanction;
import org.peersupport.portal.moderation.StaffNote;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** moderation/member.xhtml?id=…: a member's standing, sanctions and private staff notes. */
@Named
@ViewScoped
public class MemberRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ModerationService moderation;

    @Inject
    private Viewer currentMember;

    private long id;
    private Account member;
    private MemberStanding standing;
    private List<Sanction> sanctions;
    private List<StaffNote> notes;

    @NotNull
    private Sanction.Kind kind;
    @NotBlank
    @Size(max = Sanction.REASON_MAX)
    private String reason;
    @Min(1)
    @Max(Sanction.MAX_DAYS)
    private Integer days;

    @NotBlank
    @Size(max = StaffNote.TEXT_MAX)
    private String note;

    /** viewAction: the member's record (404 when there is no such member). */
    public void load() {
        member = moderation.member(id);
        standing = moderation.standingOf(id);
        sanctions = moderation.sanctionsOf(id);
        notes = moderation.notesOn(id);
    }

    /** {@code daysInput}: where a missing length is shown. */
    public void sanction(UIComponent daysInput) {
        if (kind != Sanction.Kind.WARNING && days == null) {
            Messages.addError(daysInput.getClientId(), Bundle.text("moderation.sanction.daysNeeded"));
            return;
        }
        moderation.sanction(currentMember.getId(), id, kind, reason, days);
        Messages.addGlobalInfo(Bundle.text("moderation.sanction.done"));
        kind = null;
        reason = null;
        days = null;
        load();
    }

    public void addNote() {
        moderation.addNote(currentMember.getId(), id, note);
        note = null;
        load();
    }

    public Sanction.Kind[] getKinds() {
        return Sanction.Kind.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Account getMember() {
        return member;
    }

    public MemberStanding getStanding() {
        return standing;
    }

    public List<Sanction> getSanctions() {
        return sanctions;
    }

    public List<StaffNote> getNotes() {
        return notes;
    }

    public Sanction.Kind getKind() {
        return kind;
    }

    public void setKind(Sanction.Kind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

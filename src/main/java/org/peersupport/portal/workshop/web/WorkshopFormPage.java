package org.peersupport.portal.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.workshop.AttendanceMode;
import org.peersupport.portal.workshop.WorkshopCard;
import org.peersupport.portal.workshop.WorkshopService;
import org.peersupport.portal.workshop.WorkshopTopic;
import org.peersupport.portal.workshop.WorkshopView;
import org.peersupport.portal.workshop.WorkshopViews;

/**
 * facilitation/workshop.xhtml (new) or ?id=… (edit): the host's form. A new workshop is saved as a
 * draft or published at once; an existing one is saved, published, moved to a new time or cancelled.
 * The service tells everyone registered; refusals show as the page's messages (the exception handler).
 */
@Named
@ViewScoped
public class WorkshopFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/facilitation/workshop?faces-redirect=true&id=";

    @Inject
    private WorkshopService workshops;

    @Inject
    private WorkshopViews views;

    @Inject
    private Viewer currentMember;

    private Long id;
    private WorkshopCard card;
    private final WorkshopForm form = new WorkshopForm();

    public void load() {
        if (id == null) {
            form.startIn(currentMember.getTimeZone(), currentMember.getLanguage());
            return;
        }
        WorkshopView view = views.view(Optional.of(currentMember.getId()), id);
        if (!view.manageable()) {
            throw new NotFoundException("workshop " + id); // another host's workshop: as if it did not exist
        }
        card = view.card();
        form.fill(view.details());
    }

    public String saveDraft() {
        long created = workshops.create(currentMember.getId(), currentMember.getId(), form.details()).getId();
        Messages.addFlashGlobalInfo(Bundle.text("workshopStaff.saved.draft"));
        return SELF + created;
    }

    public String publish() {
        long workshopId = id != null ? workshops.edit(currentMember.getId(), id, form.details()).getId()
                : workshops.create(currentMember.getId(), currentMember.getId(), form.details()).getId();
        workshops.publish(currentMember.getId(), workshopId);
        Messages.addFlashGlobalInfo(Bundle.text("workshopStaff.saved.published"));
        return SELF + workshopId;
    }

    public void saveChanges() {
        workshops.edit(currentMember.getId(), id, form.details());
        reload();
        Messages.addGlobalInfo(Bundle.text("workshopStaff.saved.changes"));
    }

    public void postpone() {
        workshops.postpone(currentMember.getId(), id, form.details());
        reload();
        Messages.addGlobalInfo(Bundle.text("workshopStaff.saved.postponed"));
    }

    public String cancelWorkshop() {
        workshops.cancel(currentMember.getId(), id);
        Messages.addFlashGlobalInfo(Bundle.text("workshopStaff.saved.cancelled", card.title()));
        return "/facilitation/workshops?faces-redirect=true";
    }

    private void reload() {
        card = views.view(Optional.of(currentMember.getId()), id).card();
    }

    public List<WorkshopTopic> getTopics() {
        return List.of(WorkshopTopic.values());
    }

    public List<AttendanceMode> getModes() {
        return List.of(AttendanceMode.values());
    }

    public List<String> getLanguages() {
        return List.of("en", "es");
    }

    public boolean isEditing() {
        return id != null;
    }

    public WorkshopCard getCard() {
        return card;
    }

    public WorkshopForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

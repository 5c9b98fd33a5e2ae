package org.peersupport.portal.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.workshop.Attendee;
import org.peersupport.portal.workshop.CheckIn;
import org.peersupport.portal.workshop.RegistrationStatus;
import org.peersupport.portal.workshop.WorkshopCard;
import org.peersupport.portal.workshop.WorkshopService;
import org.peersupport.portal.workshop.WorkshopViews;

/**
 * facilitation/check-in.xhtml?id=…: the day-of list at the door. Confirmed attendees are marked
 * Attended or No-show one tap at a time; offered and waitlisted people follow, in line order.
 * Someone who may not manage the workshop gets the same 404 as for a missing one.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkshopService workshops;

    @Inject
    private WorkshopViews views;

    @Inject
    private Viewer currentMember;

    private Long id;
    private WorkshopCard card;
    private List<Attendee> confirmed = List.of();
    private List<Attendee> waiting = List.of();

    public void load() {
        List<Attendee> everyone = views.attendees(currentMember.getId(), id); // 404 unless this host's
        card = views.view(Optional.of(currentMember.getId()), id).card();
        show(everyone);
    }

    public void attended(long registrationId) {
        mark(registrationId, CheckIn.ATTENDED);
    }

    public void noShow(long registrationId) {
        mark(registrationId, CheckIn.NO_SHOW);
    }

    private void mark(long registrationId, CheckIn mark) {
        workshops.checkIn(currentMember.getId(), id, registrationId, mark);
        show(views.attendees(currentMember.getId(), id));
        String name = confirmed.stream().filter(a -> a.registrationId() == registrationId).map(Attendee::displayName).findFirst()
                .orElse("");
        Messages.addGlobalInfo(Bundle.text("workshopStaff.checkIn.marked." + mark, name));
    }

    private void show(List<Attendee> everyone) {
        confirmed = everyone.stream().filter(a -> a.status() == RegistrationStatus.CONFIRMED).toList();
        waiting = everyone.stream().filter(a -> a.status() == RegistrationStatus.OFFERED || a.status() == RegistrationStatus.WAITLISTED)
                .toList();
    }

    public long getArrived() {
        return confirmed.stream().filter(a -> a.checkIn().filter(c -> c == CheckIn.ATTENDED).isPresent()).count();
    }

    public WorkshopCard getCard() {
        return card;
    }

    public List<Attendee> getConfirmed() {
        return confirmed;
    }

    public List<Attendee> getWaiting() {
        return waiting;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

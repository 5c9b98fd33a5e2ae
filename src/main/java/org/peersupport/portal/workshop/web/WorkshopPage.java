package org.peersupport.portal.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.RefusedException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.PortalAddress;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.workshop.RegistrationStatus;
import org.peersupport.portal.workshop.WorkshopService;
import org.peersupport.portal.workshop.WorkshopView;
import org.peersupport.portal.workshop.WorkshopViews;

/**
 * workshops/workshop.xhtml?id=…: one workshop for anyone (a draft only for its staff), with the
 * reader's own standing: sign up, give up a seat or a place in line, confirm or decline an offered
 * seat. A refusal is shown as a message and changes nothing.
 */
@Named
@ViewScoped
public class WorkshopPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkshopService workshops;

    @Inject
    private WorkshopViews views;

    @Inject
    private Viewer viewer;

    @Inject
    private PortalAddress address;

    @Inject
    private Clock clock;

    private Long id;
    private WorkshopView view;
    private String eventJson;
    private String answer;
    private boolean shareContact;

    public void load() {
        // Asked of the request, not the session bean: a visitor reading the page gets no session.
        view = views.view(Faces.getRemoteUser() != null ? Optional.of(viewer.getId()) : Optional.empty(), id);
        eventJson = WorkshopEventJson.of(view.card(), address.baseUrl() + WorkshopService.link(id));
    }

    public void signUp() {
        RegistrationStatus[] outcome = new RegistrationStatus[1];
        if (act(() -> outcome[0] = workshops.signUp(viewer.getId(), id, answer, shareContact).getStatus())) {
            // After act's one reload, so the place in line is counted afresh.
            Messages.addGlobalInfo(outcome[0] == RegistrationStatus.CONFIRMED ? Bundle.text("workshops.page.signedUp.seat")
                    : Bundle.text("workshops.page.signedUp.waitlist", view.waitlistPosition().orElse(1)));
        }
    }

    /** Gives up a seat, an offered seat (declining it) or a place in line. */
    public void cancelRegistration() {
        RegistrationStatus before = view.status().orElse(null);
        act(() -> {
            workshops.cancelRegistration(viewer.getId(), id);
            Messages.addGlobalInfo(Bundle.text(before == RegistrationStatus.OFFERED ? "workshops.page.declined"
                    : before == RegistrationStatus.WAITLISTED ? "workshops.page.leftWaitlist" : "workshops.page.cancelled"));
        });
    }

    public void confirmOffer() {
        act(() -> {
            workshops.confirmOffer(viewer.getId(), id);
            Messages.addGlobalInfo(Bundle.text("workshops.page.offerConfirmed"));
        });
    }

    /** Runs the action, then reads the page once afresh; false when it was refused. */
    private boolean act(Runnable action) {
        boolean done = false;
        try {
            action.run();
            answer = null;
            shareContact = false;
            done = true;
        } catch (RefusedException refused) {
            // Nothing changed; what was typed stays in the form.
            Messages.addGlobalError(Bundle.text(refused.getReasonKey(), refused.getArguments().toArray()));
        }
        load();
        return done;
    }

    /** Why this reader cannot sign up now (a message key), or null while sign-ups are open. */
    public String getClosedReason() {
        return view.card().signUpClosedReason(clock.instant()).orElse(null);
    }

    /** Giving up a seat now counts as late (the seat is still freed for the next in line). */
    public boolean isCancellationLate() {
        return clock.instant().isAfter(view.card().cancellationDeadline());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WorkshopView getView() {
        return view;
    }

    public String getEventJson() {
        return eventJson;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isShareContact() {
        return shareContact;
    }

    public void setShareContact(boolean shareContact) {
        this.shareContact = shareContact;
    }
}

package org.peersupport.portal.workshop.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.workshop.MyWorkshop;
import org.peersupport.portal.workshop.RegistrationStatus;
import org.peersupport.portal.workshop.WorkshopViews;

/** The "Your workshops" card of a member's home (member/dashboard.xhtml): where they stand at each. */
@Named
@RequestScoped
public class DashboardWorkshops {

    @Inject
    private WorkshopViews views;

    @Inject
    private Viewer viewer;

    private List<MyWorkshop> upcoming;
    private Map<Long, Integer> positions;

    @PostConstruct
    void load() {
        upcoming = views.upcomingFor(viewer.getId());
        boolean waiting = upcoming.stream().anyMatch(w -> w.registration().getStatus() == RegistrationStatus.WAITLISTED);
        positions = waiting ? views.waitlistPositionsOf(viewer.getId()) : Map.of(); // no statement when in line nowhere
    }

    public List<MyWorkshop> getUpcoming() {
        return upcoming;
    }

    /** The member's place in line at this workshop, or 0 when not waiting. */
    public int position(long workshopId) {
        return positions.getOrDefault(workshopId, 0);
    }
}

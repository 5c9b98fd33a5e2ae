package org.peersupport.portal.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only observer of WorkshopAttended, as milestone code will observe it. */
@ApplicationScoped
public class WorkshopEventsRecorder {

    private final List<WorkshopAttended> attended = new CopyOnWriteArrayList<>();

    void onAttended(@Observes WorkshopAttended event) {
        attended.add(event);
    }

    public List<WorkshopAttended> attendedAt(long workshopId) {
        return attended.stream().filter(e -> e.workshopId() == workshopId).toList();
    }
}

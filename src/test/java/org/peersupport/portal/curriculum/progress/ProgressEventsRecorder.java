package org.peersupport.portal.curriculum.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only observer of the progress events, as milestone code will observe them. */
@ApplicationScoped
public class ProgressEventsRecorder {

    private final List<SessionAttended> attended = new CopyOnWriteArrayList<>();
    private final List<ProgrammeCompleted> completed = new CopyOnWriteArrayList<>();

    void onAttended(@Observes SessionAttended event) {
        attended.add(event);
    }

    void onCompleted(@Observes ProgrammeCompleted event) {
        completed.add(event);
    }

    public List<SessionAttended> attendedIn(long cohortId) {
        return attended.stream().filter(e -> e.cohortId() == cohortId).toList();
    }

    public List<ProgrammeCompleted> completedIn(long cohortId) {
        return completed.stream().filter(e -> e.cohortId() == cohortId).toList();
    }
}

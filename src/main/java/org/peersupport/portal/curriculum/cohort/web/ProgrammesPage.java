package org.peersupport.portal.curriculum.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peersupport.portal.curriculum.cohort.CohortViews;

/** programmes/index.xhtml: the group programmes members can join or ask to join. */
@Named
@ViewScoped
public class ProgrammesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CohortViews cohorts;

    private List<CohortViews.CohortSummary> open = List.of();

    public void load() {
        open = cohorts.openToJoin();
    }

    public List<CohortViews.CohortSummary> getOpen() {
        return open;
    }
}

package org.peersupport.portal.milestone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.peersupport.portal.milestone.MilestoneService;
import org.peersupport.portal.milestone.MilestoneStaffViews;
import org.peersupport.portal.milestone.MilestoneStaffViews.DefinitionRow;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * facilitation/milestones.xhtml: the milestones staff can give, with how many members hold each;
 * retire one (nobody reaches it any more, holders keep it) or bring it back. The page's forms
 * ({@link MilestoneDefinitionForm}, {@link MilestoneAwardForm}, {@link StaffRecentAwards}) read the list from here.
 */
@Named
@ViewScoped
public class StaffMilestonesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MilestoneStaffViews views;

    @Inject
    private MilestoneService milestones;

    @Inject
    private Viewer currentMember;

    private List<DefinitionRow> definitions = List.of();
    private List<DefinitionRow> active = List.of();

    public void load() {
        definitions = views.definitions(currentMember.getId());
        active = definitions.stream().filter(DefinitionRow::active).toList();
    }

    public void retire(DefinitionRow row) {
        milestones.retire(currentMember.getId(), row.id());
        load();
        Messages.addGlobalInfo(Bundle.text("milestoneStaff.retired", row.name()));
    }

    public void restore(DefinitionRow row) {
        milestones.restore(currentMember.getId(), row.id());
        load();
        Messages.addGlobalInfo(Bundle.text("milestoneStaff.restored", row.name()));
    }

    Optional<DefinitionRow> find(long definitionId) {
        return definitions.stream().filter(row -> row.id() == definitionId).findFirst();
    }

    public List<DefinitionRow> getDefinitions() {
        return definitions;
    }

    /** The milestones that can be awarded now. */
    public List<DefinitionRow> getActive() {
        return active;
    }
}

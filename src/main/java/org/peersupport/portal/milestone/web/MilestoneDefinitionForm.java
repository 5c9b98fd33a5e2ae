package org.peersupport.portal.milestone.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.milestone.MilestoneDefinitionDetails;
import org.peersupport.portal.milestone.MilestoneIcon;
import org.peersupport.portal.milestone.MilestoneRule;
import org.peersupport.portal.milestone.MilestoneService;
import org.peersupport.portal.milestone.MilestoneStaffViews;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The new-or-edit milestone form of facilitation/milestones.xhtml ({@code ?edit=ID} opens one to
 * edit, so the form is a link). Each field is checked against the record's own constraints beside
 * it; a rule reached once sends no number (the record stores 1).
 */
@Named
@ViewScoped
public class MilestoneDefinitionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/facilitation/milestones?faces-redirect=true";

    @Inject
    private MilestoneService milestones;

    @Inject
    private MilestoneStaffViews views;

    @Inject
    private MilestoneDetailsRules rules;

    @Inject
    private Viewer currentMember;

    private Long editing;
    private String name;
    private String description;
    private MilestoneIcon icon;
    private MilestoneRule rule;
    private Integer threshold;

    public void load() {
        if (editing != null) {
            MilestoneDefinitionDetails details = views.details(currentMember.getId(), editing);
            name = details.name();
            description = details.description();
            icon = details.icon();
            rule = details.rule();
            threshold = details.threshold();
        }
    }

    public String save() {
        MilestoneDefinitionDetails details = new MilestoneDefinitionDetails(name, description, icon, rule,
                isThresholdNeeded() ? (threshold == null ? 0 : threshold) : 1);
        List<String> problems = rules.problems(details, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        if (!problems.isEmpty()) {
            // Only when the page and the record disagree (say, the rule changed without its number showing).
            problems.forEach(Messages::addGlobalError);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        if (editing == null) {
            milestones.define(currentMember.getId(), details);
        } else {
            milestones.edit(currentMember.getId(), editing, details);
        }
        Messages.addFlashGlobalInfo(Bundle.text(editing == null ? "milestoneStaff.saved.defined" : "milestoneStaff.saved.edited",
                details.name().strip()));
        return PAGE;
    }

    /** Whether the chosen rule counts to a number (sessions, workshops, weeks), so the number field shows. */
    public boolean isThresholdNeeded() {
        return rule != null && rule.needsThreshold();
    }

    public List<MilestoneIcon> getIcons() {
        return List.of(MilestoneIcon.values());
    }

    public List<MilestoneRule> getRules() {
        return List.of(MilestoneRule.values());
    }

    public Long getEditing() {
        return editing;
    }

    public void setEditing(Long editing) {
        this.editing = editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public MilestoneIcon getIcon() {
        return icon;
    }

    public void setIcon(MilestoneIcon icon) {
        this.icon = icon;
    }

    public MilestoneRule getRule() {
        return rule;
    }

    public void setRule(MilestoneRule rule) {
        this.rule = rule;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}

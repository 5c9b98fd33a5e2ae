package org.peersupport.portal.milestone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.milestone.MilestoneService;
import org.peersupport.portal.milestone.MilestoneStaffViews;
import org.peersupport.portal.milestone.MilestoneStaffViews.AwardRow;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The latest awards on facilitation/milestones.xhtml, a page at a time, and revoking one with a
 * reason (kept for staff; a certificate's verification page then says only that it was revoked).
 */
@Named
@ViewScoped
public class StaffRecentAwards implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MilestoneStaffViews views;

    @Inject
    private MilestoneService milestones;

    @Inject
    private StaffMilestonesPage page;

    @Inject
    private Viewer currentMember;

    private final LazyDataModel<AwardRow> awards = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(views.countAwards(currentMember.getId()));
        }

        @Override
        public List<AwardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return views.recentAwards(currentMember.getId(), first, pageSize);
        }
    };

    private AwardRow revoking;
    private String reason;

    public void startRevoking(AwardRow award) {
        revoking = award;
        reason = null;
    }

    public void keep() {
        revoking = null;
        reason = null;
    }

    public void revoke() {
        AwardRow award = revoking;
        milestones.revoke(currentMember.getId(), award.id(), reason);
        keep();
        page.load(); // one holder fewer
        Messages.addGlobalInfo(Bundle.text("milestoneStaff.revoked", award.milestoneName(), award.memberName()));
    }

    public LazyDataModel<AwardRow> getAwards() {
        return awards;
    }

    /** The award whose revocation form is open, if any. */
    public AwardRow getRevoking() {
        return revoking;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

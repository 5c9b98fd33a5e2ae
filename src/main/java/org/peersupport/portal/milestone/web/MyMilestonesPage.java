package org.peersupport.portal.milestone.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.milestone.MilestoneService;
import org.peersupport.portal.milestone.MilestoneViews;
import org.peersupport.portal.milestone.MyMilestones;
import org.peersupport.portal.milestone.badge.OpenBadgeCredentials;
import org.peersupport.portal.milestone.certificate.CertificatePdf;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** member/milestones.xhtml: the member's own milestones, progress, certificate name and what each verification page may show. */
@Named
@ViewScoped
public class MyMilestonesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MilestoneViews views;

    @Inject
    private MilestoneService milestones;

    @Inject
    private Viewer viewer;

    @Inject
    private OpenBadgeCredentials badges;

    private MyMilestones mine;
    private String certificateName;
    private final Map<Long, Boolean> showName = new HashMap<>();
    private final Map<Long, Boolean> showMilestone = new HashMap<>();

    @PostConstruct
    void load() {
        mine = views.of(viewer.getId());
        certificateName = mine.certificateName();
        mine.earned().forEach(earned -> {
            showName.put(earned.awardId(), earned.showName());
            showMilestone.put(earned.awardId(), earned.showMilestone());
        });
    }

    public void saveCertificateName() {
        milestones.nameCertificates(viewer.getId(), certificateName);
        load();
        Messages.addGlobalInfo(Bundle.text("milestones.certificateName.saved", mine.nameOnCertificates()));
        String unprintable = CertificatePdf.unprintableLetters(mine.nameOnCertificates());
        if (!unprintable.isEmpty()) {
            Messages.addWarn("certificateName:name", Bundle.text("milestones.certificateName.unprintable", unprintable));
        }
    }

    /** Saves one certificate's sharing choice as soon as a box is ticked or cleared. */
    public void share(long awardId) {
        milestones.share(viewer.getId(), awardId, Boolean.TRUE.equals(showName.get(awardId)), Boolean.TRUE.equals(showMilestone.get(awardId)));
        Messages.addGlobalInfo(Bundle.text("milestones.share.saved"));
    }

    public MyMilestones getMine() {
        return mine;
    }

    public boolean isBadgesAvailable() {
        return badges.available();
    }

    public Map<Long, Boolean> getShowName() {
        return showName;
    }

    public Map<Long, Boolean> getShowMilestone() {
        return showMilestone;
    }

    public String getCertificateName() {
        return certificateName;
    }

    public void setCertificateName(String certificateName) {
        this.certificateName = certificateName;
    }
}

package org.peersupport.portal.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.AccountSettingsService;
import org.peersupport.portal.account.DisplayNameChange;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.shared.web.Viewer;

/** moderation/member.xhtml, the names the member wrote under before (display names are theirs to change). */
@Named
@ViewScoped
public class MemberNameHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSettingsService settings;

    @Inject
    private Access access;

    @Inject
    private Viewer viewer;

    private List<DisplayNameChange> changes = List.of();

    /** f:viewAction after the record's own load, which answers 404 for an unknown member. */
    public void load(long memberId) {
        access.require(viewer.getId(), Role.MODERATOR, "Only moderators read former display names");
        changes = settings.nameHistory(memberId);
    }

    public List<DisplayNameChange> getChanges() {
        return changes;
    }
}

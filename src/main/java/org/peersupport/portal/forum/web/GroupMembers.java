package org.peersupport.portal.forum.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.GroupMember;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.shared.web.Bundle;

/** The people of a private group on its forum page, for staff: invite, admit, remove. */
@Named
@ViewScoped
public class GroupMembers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumGroupService groups;

    @Inject
    private ForumReader forumReader;

    @Inject
    private ForumPage forumPage;

    private String invitee;
    private List<GroupMember> members = List.of();

    /** viewAction after the forum page's: the group's people, for staff. */
    public void load() {
        long forumId = forumPage.getForum().getId();
        members = forumPage.getForum().isPrivateGroup() && forumReader.isStaff() ? groups.membersOf(forumId) : List.of();
    }

    /** {@code inviteeInput}: where an unknown name is shown. */
    public void invite(UIComponent inviteeInput) {
        try {
            groups.invite(forumReader.reader().accountId(), forumPage.getForum().getId(), invitee);
            Messages.addGlobalInfo(Bundle.text("forum.group.invited", invitee));
            invitee = null;
            load();
        } catch (PostRefusedException refused) {
            Refusals.show(inviteeInput, refused);
        }
    }

    public void admit(GroupMember member) {
        groups.admit(forumReader.reader().accountId(), forumPage.getForum().getId(), member.accountId());
        load();
    }

    public void remove(GroupMember member) {
        groups.removeFromGroup(forumReader.reader().accountId(), forumPage.getForum().getId(), member.accountId());
        Messages.addGlobalInfo(Bundle.text("forum.group.removed", member.displayName()));
        load();
    }

    public List<GroupMember> getMembers() {
        return members;
    }

    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
    }
}

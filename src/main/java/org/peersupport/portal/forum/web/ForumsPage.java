package org.peersupport.portal.forum.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.GroupListing;
import org.peersupport.portal.shared.web.Bundle;

/** forum/index.xhtml: the open forums, and the private groups a member is in, invited to or may ask to join. */
@Named
@ViewScoped
public class ForumsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumGroupService forums;

    @Inject
    private ForumReader forumReader;

    private List<Forum> openForums;
    private List<GroupListing> groups;

    @PostConstruct
    void load() {
        openForums = forums.openForums();
        groups = forums.privateGroupsFor(forumReader.reader());
    }

    public void requestToJoin(GroupListing group) {
        forums.requestToJoin(forumReader.reader(), group.forum().getId());
        Messages.addGlobalInfo(Bundle.text("forum.group.requested", group.forum().getName()));
        load();
    }

    public void accept(GroupListing group) {
        forums.acceptInvitation(forumReader.reader(), group.forum().getId());
        Messages.addGlobalInfo(Bundle.text("forum.group.joined", group.forum().getName()));
        load();
    }

    public void leave(GroupListing group) {
        long me = forumReader.reader().accountId();
        forums.removeFromGroup(me, group.forum().getId(), me);
        Messages.addGlobalInfo(Bundle.text("forum.group.left", group.forum().getName()));
        load();
    }

    public List<Forum> getOpenForums() {
        return openForums;
    }

    public List<GroupListing> getGroups() {
        return groups;
    }
}

package org.peersupport.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumService;

/** The forums part of a member's home (member/dashboard.xhtml). */
@Named
@RequestScoped
public class DashboardForums {

    @Inject
    private ForumService forums;

    private List<Forum> openForums;

    public List<Forum> getOpenForums() {
        if (openForums == null) {
            openForums = forums.openForums();
        }
        return openForums;
    }
}

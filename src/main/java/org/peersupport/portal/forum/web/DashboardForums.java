package org.peersupport.portal.forum.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;

/** The forums part of a member's home (member/dashboard.xhtml). */
@Named
@RequestScoped
public class DashboardForums {

    @Inject
    private ForumGroupService forums;

    private List<Forum> openForums;

    @PostConstruct
    void load() {
        openForums = forums.openForums();
    }

    public List<Forum> getOpenForums() {
        return openForums;
    }
}

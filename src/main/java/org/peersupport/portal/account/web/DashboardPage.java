package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumService;

/** member/dashboard.xhtml: a member's home. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private AccountService accounts;

    @Inject
    private ForumService forums;

    private Account account;
    private List<Forum> openForums;

    @PostConstruct
    void load() {
        account = accounts.getAccount(currentMember.getId());
        openForums = forums.openForums();
    }

    public Account getAccount() {
        return account;
    }

    public List<Forum> getOpenForums() {
        return openForums;
    }
}

package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;

/** member/dashboard.xhtml: a member's home, their account part (each feature brings its own part). */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private AccountService accounts;

    private Account account;

    @PostConstruct
    void load() {
        account = accounts.getAccount(currentMember.getId());
    }

    public Account getAccount() {
        return account;
    }
}

package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.ErasureService;
import org.peersupport.portal.account.ErasureService.OwnAccount;

/** member/dashboard.xhtml: a member's home, their account part (each feature brings its own part) with the erasure banner. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private ErasureService erasures;

    private Account account;
    private Instant erasureDueAt;

    @PostConstruct
    void load() {
        OwnAccount own = erasures.ownAccount(currentMember.getId());
        account = own.account();
        erasureDueAt = own.erasureDueAt().orElse(null);
    }

    /** The banner's Cancel: the pending erasure does not happen. */
    public String cancelErasure() {
        erasures.cancel(currentMember.getId());
        return "/member/dashboard?faces-redirect=true";
    }

    /** When the pending erasure happens (null: none pending), for the banner at the top. */
    public Instant getErasureDueAt() {
        return erasureDueAt;
    }

    public Account getAccount() {
        return account;
    }
}

package org.peersupport.portal.milestone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.milestone.MilestoneViews;
import org.peersupport.portal.milestone.MilestoneViews.OwnAward;

/**
 * The award a file request (certificate, badge) names with {@code ?award=}, if it is the signed-in
 * holder's own and not revoked. Anything else is empty, so each file answers one and the same 404.
 */
@ApplicationScoped
public class HeldAwards {

    @Inject
    private MilestoneViews views;

    @Inject
    private AccountService accounts;

    public Optional<HeldAward> of(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        long awardId;
        try {
            awardId = Long.parseLong(Optional.ofNullable(request.getParameter("award")).orElse(""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return accounts.findAccount(Long.parseLong(request.getUserPrincipal().getName()))
                .flatMap(holder -> views.ownAward(holder.getId(), awardId)
                        .filter(own -> !own.award().isRevoked())
                        .map(own -> new HeldAward(holder, own)));
    }

    public record HeldAward(Account holder, OwnAward own) {}
}

package org.peersupport.portal.milestone.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.milestone.MilestoneViews;
import org.peersupport.portal.milestone.MilestoneViews.OwnAward;
import org.peersupport.portal.milestone.badge.BadgeContent;
import org.peersupport.portal.milestone.badge.OpenBadgeCredentials;

/**
 * /member/open-badge.jwt?award=…: the holder's milestone as an Open Badges 3.0 credential, signed as
 * a VC-JWT (the specification's document format for it). Someone else's award, a revoked one, or a
 * portal without a signing key: 404.
 */
@WebServlet(urlPatterns = OpenBadgeFiles.PATH)
public class OpenBadgeFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/member/open-badge.jwt";

    @Inject
    private MilestoneViews views;

    @Inject
    private AccountService accounts;

    @Inject
    private OpenBadgeCredentials badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> member = Optional.ofNullable(request.getUserPrincipal())
                .flatMap(principal -> accounts.findAccount(Long.parseLong(principal.getName())));
        Optional<OwnAward> own;
        try {
            long awardId = Long.parseLong(Optional.ofNullable(request.getParameter("award")).orElse(""));
            own = member.flatMap(m -> views.ownAward(m.getId(), awardId)).filter(o -> !o.award().isRevoked());
        } catch (NumberFormatException e) {
            own = Optional.empty();
        }
        if (own.isEmpty() || !badges.available()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OwnAward award = own.get();
        BadgeContent content = new BadgeContent(award.award().getCredentialId(), award.definition().getId(), award.definition().getName(),
                award.definition().getDescription(), award.definition().getDescription(), member.get().getEmail(), award.awardedAt());
        byte[] jwt = badges.signedCredential(content).getBytes(StandardCharsets.US_ASCII);
        response.setContentType("text/plain;charset=US-ASCII");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CertificateFiles.fileName(award.definition().getName())
                .replace("certificate", "open-badge").replace(".pdf", ".jwt") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(jwt.length);
        response.getOutputStream().write(jwt);
    }
}

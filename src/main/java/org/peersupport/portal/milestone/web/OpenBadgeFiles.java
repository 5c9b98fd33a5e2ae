package org.peersupport.portal.milestone.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peersupport.portal.milestone.MilestoneViews.OwnAward;
import org.peersupport.portal.milestone.badge.BadgeContent;
import org.peersupport.portal.milestone.badge.OpenBadgeCredentials;
import org.peersupport.portal.milestone.web.HeldAwards.HeldAward;

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
    private HeldAwards heldAwards;

    @Inject
    private OpenBadgeCredentials badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HeldAward> held = heldAwards.of(request);
        if (held.isEmpty() || !badges.available()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OwnAward award = held.get().own();
        BadgeContent content = new BadgeContent(award.award().getCredentialId(), award.definition().getId(), award.definition().getName(),
                award.definition().getDescription(), award.definition().getDescription(), held.get().holder().getEmail(), award.awardedAt());
        byte[] jwt = badges.signedCredential(content).getBytes(StandardCharsets.US_ASCII);
        response.setContentType("text/plain;charset=US-ASCII");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CertificateFiles.fileName(award.definition().getName())
                .replace("certificate", "open-badge").replace(".pdf", ".jwt") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(jwt.length);
        response.getOutputStream().write(jwt);
    }
}

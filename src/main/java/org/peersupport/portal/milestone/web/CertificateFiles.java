package org.peersupport.portal.milestone.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.milestone.CertificateIssuer;
import org.peersupport.portal.milestone.CertificateVerification;
import org.peersupport.portal.milestone.MilestoneViews.OwnAward;
import org.peersupport.portal.milestone.VerificationCode;
import org.peersupport.portal.milestone.certificate.CertificateContent;
import org.peersupport.portal.milestone.certificate.CertificatePdf;
import org.peersupport.portal.milestone.certificate.PaperSize;
import org.peersupport.portal.milestone.web.HeldAwards.HeldAward;

/**
 * /member/certificate.pdf?award=…[&amp;paper=A4|LETTER]: the member's own certificate for one of their
 * milestones, in their language, on the paper of their country unless they ask. Anyone else's award,
 * a revoked one, or none at all: the same 404.
 */
@WebServlet(urlPatterns = CertificateFiles.PATH)
public class CertificateFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/member/certificate.pdf";

    @Inject
    private HeldAwards heldAwards;

    @Inject
    private AccountService accounts;

    @Inject
    private CertificateVerification verification;

    @Inject
    private CertificateIssuer issuer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HeldAward> held = heldAwards.of(request);
        if (held.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Account holder = held.get().holder();
        Locale locale = holder.getLanguage();
        PaperSize paper = "LETTER".equals(request.getParameter("paper")) ? PaperSize.LETTER
                : "A4".equals(request.getParameter("paper")) ? PaperSize.A4 : PaperSize.forLocale(request.getLocale());
        OwnAward award = held.get().own();
        String code = award.award().getVerificationCode();
        String givenBy = award.award().getAwardedBy() == null ? null
                : accounts.findAccount(award.award().getAwardedBy()).map(Account::getDisplayName).orElse(null);
        CertificateContent content = new CertificateContent(verification.certificateName(holder.getId()), award.definition().getName(),
                award.definition().getDescription(), LocalDate.ofInstant(award.awardedAt(), holder.getTimeZone()), issuer.name(),
                issuer.verificationUrl(code), VerificationCode.grouped(code), locale, givenBy);
        byte[] pdf = CertificatePdf.render(content, paper);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(award.definition().getName()) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** An ASCII name from the milestone, e.g. "certificate-first-step.pdf". */
    static String fileName(String milestone) {
        String slug = Normalizer.normalize(milestone, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return "certificate" + (slug.isEmpty() ? "" : "-" + slug) + ".pdf";
    }
}

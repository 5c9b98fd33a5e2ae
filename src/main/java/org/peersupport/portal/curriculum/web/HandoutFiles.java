package org.peersupport.portal.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.CurriculumService.Handouts;
import org.peersupport.portal.curriculum.HandoutPdf;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.web.Bundle;

/**
 * /programmes/handouts.pdf?version=…: every session of a published curriculum version as one PDF
 * to print, in the reader's language, for whoever may read the version (facilitators and admins).
 * Anyone else, and any version that does not exist, gets the same 404.
 */
@WebServlet(urlPatterns = HandoutFiles.PATH)
public class HandoutFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/programmes/handouts.pdf";

    @Inject
    private CurriculumService curricula;

    @Inject
    private AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Handouts handouts;
        try {
            if (request.getUserPrincipal() == null) {
                throw new NotFoundException("not signed in");
            }
            Account reader = accounts.getAccount(Long.parseLong(request.getUserPrincipal().getName()));
            long versionId = Long.parseLong(Optional.ofNullable(request.getParameter("version")).orElse(""));
            handouts = curricula.handouts(reader.getId(), versionId, labels(reader.getLanguage()));
        } catch (NotFoundException | NotPermittedException | NumberFormatException e) {
            // Not there, not theirs, or no version at all: one answer, so nothing is revealed.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(handouts) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(handouts.pdf().length);
        response.getOutputStream().write(handouts.pdf());
    }

    static HandoutPdf.Labels labels(Locale locale) {
        return new HandoutPdf.Labels(locale, Bundle.text(locale, "curricula.session.number"), Bundle.text(locale, "curricula.version.label"),
                Bundle.text(locale, "curricula.field.audience"), Bundle.text(locale, "curricula.sessions"),
                Bundle.text(locale, "curricula.session.topic"), Bundle.text(locale, "curricula.session.psychoeducation"),
                Bundle.text(locale, "curricula.session.exercises"), Bundle.text(locale, "curricula.session.homework"),
                Bundle.text(locale, "curricula.handouts.page"));
    }

    /** An ASCII name from the title, e.g. "cbt-skills-group-eight-weeks-v1.pdf". */
    static String fileName(Handouts handouts) {
        String slug = Normalizer.normalize(handouts.title(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return (slug.isEmpty() ? "handouts" : slug) + "-v" + handouts.versionNumber() + ".pdf";
    }
}

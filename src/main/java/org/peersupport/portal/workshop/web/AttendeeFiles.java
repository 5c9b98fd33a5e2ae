package org.peersupport.portal.workshop.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.workshop.Attendee;
import org.peersupport.portal.workshop.WorkshopService;
import org.peersupport.portal.workshop.WorkshopViews;

/**
 * /facilitation/workshop-attendees.csv?id=…: the attendee list for the workshop's host (or its
 * creator, or an admin), in the reader's language, each export audited. Anyone else, a missing
 * workshop and an odd id get the same 404.
 */
@WebServlet(urlPatterns = AttendeeFiles.PATH)
public class AttendeeFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/facilitation/workshop-attendees.csv";
    /** The byte order mark, so that a spreadsheet opens the file as UTF-8 and names keep their accents. */
    private static final char BOM = '\uFEFF';

    @Inject
    private WorkshopViews views;

    @Inject
    private WorkshopService workshops;

    @Inject
    private AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long workshopId;
        long readerId;
        List<Attendee> attendees;
        try {
            if (request.getUserPrincipal() == null) {
                throw new NotFoundException("not signed in");
            }
            readerId = Long.parseLong(request.getUserPrincipal().getName());
            workshopId = Long.parseLong(Optional.ofNullable(request.getParameter("id")).orElse(""));
            attendees = views.attendees(readerId, workshopId);
            workshops.recordExport(readerId, workshopId);
        } catch (NotFoundException | NotPermittedException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // not there or not theirs: one answer
            return;
        }
        Locale locale = accounts.getAccount(readerId).getLanguage();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"workshop-" + workshopId + "-attendees.csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        PrintWriter out = response.getWriter();
        out.write(BOM);
        AttendeeCsv.write(attendees, labels(locale), out);
    }

    static AttendeeCsv.Labels labels(Locale locale) {
        List<String> header = List.of("name", "email", "status", "waitlistPosition", "attendance", "answer").stream()
                .map(column -> Bundle.text(locale, "workshopStaff.csv." + column)).toList();
        return new AttendeeCsv.Labels(header, a -> Bundle.text(locale, "workshopStaff.registration." + a.status()),
                a -> a.checkIn().map(mark -> Bundle.text(locale, "workshopStaff.checkIn." + mark)).orElse(""));
    }
}

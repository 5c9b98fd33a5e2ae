package org.peersupport.portal.mydata.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.peersupport.portal.mydata.DataExportService;
import org.peersupport.portal.shared.NotFoundException;

/**
 * /member/my-data.zip?export=…: the signed-in member's own ready export. Someone else's, an expired
 * or unfinished one, or a made-up id: the same 404.
 */
@WebServlet(urlPatterns = MyDataFile.PATH)
public class MyDataFile extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/member/my-data.zip";

    @Inject
    private DataExportService exports;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] zip;
        try {
            long memberId = Long.parseLong(request.getUserPrincipal().getName());
            zip = exports.file(memberId, Long.parseLong(String.valueOf(request.getParameter("export"))));
        } catch (NumberFormatException | NullPointerException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"my-data-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}

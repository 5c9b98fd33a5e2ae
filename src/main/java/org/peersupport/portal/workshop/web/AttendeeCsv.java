package org.peersupport.portal.workshop.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peersupport.portal.workshop.Attendee;

/**
 * A workshop's attendee list as CSV (RFC 4180, with a header row). Display names only, the e-mail
 * only where the member agreed to share it. A cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so a name such as
 * "=HYPERLINK(…)" stays text.
 */
public final class AttendeeCsv {

    /** The words of the header row and of the status and attendance cells, in the reader's language. */
    public record Labels(List<String> header, Function<Attendee, String> status, Function<Attendee, String> attendance) {}

    private AttendeeCsv() {}

    public static void write(List<Attendee> attendees, Labels labels, Writer out) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(labels.header().stream().map(AttendeeCsv::safe).toList());
            for (Attendee a : attendees) {
                printer.printRecord(safe(a.displayName()), safe(a.email().orElse("")), safe(labels.status().apply(a)),
                        a.waitlistPosition().map(String::valueOf).orElse(""), safe(labels.attendance().apply(a)),
                        safe(a.answer().orElse("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text a spreadsheet shows as text: a leading apostrophe before what would start a formula. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}

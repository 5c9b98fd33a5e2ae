package org.peersupport.portal.workshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.workshop.Attendee;
import org.peersupport.portal.workshop.CheckIn;
import org.peersupport.portal.workshop.RegistrationStatus;

class AttendeeCsvTest {

    private static final AttendeeCsv.Labels LABELS = new AttendeeCsv.Labels(
            List.of("Name", "E-mail", "Status", "Place in line", "Attendance", "Answer"),
            a -> a.status().name().toLowerCase(), a -> a.checkIn().map(CheckIn::name).orElse(""));

    @Test
    void everyCellComesBackAsWrittenThroughQuotesCommasAndNewlines() throws IOException {
        Attendee tricky = attendee("Quiet, \"Harbor\"", RegistrationStatus.CONFIRMED, Optional.empty(),
                Optional.of("First line\nsecond line, with a comma"), Optional.of("quiet@example.test"), Optional.of(CheckIn.ATTENDED));

        List<CSVRecord> rows = parse(write(List.of(tricky)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toList()).containsExactly("Name", "E-mail", "Status", "Place in line", "Attendance", "Answer");
        assertThat(rows.get(1).toList()).containsExactly("Quiet, \"Harbor\"", "quiet@example.test", "confirmed", "", "ATTENDED",
                "First line\nsecond line, with a comma");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStayText() throws IOException {
        List<Attendee> attendees = List.of(
                attendee("=HYPERLINK(\"http://evil.test\",\"click\")", RegistrationStatus.CONFIRMED, Optional.empty(),
                        Optional.of("+1 555 0100"), Optional.empty(), Optional.empty()),
                attendee("-2+3", RegistrationStatus.WAITLISTED, Optional.of(1), Optional.of("@SUM(A1:A9)"), Optional.empty(),
                        Optional.empty()),
                attendee("\tTabbed", RegistrationStatus.WAITLISTED, Optional.of(2), Optional.of("\rcarriage"), Optional.empty(),
                        Optional.empty()));

        List<CSVRecord> rows = parse(write(attendees));

        assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"click\")");
        assertThat(rows.get(1).get(5)).isEqualTo("'+1 555 0100");
        assertThat(rows.get(2).get(0)).isEqualTo("'-2+3");
        assertThat(rows.get(2).get(5)).isEqualTo("'@SUM(A1:A9)");
        assertThat(rows.get(3).get(0)).isEqualTo("'\tTabbed");
        assertThat(rows.get(3).get(5)).isEqualTo("'\rcarriage");
        assertThat(rows.stream().skip(1).map(r -> r.get(0).charAt(0))).containsOnly('\'');
    }

    @Test
    void theEmailOnlyWhereSharedAndTheWaitlistPositionOnlyForThoseInLine() throws IOException {
        List<Attendee> attendees = List.of(
                attendee("Shares", RegistrationStatus.CONFIRMED, Optional.empty(), Optional.empty(), Optional.of("s@example.test"),
                        Optional.of(CheckIn.NO_SHOW)),
                attendee("Private", RegistrationStatus.WAITLISTED, Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty()));

        List<CSVRecord> rows = parse(write(attendees));

        assertThat(rows.get(1).toList()).containsExactly("Shares", "s@example.test", "confirmed", "", "NO_SHOW", "");
        assertThat(rows.get(2).toList()).containsExactly("Private", "", "waitlisted", "3", "", "");
    }

    @Test
    void namesInAnyScriptSurviveTheRoundTrip() throws IOException {
        String names = "Añoranza Ñandú · 静かな港 · Ζωή · مرفأ";
        List<CSVRecord> rows = parse(write(List.of(attendee(names, RegistrationStatus.CONFIRMED, Optional.empty(),
                Optional.of("¿Qué tal? 🙂"), Optional.empty(), Optional.empty()))));

        assertThat(rows.get(1).get(0)).isEqualTo(names);
        assertThat(rows.get(1).get(5)).isEqualTo("¿Qué tal? 🙂");
    }

    @Test
    void onlyTheFormulaStartersAreTouched() {
        assertThat(AttendeeCsv.safe("Quiet Harbor")).isEqualTo("Quiet Harbor");
        assertThat(AttendeeCsv.safe("a=b")).isEqualTo("a=b");
        assertThat(AttendeeCsv.safe("")).isEmpty();
        assertThat(AttendeeCsv.safe("=1")).isEqualTo("'=1");
    }

    private static Attendee attendee(String name, RegistrationStatus status, Optional<Integer> position, Optional<String> answer,
            Optional<String> email, Optional<CheckIn> checkIn) {
        return new Attendee(name.hashCode(), name, status, position, answer, email, checkIn, false);
    }

    /** Written as UTF-8 bytes, as the servlet sends them. */
    private static byte[] write(List<Attendee> attendees) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AttendeeCsv.write(attendees, LABELS, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new ByteArrayInputStream(csv), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}

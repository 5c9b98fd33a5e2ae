package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The demo facilitator hosts workshops: a new one refused with reasons next to the fields (input
 * kept), then published, its capacity raised, moved and cancelled (after the confirm dialog); at
 * the demo drop-in that starts within the hour, people are checked in at the door (also on a
 * phone), the attendee list downloaded as CSV, and the figures read as a chart and a table.
 */
@ExtendWith(BrowserExtension.class)
class WorkshopHostingJourneyIT {

    private static final String DROP_IN = "Coping skills drop-in";
    private static final String QUIET_HARBOR = "Quiet Harbor";

    @Test
    void aFacilitatorCreatesPublishesEditsMovesAndCancelsAWorkshop(Browser facilitator) {
        String title = "Sleep and stress basics " + Screens.unique();
        LocalDateTime start = LocalDate.now().plusDays(20).atTime(LocalTime.of(18, 0));
        Screens.signInAs(facilitator, "facilitator@demo.test", "demo-pass-circle");
        WorkshopHostScreen host = new WorkshopHostScreen(facilitator);
        host.openFromNavigation();
        assertThat(Screens.heading(facilitator)).isEqualTo("Workshops");
        facilitator.click(org.openqa.selenium.By.id("newWorkshop"));

        WorkshopFormScreen form = new WorkshopFormScreen(facilitator);
        assertThat(Screens.heading(facilitator)).isEqualTo("New workshop");
        assertThat(form.value("offerWindow")).as("a day to confirm a freed seat, unless changed").isEqualTo("24");
        form.title(title);
        form.description("Small habits for calmer nights, and what to do when sleep will not come.");
        form.topic("STRESS_AND_SLEEP");
        form.starts(start);
        form.ends(start.minusHours(1));
        form.takingPart("Online");
        form.question("Anything that would help you take part?");
        form.publish();

        assertThat(form.messageNextTo("end")).as("the record's length rule, next to the end")
                .contains("must end after it starts");
        assertThat(form.messageNextTo("onlineLink")).as("online without a link, next to the link").contains("web link");
        assertThat(form.messageNextTo("start")).as("nothing wrong with the start itself").isEmpty();
        assertThat(form.messageNextTo("location")).as("no address needed online").isEmpty();
        assertThat(form.value("title")).as("the input is kept").isEqualTo(title);
        assertThat(form.value("start")).isEqualTo(start.toLocalDate() + " 18:00");
        assertThat(form.value("end")).isEqualTo(start.toLocalDate() + " 17:00");
        assertThat(form.value("question")).isEqualTo("Anything that would help you take part?");
        assertThat(Screens.heading(facilitator)).as("still the new form, nothing saved").isEqualTo("New workshop");
        facilitator.screenshot("workshop-form-refused-en");

        form.ends(start.plusMinutes(90));
        form.onlineLink("https://video.example.test/sleep-basics");
        form.publish();
        assertThat(Screens.globalMessages(facilitator)).contains("Published");
        assertThat(Screens.heading(facilitator)).isEqualTo(title);
        assertThat(form.status()).isEqualTo("Published");
        assertThat(form.value("capacity")).isEqualTo("12");
        facilitator.screenshot("workshop-form-published-en");

        long id = form.id();
        form.capacity(20);
        form.saveChanges();
        assertThat(Screens.globalMessages(facilitator)).contains("Changes saved");
        assertThat(facilitator.path()).as("the address still names the workshop").contains("id=" + id);
        facilitator.visit("/facilitation/workshop.xhtml?id=" + id);
        assertThat(form.value("capacity")).as("the new capacity is stored").isEqualTo("20");

        form.starts(start.plusDays(1));
        form.ends(start.plusDays(1).plusMinutes(90));
        form.moveToNewTime();
        assertThat(Screens.globalMessages(facilitator)).contains("Moved to the new time");
        assertThat(form.status()).contains("Published", "Moved");
        assertThat(form.value("start")).isEqualTo(start.plusDays(1).toLocalDate() + " 18:00");

        form.askToCancel();
        ConfirmScreen confirm = new ConfirmScreen(facilitator);
        confirm.waitUntilOpen();
        assertThat(confirm.message()).contains("Cancel this workshop?");
        assertThat(confirm.focusedButton()).as("the safe choice has the focus").isEqualTo("Keep the workshop");
        facilitator.screenshot("workshop-cancel-confirm-en");
        confirm.cancel();
        assertThat(form.status()).as("kept").doesNotContain("Cancelled");
        form.askToCancel();
        confirm.waitUntilOpen();
        confirm.confirmAndWaitForPage();
        assertThat(Screens.globalMessages(facilitator)).contains("is cancelled");
        assertThat(host.entryOf(title)).contains("Cancelled", "Moved");
    }

    @Test
    void atTheDropInTheFacilitatorChecksPeopleInExportsTheListAndReadsTheFigures(Browser facilitator) throws IOException {
        Screens.signInAs(facilitator, "facilitator@demo.test", "demo-pass-circle");
        WorkshopHostScreen host = new WorkshopHostScreen(facilitator);
        host.open();
        assertThat(host.entryOf(DROP_IN)).contains("Published", "3 of 10 seats taken");
        host.openCheckInOf(DROP_IN);
        assertThat(Screens.heading(facilitator)).isEqualTo("Check-in: " + DROP_IN);
        List<String> names = host.confirmedNames();
        assertThat(names).hasSize(3).contains(QUIET_HARBOR);
        String noShow = names.stream().filter(n -> !n.equals(QUIET_HARBOR)).findFirst().orElseThrow();
        assertThat(host.row(QUIET_HARBOR)).as("she agreed to share her e-mail").contains("member@demo.test");
        assertThat(host.row(noShow)).doesNotContain("@");

        host.markAttended(QUIET_HARBOR);
        assertThat(Screens.globalMessages(facilitator)).contains(QUIET_HARBOR + ": attended.");
        host.markNoShow(noShow);
        assertThat(host.stateOf(QUIET_HARBOR)).isEqualTo("Attended");
        assertThat(host.pressed(QUIET_HARBOR, "attended")).isEqualTo("true");
        assertThat(host.pressed(QUIET_HARBOR, "noShow")).isEqualTo("false");
        assertThat(host.stateOf(noShow)).isEqualTo("No-show");
        assertThat(host.arrived()).isEqualTo("1/3");
        assertThat(host.waiting()).contains("Nobody is waiting.");
        facilitator.screenshot("workshop-check-in-en");

        HttpResponse<byte[]> csv = Downloads.fetch(facilitator, host.exportAddress());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(Downloads.header(csv, "Content-Type")).startsWith("text/csv");
        assertThat(Downloads.header(csv, "Content-Disposition")).contains("attachment", "attendees.csv");
        List<CSVRecord> rows = parse(csv.body());
        assertThat(rows.get(0).toList()).containsExactly("Name", "E-mail (shared by the member)", "Status", "Place in line", "Attendance",
                "Answer");
        assertThat(rows).hasSize(4);
        CSVRecord quiet = rows.stream().filter(r -> r.get(0).equals(QUIET_HARBOR)).findFirst().orElseThrow();
        assertThat(quiet.toList()).containsExactly(QUIET_HARBOR, "member@demo.test", "Confirmed", "", "Attended", "");
        CSVRecord absent = rows.stream().filter(r -> r.get(0).equals(noShow)).findFirst().orElseThrow();
        assertThat(absent.get(1)).as("no e-mail without consent").isEmpty();
        assertThat(absent.get(4)).isEqualTo("No-show");

        String idParam = host.exportAddress().substring(host.exportAddress().indexOf("?"));
        assertThat(Downloads.fetch(facilitator, host.exportAddress().replace(idParam, "?id=abc")).statusCode()).isEqualTo(404);
        assertThat(Downloads.fetch(facilitator, host.exportAddress().replace(idParam, "?id=999999")).statusCode()).isEqualTo(404);

        host.open();
        assertThat(host.barsIn("ratesChart")).as("rate bars drawn server-side").isPositive();
        assertThat(host.chartLabel("ratesChart")).contains("Fill, cancellation and no-show rates");
        assertThat(host.barsIn("waitlistChart")).as("the full demo evening has people in line").isPositive();
        assertThat(host.figuresRowOf(DROP_IN)).contains("30% (3/10)", "50%");
        facilitator.screenshot("workshop-figures-en");
    }

    @Test
    void theCheckInPageWorksOnAPhoneAtTheDoor() {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "facilitator@demo.test", "demo-pass-circle");
            WorkshopHostScreen host = new WorkshopHostScreen(phone);
            host.open();
            host.openCheckInOf(DROP_IN);
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            assertThat(host.confirmedNames()).contains(QUIET_HARBOR);
            phone.screenshot("workshop-check-in-phone");
            host.open();
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("workshop-figures-phone");
            new WorkshopFormScreen(phone).openNew();
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("workshop-form-phone");
        }
    }

    private static List<CSVRecord> parse(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark, so spreadsheets read UTF-8").startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}

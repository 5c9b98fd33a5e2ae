package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The demo member opens the programme calendar, sees the CBT group's sessions, makes a private
 * feed link that a calendar app can fetch without signing in, replaces it, and downloads the
 * group's .ics from its page; the same calendar and feed carry the member's workshop, in its own
 * colour, with its own .ics file.
 */
@ExtendWith(BrowserExtension.class)
class CalendarJourneyIT {

    private static final String LINK = "https://video.demo.test/cbt-tuesday";
    private static final String MINDFUL = "Mindful mornings: ten calm minutes";
    private static final String MINDFUL_LINK = "https://video.demo.test/mindful-mornings";
    private static final String WORKSHOP_BROWN = "rgba(140, 79, 10, 1)";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void todayIsTheMembersDayWhateverTheServersAndTheBrowsersZone(Browser newcomer) {
        // Server and browser run on UTC here. Kiritimati is 14 h ahead and Pago Pago 11 h behind, so
        // at any hour one of them is already, or still, on another date than UTC.
        ZoneId zone = ZoneId.of(Instant.now().atZone(ZoneOffset.UTC).getHour() >= 11 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago");
        String email = "today-" + Screens.unique() + "@example.org";
        newcomer.visit("/register.xhtml");
        Screens.Registration.fill(newcomer, email, "a-long-enough-passphrase",
                "Today " + Screens.unique());
        Screens.Registration.acceptBoth(newcomer);
        Screens.Registration.chooseTimeZone(newcomer, zone.getId());
        Screens.Registration.submit(newcomer);
        newcomer.waitUntil(() -> newcomer.path().startsWith("/check-email.xhtml"));
        Screens.Registration.confirmAndSignIn(newcomer, email, "a-long-enough-passphrase");
        newcomer.waitUntil(() -> newcomer.path().startsWith("/member/dashboard.xhtml"));

        CalendarScreen calendar = new CalendarScreen(newcomer);
        calendar.open();
        assertThat(calendar.today()).isEqualTo(LocalDate.now(zone).toString());
    }

    @Test
    void theMemberSeesSessionsSubscribesWithAPrivateLinkAndDownloadsTheGroupsFile(Browser member) throws Exception {
        Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
        CalendarScreen calendar = new CalendarScreen(member);
        calendar.openFromNavigation();
        assertThat(member.path()).startsWith("/programmes/calendar.xhtml");
        assertThat(Screens.heading(member)).isEqualTo("My programme calendar");
        // The Schedule opens on the month of the next session and loads the visible range by Ajax; until the
        // sessions are there it is busy and says so (as served), and after that it is not.
        String served = new String(Downloads.fetch(member, TestServers.portal().baseUrl() + member.path().substring(1)).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(served).contains("aria-busy=\"true\"").contains("Loading your sessions…");
        calendar.waitForSessions();
        assertThat(calendar.busy()).isEqualTo("false");
        assertThat(calendar.status()).isEmpty();
        assertThat(calendar.shown()).containsPattern("Session [1-8]: ");
        assertThat(calendar.firstSessionClasses()).contains("session-event--attending");
        member.screenshot("calendar-member-journey-en");
        calendar.showWeek();
        calendar.showList();
        calendar.waitForSessions();
        calendar.showMonth();
        calendar.waitForSessions();
        assertThat(calendar.consoleErrors()).as("no errors (once 449 to 553 of \"Moment Timezone has no data for Z\")").isEmpty();
        // The demo's dates are relative to today, so the first session may lie in an earlier month.
        calendar.showMonthHolding("Session 1: Understanding the CBT model");
        assertThat(calendar.shown()).contains("Session 1: Understanding the CBT model");

        calendar.createFeed();
        assertThat(Screens.globalMessages(member)).contains("Your private link is ready");
        String feedUrl = calendar.feedUrl();
        assertThat(feedUrl).matches("https?://.+/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");

        HttpResponse<String> feed = get(feedUrl, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar").contains("utf-8");
        assertThat(feed.headers().firstValue("Set-Cookie")).as("a feed fetch starts no session").isEmpty();
        List<VEvent> events = events(feed.body());
        List<VEvent> sessions = events.stream().filter(e -> value(e, Property.UID).startsWith("cohort-session-")).toList();
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(8);
        assertThat(sessions).allSatisfy(e -> {
            assertThat(value(e, Property.UID)).matches("cohort-session-\\d+@peersupport\\.portal");
            assertThat(value(e, Property.LOCATION)).isEqualTo(LINK);
        });
        assertThat(sessions).extracting(e -> value(e, Property.SUMMARY)).contains("Session 1: Understanding the CBT model · Tuesday evenings, London");
        // The one feed also carries the member's workshops (demo: a seat at the online mindful morning).
        VEvent workshop = events.stream().filter(e -> value(e, Property.SUMMARY).equals("Workshop: " + MINDFUL)).findFirst().orElseThrow();
        assertThat(value(workshop, Property.UID)).matches("workshop-\\d+@peersupport\\.portal");
        assertThat(value(workshop, Property.LOCATION)).isEqualTo(MINDFUL_LINK);
        assertThat(value(workshop, Property.STATUS)).isEqualTo("CONFIRMED");

        String wrong = feedUrl.replaceAll("[A-Za-z0-9_-]{43}\\.ics$", "A".repeat(43) + ".ics");
        HttpResponse<String> unknown = get(wrong, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("VCALENDAR").doesNotContain(LINK);

        calendar.replaceFeed();
        String replaced = calendar.feedUrl();
        assertThat(replaced).isNotEqualTo(feedUrl);
        assertThat(get(feedUrl, null).statusCode()).as("the old link stops working").isEqualTo(404);
        assertThat(get(replaced, null).statusCode()).isEqualTo(200);

        calendar.waitForSessions();
        calendar.openFirstSession();
        member.waitUntil(() -> member.path().startsWith("/programmes/cohort.xhtml?id="));
        member.settle();
        String ics = new CohortScreen(member).calendarFileLink();
        HttpResponse<String> download = get(ics, "JSESSIONID=" + member.cookie("JSESSIONID"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains(".ics");
        assertThat(events(download.body())).hasSize(8).allSatisfy(e -> assertThat(value(e, Property.LOCATION)).isEqualTo(LINK));
        assertThat(get(ics, null).body()).as("not without signing in").doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void theMembersWorkshopShowsInItsOwnColourAndItsOwnCalendarFileDownloads(Browser member) throws Exception {
        Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
        CalendarScreen calendar = new CalendarScreen(member);
        calendar.open();
        calendar.waitForSessions();
        assertThat(calendar.legend()).contains("A workshop you have a seat at");
        calendar.showMonthHoldingLater("Workshop: " + MINDFUL);
        WebElement workshop = calendar.workshop("Workshop: " + MINDFUL);
        assertThat(workshop.getDomAttribute("class")).contains("session-event--workshop").doesNotContain("session-event--cancelled");
        assertThat(calendar.background(workshop)).as("its own colour").isEqualTo(WORKSHOP_BROWN);
        assertThat(calendar.foreground(workshop)).isEqualTo("rgba(255, 255, 255, 1)");
        String href = workshop.getDomAttribute("href");
        assertThat(href).matches(".*/workshops/workshop\\.xhtml\\?id=\\d+");
        member.screenshot("calendar-workshop-1280-en");

        String id = href.substring(href.indexOf("id=") + 3);
        String file = TestServers.portal().baseUrl() + "workshops/registration.ics?id=" + id;
        HttpResponse<byte[]> download = Downloads.fetch(member, file);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(Downloads.header(download, "Content-Type")).startsWith("text/calendar");
        assertThat(Downloads.header(download, "Content-Disposition")).isEqualTo("attachment; filename=\"workshop-" + id + ".ics\"");
        Calendar ics = new CalendarBuilder().build(new StringReader(new String(download.body(), StandardCharsets.UTF_8)));
        List<VEvent> events = ics.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(value(events.get(0), Property.UID)).isEqualTo("workshop-" + id + "@peersupport.portal");
        assertThat(value(events.get(0), Property.SUMMARY)).isEqualTo("Workshop: " + MINDFUL);
        assertThat(value(events.get(0), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(events.get(0), Property.LOCATION)).isEqualTo(MINDFUL_LINK);
        assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/London");
        assertThat(ics.<net.fortuna.ical4j.model.component.VTimeZone>getComponents(Component.VTIMEZONE)).extracting(z -> value(z, Property.TZID)).containsExactly("Europe/London");

        assertThat(get(file, null).statusCode()).as("not without signing in").isEqualTo(404);
        assertThat(Downloads.fetch(member, TestServers.portal().baseUrl() + "workshops/registration.ics?id=abc").statusCode()).isEqualTo(404);
        assertThat(Downloads.fetch(member, TestServers.portal().baseUrl() + "workshops/registration.ics?id=999999999").statusCode())
                .isEqualTo(404);

        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "member@demo.test", "demo-pass-harbor");
            CalendarScreen small = new CalendarScreen(phone);
            small.open();
            small.waitForSessions();
            small.showMonthHoldingLater("Workshop: " + MINDFUL);
            WebElement listed = small.workshop("Workshop: " + MINDFUL);
            assertThat(listed.getDomAttribute("class")).contains("session-event--workshop");
            small.scrollToWorkshop(MINDFUL);
            phone.screenshot("calendar-workshop-390-en");
            assertThat(small.scrollsSideways()).as("the calendar fits a phone").isFalse();
        }
    }

    private static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }
}

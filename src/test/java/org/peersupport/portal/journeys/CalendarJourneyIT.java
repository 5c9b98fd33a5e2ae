package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The demo member opens the programme calendar, sees the CBT group's sessions, makes a private
 * feed link that a calendar app can fetch without signing in, replaces it, and downloads the
 * group's .ics from its page.
 */
@ExtendWith(BrowserExtension.class)
class CalendarJourneyIT {

    private static final String LINK = "https://video.demo.test/cbt-tuesday";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void todayIsTheMembersDayWhateverTheServersAndTheBrowsersZone(Browser newcomer) {
        // Server and browser run on UTC here. Kiritimati is 14 h ahead and Pago Pago 11 h behind, so
        // at any hour one of them is already, or still, on another date than UTC.
        ZoneId zone = ZoneId.of(Instant.now().atZone(ZoneOffset.UTC).getHour() >= 11 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago");
        newcomer.visit("/register.xhtml");
        Screens.Registration.fill(newcomer, "today-" + Screens.unique() + "@example.org", "a-long-enough-passphrase",
                "Today " + Screens.unique());
        Screens.Registration.acceptBoth(newcomer);
        Screens.Registration.chooseTimeZone(newcomer, zone.getId());
        Screens.Registration.submit(newcomer);
        newcomer.waitUntil(() -> newcomer.path().startsWith("/member/dashboard.xhtml"));

        CalendarScreen calendar = new CalendarScreen(newcomer);
        calendar.open();
        assertThat(calendar.today()).isEqualTo(LocalDate.now(zone).toString());
    }

    @Test
    void theMemberSeesSessionsSubscribesWithAPrivateLinkAndDownloadsTheGroupsFile(Browser member) throws Exception {
        Screens.signInAs(member, "member@demo.test", "member-demo-pass");
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
        assertThat(events).hasSizeGreaterThanOrEqualTo(8);
        assertThat(events).allSatisfy(e -> {
            assertThat(value(e, Property.UID)).matches("cohort-session-\\d+@peersupport\\.portal");
            assertThat(value(e, Property.LOCATION)).isEqualTo(LINK);
        });
        assertThat(events).extracting(e -> value(e, Property.SUMMARY)).contains("Session 1: Understanding the CBT model · Tuesday evenings, London");

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

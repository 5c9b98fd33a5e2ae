package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.HtmlChecker;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.Mailbox;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Workshops for members and visitors (issue 17): a visitor browses and filters the listing and
 * reads a workshop without who signed up or its video link; members fill a small workshop, the
 * next one waits in line, and a seat given up is offered by e-mail and confirmed on the page; the
 * pages in Spanish and on a phone; odd addresses answer 404 and closed sign-ups say so.
 */
@ExtendWith(BrowserExtension.class)
class WorkshopJourneyIT {

    private static final String MINDFUL = "Mindful mornings: ten calm minutes";
    private static final String EVENINGS = "Getting through difficult evenings";
    private static final String SPANISH = "Relaciones sanas: poner límites con cariño";
    /** Two seats, nobody signed up: the demo workshop this journey fills (DemoWorkshops.loadMore). */
    private static final String SLEEP = "Winding down for better sleep";
    private static final String DRAWING = "Drawing without judgement";
    private static final String VIDEO = "video.demo.test";
    private static final String PASSWORD = "a calm and long passphrase";

    @Test
    void aVisitorBrowsesAndFiltersAndReadsAWorkshopWithoutWhoSignedUpOrTheVideoLink(Browser visitor) throws Exception {
        visitor.visit("/workshops");
        assertThat(Screens.heading(visitor)).isEqualTo("Workshops");
        WorkshopScreen workshops = new WorkshopScreen(visitor);
        assertThat(workshops.titles()).contains(MINDFUL, EVENINGS, SPANISH, SLEEP);
        assertThat(workshops.card(EVENINGS)).contains("Full – waitlist open (", " waiting)", "Community Room, 12 Harbour Street", "In person");
        assertThat(workshops.card(MINDFUL)).contains("Online (video)", "Times are the workshop’s own (Europe/London)", "9:30");
        assertThat(workshops.listing()).as("never who signed up, never the video link").doesNotContain("Quiet Harbor", "Río Sereno", VIDEO);
        assertThat(visitor.pageSource()).doesNotContain(VIDEO, "Captions, please.");
        assertThat(HtmlChecker.errors(visitor.serverHtml())).as("valid HTML").isEmpty();
        visitor.screenshot("workshops-listing-visitor-en");

        workshops.filter("RELATIONSHIPS", "", "");
        assertThat(visitor.path()).as("a link to share").contains("topic=RELATIONSHIPS");
        assertThat(workshops.titles()).containsExactly(SPANISH);
        workshops.filter("", "IN_PERSON", "en");
        assertThat(workshops.titles()).contains(EVENINGS, SLEEP).doesNotContain(MINDFUL, SPANISH);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        workshops.filterDates(today, LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        assertThat(workshops.titles()).as("in person, in English, in the next ten days").contains(EVENINGS).doesNotContain(SLEEP, MINDFUL);
        visitor.visit("/workshops/index.xhtml?language=es");
        assertThat(workshops.titles()).containsExactly(SPANISH);
        visitor.screenshot("workshops-listing-filtered-en");

        visitor.visit("/workshops/");
        workshops.open(MINDFUL);
        assertThat(visitor.path()).startsWith("/workshops/workshop.xhtml?id=");
        String mindfulPath = visitor.path();
        assertThat(Screens.heading(visitor)).isEqualTo(MINDFUL);
        assertThat(workshops.facts()).contains("Sign up by", "Cancel by", "left of 12");
        assertThat(workshops.location()).contains("shown here once you have a confirmed seat");
        assertThat(workshops.hasVideoLink()).isFalse();
        assertThat(workshops.offersSignUp()).as("visitors sign in first").isFalse();
        assertThat(visitor.pageSource()).doesNotContain(VIDEO, "Quiet Harbor", "Captions, please.");
        JsonNode event = new ObjectMapper().readTree(workshops.eventJson());
        assertThat(event.get("@type").asText()).isEqualTo("Event");
        assertThat(event.get("name").asText()).isEqualTo(MINDFUL);
        assertThat(event.get("location").get("@type").asText()).isEqualTo("VirtualLocation");
        assertThat(event.get("location").get("url").asText()).endsWith(mindfulPath);
        assertThat(event.get("startDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT09:30:00(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(visitor.consoleMessages()).as("the data block breaks no content security policy").noneMatch(m -> m.contains("Content Security Policy"));
        String html = visitor.serverHtml();
        assertThat(HtmlChecker.errors(html)).as("valid HTML, the data block included").isEmpty();
        java.util.regex.Matcher dataBlock = java.util.regex.Pattern.compile("<script[^>]*application/ld\\+json[^>]*>").matcher(html);
        assertThat(dataBlock.find()).isTrue();
        assertThat(dataBlock.group()).as("the page's nonce, as every script element of a Faces page has").containsPattern("nonce=\"[^\"]+\"");
        visitor.screenshot("workshop-visitor-en");

        // "Sign in to sign up" comes back to the workshop; the demo member has a seat there and sees the link.
        workshops.signInToSignUp();
        Screens.SignIn.as(visitor, "member@demo.test", "demo-pass-harbor");
        assertThat(visitor.path()).isEqualTo(mindfulPath);
        assertThat(workshops.standing()).contains("You have a seat");
        assertThat(workshops.hasVideoLink()).isTrue();
        assertThat(workshops.location()).contains("https://" + VIDEO + "/mindful-mornings");
        assertThat(workshops.offersCalendarFile()).isTrue();
        assertThat(workshops.calendarFileAddress()).endsWith("/workshops/registration.ics?id=" + mindfulPath.replaceAll(".*id=", ""));
        visitor.screenshot("workshop-member-seat-en");
    }

    @Test
    void aSmallWorkshopFillsTheNextWaitsInLineAndAFreedSeatIsOfferedAndConfirmed(Browser first) throws Exception {
        String tag = Screens.unique();
        Screens.Registration.join(first, "ws-first-" + tag + "@example.org", PASSWORD, "First " + tag);
        WorkshopScreen firstScreen = new WorkshopScreen(first);
        firstScreen.openFromNavigation();
        assertThat(Screens.heading(first)).isEqualTo("Workshops");
        firstScreen.open(SLEEP);
        String sleepPath = first.path();
        assertThat(firstScreen.submitLabel()).isEqualTo("Sign up");
        assertThat(firstScreen.asksQuestion()).isFalse();
        firstScreen.signUp(true);
        assertThat(Screens.globalMessages(first)).contains("You have a seat");
        assertThat(firstScreen.standing()).contains("You have a seat").doesNotContain("Sign up");
        assertThat(firstScreen.offersCalendarFile()).isTrue();
        assertThat(firstScreen.facts()).contains("One seat left of 2");
        assertThat(HtmlChecker.errors(first.serverHtml())).as("valid HTML with the member's forms").isEmpty();

        String thirdEmail = "ws-third-" + tag + "@example.org";
        try (Browser second = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser third = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(second, "ws-second-" + tag + "@example.org", PASSWORD, "Second " + tag);
            second.visit(sleepPath);
            new WorkshopScreen(second).signUp(false);
            assertThat(Screens.globalMessages(second)).contains("You have a seat");

            Screens.Registration.join(third, thirdEmail, PASSWORD, "Third " + tag);
            third.visit(sleepPath);
            WorkshopScreen thirdScreen = new WorkshopScreen(third);
            assertThat(thirdScreen.facts()).contains("Full – waitlist open (nobody waiting yet)");
            assertThat(thirdScreen.submitLabel()).isEqualTo("Join the waitlist");
            thirdScreen.signUp(false);
            assertThat(Screens.globalMessages(third)).contains("The workshop is full, so you are on the waitlist: number 1 in line");
            assertThat(thirdScreen.standing()).contains("You are number 1 on the waitlist").doesNotContain("Add to my calendar");
            assertThat(thirdScreen.hasVideoLink()).isFalse();
            third.screenshot("workshop-waitlisted-en");
            third.visit("/member/dashboard.xhtml");
            assertThat(third.text(org.openqa.selenium.By.id("myWorkshops"))).contains(SLEEP, "Number 1 on the waitlist");
            third.screenshot("dashboard-workshops-en");

            // The first gives up the seat: asked first, and Keep keeps it.
            first.visit(sleepPath);
            firstScreen.askToGiveUpSeat();
            ConfirmScreen confirm = new ConfirmScreen(first);
            confirm.waitUntilOpen();
            assertThat(confirm.message()).contains("Give up your seat?");
            assertThat(confirm.focusedButton()).isEqualTo("Keep my seat");
            first.screenshot("workshop-give-up-confirm-en");
            confirm.cancel();
            assertThat(firstScreen.standing()).contains("You have a seat");
            firstScreen.askToGiveUpSeat();
            confirm.waitUntilOpen();
            confirm.confirmAndWaitForPage();
            assertThat(Screens.globalMessages(first)).contains("You have given up your seat");
            assertThat(firstScreen.offersSignUp()).as("may sign up again: behind the one now offered the seat").isTrue();

            // The first in line is told by e-mail, with a link to the page, and confirms there.
            // (The first mail to the address confirmed it at registration.)
            List<Mailbox.Mail> mail = Mailbox.awaitMail(thirdEmail, m -> m.text().contains(sleepPath), 1);
            assertThat(mail).as("the offer reaches the first in line by e-mail").isNotEmpty();
            assertThat(mail.get(mail.size() - 1).text()).contains(SLEEP, sleepPath);
            third.visit(sleepPath);
            assertThat(thirdScreen.offer()).contains("A seat is yours if you confirm by");
            assertThat(thirdScreen.offersConfirm()).isTrue();
            third.screenshot("workshop-offered-en");
            thirdScreen.confirmOffer();
            assertThat(Screens.globalMessages(third)).contains("The seat is yours");
            assertThat(thirdScreen.standing()).contains("You have a seat");
            assertThat(thirdScreen.offersCalendarFile()).isTrue();
        }
    }

    @Test
    void signingUpTwiceAfterTheDeadlineOrAtOddAddressesChangesNothing(Browser member) {
        String tag = Screens.unique();
        String email = "ws-twice-" + tag + "@example.org";
        Screens.Registration.join(member, email, PASSWORD, "Twice " + tag);
        member.visit("/workshops/");
        WorkshopScreen screen = new WorkshopScreen(member);
        screen.open(MINDFUL);
        String path = member.path();
        assertThat(screen.asksQuestion()).as("the host asks a question").isTrue();
        assertThat(member.text(org.openqa.selenium.By.id("signUp"))).contains("Only the host sees your answer");
        try (Browser otherTab = Browser.open(TestServers.portal().baseUrl(), "en")) {
            // The same member in a second window, the page open before the first sign-up.
            Screens.signInAs(otherTab, email, PASSWORD);
            otherTab.visit(path);
            member.type("signUp:answer", "A quiet start, please.");
            screen.signUp(false);
            assertThat(Screens.globalMessages(member)).contains("You have a seat");
            otherTab.type("signUp:answer", "Typed in the other window");
            new WorkshopScreen(otherTab).signUp(false);
            assertThat(Screens.globalMessages(otherTab)).contains("You are already signed up for this workshop.");
            assertThat(new WorkshopScreen(otherTab).standing()).contains("You have a seat");
        }

        member.visit("/workshops/");
        screen.open(DRAWING);
        assertThat(screen.offersSignUp()).isFalse();
        assertThat(screen.standing()).contains("Sign-ups for this workshop have closed.");
        member.screenshot("workshop-closed-en");

        LoopbackHttp http = new LoopbackHttp(TestServers.portal().baseUrl(), "127.0.0.61");
        for (String odd : new String[] {"/workshops/workshop.xhtml?id=abc", "/workshops/workshop.xhtml?id=999999",
                "/workshops/workshop.xhtml", "/workshops/workshop.xhtml?id=-1", "/workshops/index.xhtml?topic=NOPE",
                "/workshops/index.xhtml?mode=x", "/workshops/index.xhtml?from=31-12-2026", "/workshops/index.xhtml?page=0",
                "/workshops/index.xhtml?language=%3Cb%3E"}) {
            assertThat(http.get(odd).status()).as(odd).isEqualTo(404);
        }
        assertThat(http.get("/workshops").status()).as("the folder, redirected to its index").isBetween(200, 399);
        assertThat(http.get("/workshops/index.xhtml?page=99").status()).as("a page past the end is only empty").isEqualTo(200);
    }

    @Test
    void inSpanishAndOnAPhone() {
        try (Browser visitor = Browser.open(TestServers.portal().baseUrl(), "es", "390,844")) {
            visitor.visit("/workshops/");
            assertThat(Screens.heading(visitor)).isEqualTo("Talleres");
            WorkshopScreen screen = new WorkshopScreen(visitor);
            assertThat(screen.count()).contains("talleres próximos");
            assertThat(Phone.scrollsSideways(visitor)).as(Phone.widths(visitor)).isFalse();
            visitor.screenshot("workshops-listing-phone-es");
            screen.open(SPANISH);
            assertThat(screen.standing()).contains("Entra para inscribirte");
            assertThat(screen.facts()).contains("Inscripción hasta", "Madrid");
            assertThat(Phone.scrollsSideways(visitor)).as(Phone.widths(visitor)).isFalse();
            visitor.screenshot("workshop-visitor-phone-es");
        }
        try (Browser miembro = Browser.open(TestServers.portal().baseUrl(), "es", "390,844")) {
            Screens.signInAs(miembro, "miembro@demo.test", "demo-pass-sereno");
            assertThat(miembro.text(org.openqa.selenium.By.id("myWorkshops"))).contains("Tus talleres", SPANISH, "Tienes plaza");
            assertThat(Phone.scrollsSideways(miembro)).as(Phone.widths(miembro)).isFalse();
            miembro.screenshot("dashboard-workshops-phone-es");
            miembro.visit("/workshops/");
            new WorkshopScreen(miembro).open(EVENINGS);
            WorkshopScreen evenings = new WorkshopScreen(miembro);
            assertThat(evenings.submitLabel()).isEqualTo("Apuntarme a la lista de espera");
            assertThat(Phone.scrollsSideways(miembro)).as(Phone.widths(miembro)).isFalse();
            miembro.screenshot("workshop-member-phone-es");
        }
    }
}

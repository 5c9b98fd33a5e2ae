package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * From an application to a mentorship in three browsers: a member applies to mentor (a form sent
 * empty is refused field by field, and keeps what was typed), a coordinator approves; another
 * member asks for a mentor; the coordinator runs matching and publishes; the mentee reads why the
 * mentor was proposed and chooses; the mentor accepts. Both speak Italian, which no demo mentor
 * does, so the match is theirs whatever else the pool holds.
 */
@ExtendWith(BrowserExtension.class)
class MentoringJourneyIT {

    @Test
    void aMemberAppliesIsApprovedIsMatchedAndAccepted(Browser mentor) {
        String token = Screens.unique();
        String mentorName = "Mentor " + token;
        String menteeName = "Mentee " + token;
        Screens.Registration.join(mentor, "mentor-" + token + "@example.org", "a long enough passphrase", mentorName);
        mentor.visit("/mentoring/index.xhtml");
        mentor.click(By.linkText("Apply to mentor"));
        assertThat(Screens.heading(mentor)).isEqualTo("Apply to be a peer mentor");

        mentor.type("application:bio", "Too short.");
        mentor.click("application:submit");
        assertThat(Screens.messageNextTo(mentor, "application:areas")).isEqualTo("Choose at least one area of lived experience.");
        assertThat(Screens.messageNextTo(mentor, "application:availability"))
                .isEqualTo("Add at least one time in the week when you are usually free.");
        assertThat(Screens.messageNextTo(mentor, "application:agree")).isEqualTo("Please read and agree to the mentor guidelines.");
        assertThat(mentor.value("application:bio")).isEqualTo("Too short.");
        mentor.screenshot("mentor-application-refused-en");

        option(mentor, "application:areas", "Eating disorders");
        option(mentor, "application:areas", "Grief and loss");
        uncheckAll(mentor, "application:languages");
        option(mentor, "application:languages", "Italian");
        option(mentor, "application:availability", "Tue · evening (17–21)");
        option(mentor, "application:availability", "Thu · evening (17–21)");
        mentor.type("application:bio", "I lived with an eating disorder for years and recovered slowly; I listen first and share what helped.");
        mentor.tick("application:agree");
        mentor.click("application:submit");
        assertThat(Screens.globalMessages(mentor)).startsWith("Thank you. Your application is with the coordinators");
        assertThat(mentor.text(By.id("applicationStatus"))).contains("Your application is with the coordinators.");

        try (Browser coordinator = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser mentee = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(coordinator, "admin@demo.test", "admin-demo-pass");
            coordinator.visit("/admin/mentoring.xhtml");
            By application = By.xpath("//article[contains(@class,'application')][.//strong[normalize-space()='" + mentorName + "']]");
            assertThat(coordinator.text(application)).contains("Eating disorders", "Grief and loss", "Italian");
            coordinator.screenshot("coordinator-applications-en");
            coordinator.click(new org.openqa.selenium.support.pagefactory.ByChained(application, By.xpath(".//button[normalize-space()='Approve']")));
            assertThat(Screens.globalMessages(coordinator)).isEqualTo("Approved: they are now a peer mentor.");

            Screens.Registration.join(mentee, "mentee-" + token + "@example.org", "a long enough passphrase", menteeName);
            mentee.visit("/mentoring/request.xhtml");
            option(mentee, "request:needs", "Grief and loss");
            uncheckAll(mentee, "request:languages");
            option(mentee, "request:languages", "Italian");
            option(mentee, "request:availability", "Tue · evening (17–21)");
            mentee.click("request:submit");
            mentee.waitUntil(() -> mentee.path().startsWith("/mentoring/index.xhtml"));
            assertThat(mentee.text(By.id("requestStatus"))).startsWith("Waiting for the next matching round.");

            coordinator.click("coordinator:run");
            assertThat(Screens.globalMessages(coordinator)).startsWith("Matched ").contains("Review the draft below.");
            By proposalRow = By.xpath("//table[@id='proposalTable']//tr[td[1][normalize-space()='" + menteeName + "']]");
            while (!coordinator.isPresent(proposalRow) && coordinator.isPresent(By.id("coordinator:next"))) {
                coordinator.click("coordinator:next");
            }
            assertThat(coordinator.text(proposalRow)).contains(mentorName, "speaks Italian", "1 shared experience area");
            coordinator.screenshot("coordinator-matching-draft-en");
            coordinator.click("coordinator:publish");
            assertThat(Screens.globalMessages(coordinator)).startsWith("Published:");

            mentee.visit("/mentoring/index.xhtml");
            assertThat(mentee.text(By.id("proposals"))).contains(mentorName, "speaks Italian; 1 shared experience area");
            mentee.screenshot("mentee-proposals-en");
            mentee.click(By.xpath("//ol[@id='proposals']/li[1]//button[normalize-space()='Choose this mentor']"));
            assertThat(Screens.globalMessages(mentee)).isEqualTo("Thank you. We have asked the mentor you chose.");

            mentor.visit("/mentoring/index.xhtml");
            assertThat(mentor.text(By.id("offers"))).contains(menteeName);
            mentor.screenshot("mentor-offer-en");
            mentor.click(By.xpath("//section[@id='offers']//button[normalize-space()='Accept']"));
            assertThat(Screens.globalMessages(mentor)).isEqualTo("Accepted: your new mentorship has started.");
            assertThat(mentor.text(By.id("mentorships"))).contains(menteeName, "you mentor them", "Open chat");

            mentee.visit("/mentoring/index.xhtml");
            assertThat(mentee.text(By.id("mentorships"))).contains(mentorName, "your mentor");
            mentee.screenshot("mentee-mentorship-en");
        }
    }

    /**
     * A coordinator asks one applicant for changes and declines another, each with a note; a note
     * left empty (or blank) is refused next to the field, with the form still open. Each applicant
     * reads the outcome and the note on their application page.
     */
    @Test
    void aCoordinatorAsksForChangesOnOneApplicationAndDeclinesAnother(Browser first) {
        String token = Screens.unique();
        String firstName = "Applicant A " + token;
        String secondName = "Applicant B " + token;
        Screens.Registration.join(first, "applicant-a-" + token + "@example.org", "a long enough passphrase", firstName);
        applyToMentor(first, "Portuguese", "Anxiety");

        try (Browser second = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser coordinator = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(second, "applicant-b-" + token + "@example.org", "a long enough passphrase", secondName);
            applyToMentor(second, "Portuguese", "Depression");
            Screens.signInAs(coordinator, "admin@demo.test", "admin-demo-pass");
            coordinator.visit("/admin/mentoring.xhtml");

            coordinator.click(button(application(firstName), "Ask for changes or decline…"));
            String firstNote = idIn(coordinator, application(firstName), "textarea", "decisionNote");
            assertThat(coordinator.focusOnceSettled("return document.activeElement.id", firstNote::equals))
                    .as("the note has the focus").isEqualTo(firstNote);
            coordinator.click(button(application(firstName), "Ask for changes"));
            assertThat(Screens.messageNextTo(coordinator, firstNote)).isEqualTo("Write what to change, or why you decline.");
            assertThat(Screens.globalMessages(coordinator)).doesNotContain("Sent back");
            coordinator.screenshot("coordinator-note-required-en");
            String changes = "Please say a little more about what helped you, and how you keep yourself well.";
            coordinator.type(firstNote, changes);
            coordinator.click(button(application(firstName), "Ask for changes"));
            assertThat(Screens.globalMessages(coordinator)).isEqualTo("Sent back with your note.");
            assertThat(coordinator.isPresent(application(firstName))).as("no longer waiting").isFalse();

            coordinator.click(button(application(secondName), "Ask for changes or decline…"));
            String secondNote = idIn(coordinator, application(secondName), "textarea", "decisionNote");
            coordinator.type(secondNote, "   ");
            coordinator.click(button(application(secondName), "Decline"));
            assertThat(Screens.messageNextTo(coordinator, secondNote)).isEqualTo("Write what to change, or why you decline.");
            assertThat(coordinator.value(secondNote)).as("what was typed is kept").isEqualTo("   ");
            String declined = "We need mentors who have been well for at least a year; please apply again later.";
            coordinator.type(secondNote, declined);
            coordinator.click(button(application(secondName), "Decline"));
            assertThat(Screens.globalMessages(coordinator)).isEqualTo("Declined with your note.");
            assertThat(coordinator.isPresent(application(secondName))).isFalse();

            first.visit("/mentoring/apply.xhtml");
            assertThat(first.text(By.id("applicationStatus"))).contains("A coordinator asks for some changes.");
            assertThat(first.text(By.id("coordinatorNote"))).isEqualTo(changes);
            second.visit("/mentoring/apply.xhtml");
            assertThat(second.text(By.id("applicationStatus"))).contains("Your application was not approved this time.");
            assertThat(second.text(By.id("coordinatorNote"))).isEqualTo(declined);
            second.screenshot("applicant-declined-en");
        }
    }

    /**
     * A mentee asks for a rematch (the reason for coordinators only), is back in the pool, is
     * matched with a new mentor, and that mentor ends the mentorship by keyboard on a phone-sized
     * screen. The coordinator reads both endings with their private reasons; the other side never
     * sees them.
     */
    @Test
    void aMenteeAsksForARematchIsMatchedAgainAndTheNewMentorEndsIt(Browser mentee) {
        String token = Screens.unique();
        String menteeName = "Mentee " + token;
        String firstMentorName = "First mentor " + token;
        String secondMentorName = "Second mentor " + token;
        try (Browser firstMentor = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser secondMentor = Browser.open(TestServers.portal().baseUrl(), "en", "390,844");
                Browser coordinator = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(coordinator, "admin@demo.test", "admin-demo-pass");
            Screens.Registration.join(firstMentor, "first-mentor-" + token + "@example.org", "a long enough passphrase", firstMentorName);
            applyToMentor(firstMentor, "German", "Trauma and PTSD");
            approve(coordinator, firstMentorName);
            Screens.Registration.join(mentee, "rematch-" + token + "@example.org", "a long enough passphrase", menteeName);
            mentee.visit("/mentoring/request.xhtml");
            option(mentee, "request:needs", "Trauma and PTSD");
            option(mentee, "request:availability", "Tue · evening (17–21)");
            mentee.select("request:ageFrom", "FROM_45_TO_54").select("request:ageTo", "FROM_25_TO_34");
            mentee.click("request:submit");
            assertThat(Screens.messageNextTo(mentee, "request:ageTo")).as("the age range, checked next to its end")
                    .isEqualTo("The age range starts before it ends.");
            assertThat(mentee.path()).startsWith("/mentoring/request.xhtml");
            askForMentor(mentee, "German", "Trauma and PTSD");
            startMentorship(coordinator, mentee, menteeName, firstMentor, firstMentorName);

            mentee.visit("/mentoring/index.xhtml");
            By first = mentorship(firstMentorName);
            mentee.click(button(first, "End or rematch…"));
            By endButton = button(first, "End the mentorship");
            assertThat(mentee.find(endButton).isDisplayed()).as("the form can be sent").isTrue();
            mentee.click(new ByChained(first, By.xpath(".//label[normalize-space()='I would like a different match']")));
            String rematchReason = "We never found a time that suits us both " + token + ".";
            mentee.type(idIn(mentee, first, "textarea", "endReason"), rematchReason);
            mentee.click(new ByChained(first, By.xpath(".//label[normalize-space()='4']")));
            mentee.type(idIn(mentee, first, "textarea", "endFeedback"), "Kind and patient.");
            mentee.screenshot("mentee-end-form-1280-en");
            mentee.click(endButton);
            assertThat(Screens.globalMessages(mentee))
                    .isEqualTo("The mentorship has ended. Your request is back with the coordinators for a new match.");
            assertThat(mentee.find(first).getAttribute("class")).contains("mentorship--ended");
            assertThat(mentee.text(first)).contains("ended").doesNotContain("Open chat");
            assertThat(mentee.text(By.id("requestStatus"))).startsWith("Waiting for the next matching round.");
            mentee.screenshot("mentee-rematch-asked-en");

            firstMentor.visit("/mentoring/index.xhtml");
            assertThat(firstMentor.find(mentorship(menteeName)).getAttribute("class")).contains("mentorship--ended");
            assertThat(firstMentor.pageSource()).as("the reason is for coordinators only").doesNotContain(rematchReason);

            Screens.Registration.join(secondMentor, "second-mentor-" + token + "@example.org", "a long enough passphrase",
                    secondMentorName);
            applyToMentor(secondMentor, "German", "Trauma and PTSD");
            approve(coordinator, secondMentorName);
            coordinator.visit("/admin/mentoring.xhtml");
            coordinator.click("coordinator:run");
            assertThat(refusedOverride(coordinator, menteeName, secondMentorName)).as("the engine's rules hold for overrides too")
                    .isEqualTo("That mentor is already proposed for this request.");
            startMentorship(coordinator, mentee, menteeName, secondMentor, secondMentorName);

            secondMentor.visit("/mentoring/index.xhtml");
            By second = mentorship(menteeName);
            secondMentor.find(button(second, "End or rematch…")).sendKeys(Keys.ENTER);
            secondMentor.settle();
            String focusedForm = "var f = document.activeElement.closest('fieldset'); return f ? f.id : '';";
            assertThat(secondMentor.focusOnceSettled(focusedForm, id -> id.endsWith("endForm")))
                    .as("the keyboard lands in the form it opened").endsWith("endForm");
            String endReason = "Our goals are met and we said goodbye well " + token + ".";
            secondMentor.type(idIn(secondMentor, second, "textarea", "endReason"), endReason);
            secondMentor.screenshot("mentor-end-form-390-en");
            secondMentor.find(button(second, "End the mentorship")).sendKeys(Keys.ENTER);
            secondMentor.settle();
            assertThat(Screens.globalMessages(secondMentor)).isEqualTo("The mentorship has ended. Thank you for taking part.");
            assertThat(secondMentor.find(second).getAttribute("class")).contains("mentorship--ended");

            mentee.visit("/mentoring/index.xhtml");
            assertThat(mentee.find(mentorship(secondMentorName)).getAttribute("class")).contains("mentorship--ended");
            assertThat(mentee.pageSource()).doesNotContain(endReason);

            coordinator.visit("/admin/mentoring.xhtml");
            assertThat(coordinator.text(ending(firstMentorName, menteeName)))
                    .contains("I would like a different match", "ended by " + menteeName, rematchReason);
            assertThat(coordinator.text(ending(secondMentorName, menteeName)))
                    .contains("It has run its course", "ended by " + secondMentorName, endReason);
            coordinator.screenshot("coordinator-endings-en");
        }
    }

    private static void applyToMentor(Browser member, String language, String area) {
        member.visit("/mentoring/apply.xhtml");
        option(member, "application:areas", area);
        uncheckAll(member, "application:languages");
        option(member, "application:languages", language);
        option(member, "application:availability", "Tue · evening (17–21)");
        member.type("application:bio", "I lived through it for years and recovered slowly; I listen first and share what helped me.");
        member.tick("application:agree");
        member.click("application:submit");
        assertThat(Screens.globalMessages(member)).startsWith("Thank you. Your application is with the coordinators");
    }

    private static void approve(Browser coordinator, String applicantName) {
        coordinator.visit("/admin/mentoring.xhtml");
        coordinator.click(button(application(applicantName), "Approve"));
        assertThat(Screens.globalMessages(coordinator)).isEqualTo("Approved: they are now a peer mentor.");
    }

    private static void askForMentor(Browser member, String language, String need) {
        member.visit("/mentoring/request.xhtml");
        option(member, "request:needs", need);
        uncheckAll(member, "request:languages");
        option(member, "request:languages", language);
        option(member, "request:availability", "Tue · evening (17–21)");
        member.click("request:submit");
        member.waitUntil(() -> member.path().startsWith("/mentoring/index.xhtml"));
    }

    /** The coordinator tries to put this mentor in the mentee's first proposal; the message next to the field says why not. */
    private static String refusedOverride(Browser coordinator, String menteeName, String mentorName) {
        String row = "//table[@id='proposalTable']//tr[td[1][normalize-space()='" + menteeName + "']]";
        coordinator.click(By.xpath(row + "//button[contains(@id,'overrideStart')]"));
        var input = coordinator.find(By.xpath(row + "//input[contains(@id,'overrideMentor_input')]"));
        input.sendKeys(mentorName);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item')][@data-item-label='" + mentorName + "']");
        coordinator.waitUntil(() -> coordinator.isPresent(suggestion) && coordinator.find(suggestion).isDisplayed());
        coordinator.click(suggestion);
        coordinator.click(By.xpath(row + "//button[contains(@id,'overrideSave')]"));
        return coordinator.text(By.xpath(row + "//*[contains(@class,'ui-message-error')]"));
    }

    /** The coordinator runs matching and publishes; the mentee chooses this mentor, who accepts. */
    private static void startMentorship(Browser coordinator, Browser mentee, String menteeName, Browser mentor, String mentorName) {
        coordinator.visit("/admin/mentoring.xhtml");
        coordinator.click("coordinator:run");
        assertThat(Screens.globalMessages(coordinator)).startsWith("Matched ");
        coordinator.click("coordinator:publish");
        assertThat(Screens.globalMessages(coordinator)).startsWith("Published:");
        mentee.visit("/mentoring/index.xhtml");
        mentee.click(By.xpath("//ol[@id='proposals']/li[.//strong[normalize-space()='" + mentorName + "']]"
                + "//button[normalize-space()='Choose this mentor']"));
        assertThat(Screens.globalMessages(mentee)).isEqualTo("Thank you. We have asked the mentor you chose.");
        mentor.visit("/mentoring/index.xhtml");
        mentor.click(By.xpath("//section[@id='offers']//li[strong[normalize-space()='" + menteeName + "']]"
                + "//button[normalize-space()='Accept']"));
        assertThat(Screens.globalMessages(mentor)).isEqualTo("Accepted: your new mentorship has started.");
    }

    private static By application(String applicantName) {
        return By.xpath("//article[contains(@class,'application')][.//strong[normalize-space()='" + applicantName + "']]");
    }

    private static By mentorship(String otherName) {
        return By.xpath("//li[contains(concat(' ', @class, ' '),' mentorship ')][.//strong[normalize-space()='" + otherName + "']]");
    }

    private static By ending(String mentorName, String menteeName) {
        return By.xpath("//ul[@class='endings']/li[strong[normalize-space()='" + mentorName + " · " + menteeName + "']]");
    }

    private static By button(By scope, String label) {
        return new ByChained(scope, By.xpath(".//button[normalize-space()='" + label + "']"));
    }

    /** The client id of a field inside a repeated item (its id carries the item's index). */
    private static String idIn(Browser browser, By scope, String tag, String idSuffix) {
        return browser.find(new ByChained(scope, By.xpath(".//" + tag + "[substring(@id, string-length(@id) - "
                + idSuffix.length() + ") = ':" + idSuffix + "']"))).getAttribute("id");
    }

    /** Ticks one option of a PrimeFaces selectManyCheckbox by its label, as a person clicks it. */
    private static void option(Browser browser, String id, String label) {
        browser.click(By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label + "']"));
    }

    /** Unticks every ticked box of a PrimeFaces selectManyCheckbox (the form starts with the member's language). */
    private static void uncheckAll(Browser browser, String id) {
        for (var box : browser.all(By.cssSelector("[id='" + id + "'] .ui-chkbox-box.ui-state-active"))) {
            box.click();
        }
    }
}

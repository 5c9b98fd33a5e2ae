package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
        MentorApplicationScreen application = new MentorApplicationScreen(mentor);
        application.openFromMentoringPage();
        assertThat(Screens.heading(mentor)).isEqualTo("Apply to be a peer mentor");

        application.writeBio("Too short.");
        application.send();
        assertThat(application.messageNextToAreas()).isEqualTo("Choose at least one area of lived experience.");
        assertThat(application.messageNextToFreeTimes())
                .isEqualTo("Add at least one time in the week when you are usually free.");
        assertThat(application.messageNextToAgreement()).isEqualTo("Please read and agree to the mentor guidelines.");
        assertThat(application.bio()).isEqualTo("Too short.");
        mentor.screenshot("mentor-application-refused-en");

        application.chooseArea("Eating disorders");
        application.chooseArea("Grief and loss");
        application.speakOnly("Italian");
        application.addFreeTime("Tue · evening (17–21)");
        application.addFreeTime("Thu · evening (17–21)");
        application.writeBio("I lived with an eating disorder for years and recovered slowly; I listen first and share what helped.");
        application.agreeToGuidelines();
        application.send();
        assertThat(Screens.globalMessages(mentor)).startsWith("Thank you. Your application is with the coordinators");
        assertThat(application.status()).contains("Your application is with the coordinators.");

        try (Browser coordinator = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser mentee = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(coordinator, "admin@demo.test", "demo-pass-portal");
            CoordinatorScreen coordination = new CoordinatorScreen(coordinator);
            coordination.open();
            assertThat(coordination.application(mentorName)).contains("Eating disorders", "Grief and loss", "Italian");
            assertThat(coordination.availabilityOf(mentorName)).as("free times in words, not codes")
                    .isEqualTo("Tuesday 17:00–21:00; Thursday 17:00–21:00");
            coordinator.screenshot("coordinator-applications-en");
            coordination.approve(mentorName);
            assertThat(Screens.globalMessages(coordinator)).isEqualTo("Approved: they are now a peer mentor.");

            Screens.Registration.join(mentee, "mentee-" + token + "@example.org", "a long enough passphrase", menteeName);
            MentoringHomeScreen menteeHome = new MentoringHomeScreen(mentee);
            menteeHome.open();
            assertThat(menteeHome.menteeStatus()).isEqualTo("You have not asked for a mentor.");
            assertThat(menteeHome.offersAskForMentor()).isTrue();
            MentorRequestScreen request = new MentorRequestScreen(mentee);
            request.open();
            request.send();
            assertThat(request.messageNextToNeeds()).isEqualTo("Choose at least one thing you would like support with.");
            mentee.screenshot("mentee-request-refused-1280-en");
            request.need("Grief and loss");
            request.speakOnly("Italian");
            request.addFreeTime("Tue · evening (17–21)");
            request.sendAndReturnToMentoringPage();
            assertThat(menteeHome.requestStatus()).startsWith("Waiting for the next matching round.");
            assertThat(menteeHome.offersAskForMentor()).as("not while a request waits").isFalse();
            request.open();
            assertThat(request.showsForm()).isFalse();
            assertThat(request.alreadyNotice()).startsWith("You already have an open request.");

            coordination.runMatching();
            assertThat(Screens.globalMessages(coordinator)).startsWith("Matched ").contains("Review the draft below.");
            assertThat(coordination.proposalFor(menteeName)).contains(mentorName, "speaks Italian", "1 shared experience area");
            coordinator.screenshot("coordinator-matching-draft-en");
            coordination.askToPublish();
            assertThat(new ConfirmScreen(coordinator).text()).startsWith("Publish the proposals? Every mentee in this draft is told at once");
            assertThat(new ConfirmScreen(coordinator).focus()).as("the focus moves into the dialog").isEqualTo("dialog:Cancel");
            coordinator.screenshot("coordinator-publish-confirm-en");
            new ConfirmScreen(coordinator).cancel();
            assertThat(coordination.offersPublish()).as("cancelled: still a draft").isTrue();
            assertThat(Screens.globalMessages(coordinator)).doesNotStartWith("Published:");
            coordination.publish();
            assertThat(Screens.globalMessages(coordinator)).startsWith("Published:");

            menteeHome.open();
            assertThat(menteeHome.proposals()).contains(mentorName, "speaks Italian; 1 shared experience area");
            mentee.screenshot("mentee-proposals-en");
            menteeHome.chooseFirstProposal();
            assertThat(Screens.globalMessages(mentee)).isEqualTo("Thank you. We have asked the mentor you chose.");

            MentoringHomeScreen mentorHome = new MentoringHomeScreen(mentor);
            mentorHome.open();
            assertThat(mentorHome.offers()).contains(menteeName);
            mentor.screenshot("mentor-offer-en");
            mentorHome.acceptFirstOffer();
            assertThat(Screens.globalMessages(mentor)).isEqualTo("Accepted: your new mentorship has started.");
            assertThat(mentorHome.mentorships()).contains(menteeName, "you mentor them", "Open chat");

            menteeHome.open();
            assertThat(menteeHome.mentorships()).contains(mentorName, "your mentor");
            assertThat(menteeHome.menteeStatus()).startsWith(mentorName + " is your mentor, since ");
            assertThat(menteeHome.offersAskForMentor()).as("never while they have a mentor").isFalse();
            assertThat(menteeHome.chatWithMentorLabel()).isEqualTo("Open your chat with " + mentorName);
            mentee.screenshot("mentee-mentorship-en");
            request.open();
            assertThat(request.showsForm()).isFalse();
            assertThat(request.alreadyNotice()).startsWith("You already have a mentor.");
            menteeHome.open();
            menteeHome.openChatWithMentor();
            assertThat(Screens.heading(mentee)).isEqualTo("Chat with " + mentorName);
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
            Screens.signInAs(coordinator, "admin@demo.test", "demo-pass-portal");
            CoordinatorScreen coordination = new CoordinatorScreen(coordinator);
            coordination.open();

            coordination.openDecision(firstName);
            assertThat(coordination.decisionNoteHasFocus(firstName)).as("the note has the focus").isTrue();
            coordination.askForChanges(firstName);
            assertThat(coordination.messageNextToDecisionNote(firstName)).isEqualTo("Write what to change, or why you decline.");
            assertThat(Screens.globalMessages(coordinator)).doesNotContain("Sent back");
            coordinator.screenshot("coordinator-note-required-en");
            String changes = "Please say a little more about what helped you, and how you keep yourself well.";
            coordination.writeDecisionNote(firstName, changes);
            coordination.askForChanges(firstName);
            assertThat(Screens.globalMessages(coordinator)).isEqualTo("Sent back with your note.");
            assertThat(coordination.hasApplication(firstName)).as("no longer waiting").isFalse();

            coordination.openDecision(secondName);
            coordination.writeDecisionNote(secondName, "   ");
            coordination.decline(secondName);
            assertThat(coordination.messageNextToDecisionNote(secondName)).isEqualTo("Write what to change, or why you decline.");
            assertThat(coordination.decisionNoteText(secondName)).as("what was typed is kept").isEqualTo("   ");
            String declined = "We need mentors who have been well for at least a year; please apply again later.";
            coordination.writeDecisionNote(secondName, declined);
            coordination.decline(secondName);
            assertThat(Screens.globalMessages(coordinator)).isEqualTo("Declined with your note.");
            assertThat(coordination.hasApplication(secondName)).isFalse();

            MentorApplicationScreen firstApplication = new MentorApplicationScreen(first);
            firstApplication.open();
            assertThat(firstApplication.status()).contains("A coordinator asks for some changes.");
            assertThat(firstApplication.coordinatorNote()).isEqualTo(changes);
            MentorApplicationScreen secondApplication = new MentorApplicationScreen(second);
            secondApplication.open();
            assertThat(secondApplication.status()).contains("Your application was not approved this time.");
            assertThat(secondApplication.coordinatorNote()).isEqualTo(declined);
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
            Screens.signInAs(coordinator, "admin@demo.test", "demo-pass-portal");
            Screens.Registration.join(firstMentor, "first-mentor-" + token + "@example.org", "a long enough passphrase", firstMentorName);
            applyToMentor(firstMentor, "German", "Trauma and PTSD");
            approve(coordinator, firstMentorName);
            Screens.Registration.join(mentee, "rematch-" + token + "@example.org", "a long enough passphrase", menteeName);
            MentorRequestScreen request = new MentorRequestScreen(mentee);
            request.open();
            request.need("Trauma and PTSD");
            request.addFreeTime("Tue · evening (17–21)");
            request.mentorAged("FROM_45_TO_54", "FROM_25_TO_34");
            request.send();
            assertThat(request.messageNextToAgeRangeEnd()).as("the age range, checked next to its end")
                    .isEqualTo("The age range starts before it ends.");
            assertThat(mentee.path()).startsWith("/mentoring/request.xhtml");
            askForMentor(mentee, "German", "Trauma and PTSD");
            startMentorship(coordinator, mentee, menteeName, firstMentor, firstMentorName);

            MentoringHomeScreen menteeHome = new MentoringHomeScreen(mentee);
            menteeHome.open();
            menteeHome.openEndForm(firstMentorName);
            assertThat(menteeHome.endButtonIsShown(firstMentorName)).as("the form can be sent").isTrue();
            menteeHome.pickInEndForm(firstMentorName, "I would like a different match");
            String rematchReason = "We never found a time that suits us both " + token + ".";
            menteeHome.writeEndReason(firstMentorName, rematchReason);
            menteeHome.pickInEndForm(firstMentorName, "4");
            menteeHome.writeEndFeedback(firstMentorName, "Kind and patient.");
            mentee.screenshot("mentee-end-form-1280-en");
            menteeHome.end(firstMentorName);
            assertThat(Screens.globalMessages(mentee))
                    .isEqualTo("The mentorship has ended. Your request is back with the coordinators for a new match.");
            assertThat(menteeHome.mentorshipClassesWith(firstMentorName)).contains("mentorship--ended");
            assertThat(menteeHome.mentorshipWith(firstMentorName)).contains("ended").doesNotContain("Open chat");
            assertThat(menteeHome.requestStatus()).startsWith("Waiting for the next matching round.");
            assertThat(menteeHome.offersAskForMentor()).as("the rematch request waits").isFalse();
            mentee.screenshot("mentee-rematch-asked-en");

            MentoringHomeScreen firstMentorHome = new MentoringHomeScreen(firstMentor);
            firstMentorHome.open();
            assertThat(firstMentorHome.mentorshipClassesWith(menteeName)).contains("mentorship--ended");
            assertThat(firstMentor.pageSource()).as("the reason is for coordinators only").doesNotContain(rematchReason);

            Screens.Registration.join(secondMentor, "second-mentor-" + token + "@example.org", "a long enough passphrase",
                    secondMentorName);
            new MentorRequestScreen(secondMentor).open();
            secondMentor.screenshot("mentee-request-390-en");
            new MentorApplicationScreen(secondMentor).open();
            secondMentor.screenshot("mentor-application-390-en");
            applyToMentor(secondMentor, "German", "Trauma and PTSD");
            approve(coordinator, secondMentorName);
            CoordinatorScreen coordination = new CoordinatorScreen(coordinator);
            coordination.open();
            coordination.runMatching();
            assertThat(coordination.overrideRefusal(menteeName, secondMentorName)).as("the engine's rules hold for overrides too")
                    .isEqualTo("That mentor is already proposed for this request.");
            startMentorship(coordinator, mentee, menteeName, secondMentor, secondMentorName);

            MentoringHomeScreen secondMentorHome = new MentoringHomeScreen(secondMentor);
            secondMentorHome.open();
            secondMentorHome.openEndFormByKeyboard(menteeName);
            assertThat(secondMentorHome.formWithFocusOnceSettled(id -> id.endsWith("endForm")))
                    .as("the keyboard lands in the form it opened").endsWith("endForm");
            String endReason = "Our goals are met and we said goodbye well " + token + ".";
            secondMentorHome.writeEndReason(menteeName, endReason);
            secondMentor.screenshot("mentor-end-form-390-en");
            assertThat(secondMentorHome.scrollsSideways()).as("no sideways scroll on a phone").isFalse();
            secondMentorHome.endByKeyboard(menteeName);
            assertThat(Screens.globalMessages(secondMentor)).isEqualTo("The mentorship has ended. Thank you for taking part.");
            assertThat(secondMentorHome.mentorshipClassesWith(menteeName)).contains("mentorship--ended");

            menteeHome.open();
            assertThat(menteeHome.mentorshipClassesWith(secondMentorName)).contains("mentorship--ended");
            assertThat(mentee.pageSource()).doesNotContain(endReason);
            assertThat(menteeHome.menteeStatus()).startsWith("Your mentorship with " + secondMentorName + " ended on ");
            assertThat(menteeHome.offersAskForMentor()).as("after the end, they may ask again").isTrue();
            mentee.screenshot("mentee-ended-en");

            coordination.open();
            assertThat(coordination.ending(firstMentorName, menteeName))
                    .contains("I would like a different match", "ended by " + menteeName, rematchReason);
            assertThat(coordination.ending(secondMentorName, menteeName))
                    .contains("It has run its course", "ended by " + secondMentorName, endReason);
            coordinator.screenshot("coordinator-endings-en");
        }
    }

    private static void applyToMentor(Browser member, String language, String area) {
        MentorApplicationScreen application = new MentorApplicationScreen(member);
        application.open();
        application.chooseArea(area);
        application.speakOnly(language);
        application.addFreeTime("Tue · evening (17–21)");
        application.writeBio("I lived through it for years and recovered slowly; I listen first and share what helped me.");
        application.agreeToGuidelines();
        application.send();
        member.screenshot("mentor-application-sent-" + language);
        assertThat(Screens.globalMessages(member)).startsWith("Thank you. Your application is with the coordinators");
    }

    private static void approve(Browser coordinator, String applicantName) {
        CoordinatorScreen coordination = new CoordinatorScreen(coordinator);
        coordination.open();
        coordination.approve(applicantName);
        assertThat(Screens.globalMessages(coordinator)).isEqualTo("Approved: they are now a peer mentor.");
    }

    private static void askForMentor(Browser member, String language, String need) {
        MentorRequestScreen request = new MentorRequestScreen(member);
        request.open();
        request.need(need);
        request.speakOnly(language);
        request.addFreeTime("Tue · evening (17–21)");
        request.sendAndReturnToMentoringPage();
    }

    /** The coordinator runs matching and publishes; the mentee chooses this mentor, who accepts. */
    private static void startMentorship(Browser coordinator, Browser mentee, String menteeName, Browser mentor, String mentorName) {
        CoordinatorScreen coordination = new CoordinatorScreen(coordinator);
        coordination.open();
        coordination.runMatching();
        assertThat(Screens.globalMessages(coordinator)).startsWith("Matched ");
        coordination.publish();
        assertThat(Screens.globalMessages(coordinator)).startsWith("Published:");
        MentoringHomeScreen menteeHome = new MentoringHomeScreen(mentee);
        menteeHome.open();
        menteeHome.chooseMentor(mentorName);
        assertThat(Screens.globalMessages(mentee)).isEqualTo("Thank you. We have asked the mentor you chose.");
        MentoringHomeScreen mentorHome = new MentoringHomeScreen(mentor);
        mentorHome.open();
        mentorHome.acceptOfferFrom(menteeName);
        assertThat(Screens.globalMessages(mentor)).isEqualTo("Accepted: your new mentorship has started.");
    }
}

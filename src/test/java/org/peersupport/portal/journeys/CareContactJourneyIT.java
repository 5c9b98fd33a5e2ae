package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A member gives a care contact (after a refused try that keeps what they typed), changes it and
 * withdraws it; a moderator finds it on the crisis alert and on the member's record, beside the
 * member's crisis alerts newest first; the pages fit a 390-px phone, with the waiting alert on the
 * first screen; and the audit log says in words what happened and to whom.
 */
@ExtendWith(BrowserExtension.class)
class CareContactJourneyIT {

    private static final String FITS = "return document.documentElement.scrollWidth <= window.innerWidth;";

    @Test
    void aMemberGivesAndWithdrawsACareContactAndAModeratorReadsItWithTheAlertHistory(Browser member) {
        String token = Screens.unique();
        Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
        Screens.Forum.startTopic(member, "anxiety", "Nights " + token, "How do you get through the nights?");
        Screens.Forum.reply(member, "I am going to kill myself tonight. " + token);

        CareContactScreen contact = new CareContactScreen(member);
        contact.openFromDashboard();
        assertThat(Screens.heading(member)).isEqualTo("Your care contact");
        assertThat(contact.state()).isEqualTo("You have not given a care contact.");
        contact.fill("", "my sister", "call me", "");
        contact.save();
        assertThat(contact.messageNextTo("name")).isEqualTo("Please give their name.");
        assertThat(contact.messageNextTo("phone")).startsWith("Please enter a phone number");
        assertThat(contact.messageNextTo("consent")).isEqualTo("Please agree to this, so that moderators may use the contact.");
        assertThat(contact.value("phone")).as("what they typed is kept").isEqualTo("call me");
        assertThat(contact.value("relationship")).isEqualTo("my sister");
        member.screenshot("care-contact-refused-en");

        contact.fill("Ana Ruiz", "my sister", "", "");
        contact.agree();
        contact.save();
        assertThat(contact.messageNextTo("phone")).isEqualTo("Give a phone number, an e-mail address or both.");
        contact.fill("Ana Ruiz", "my sister", "+44 7700 900123", "");
        contact.save();
        assertThat(Screens.globalMessages(member)).contains("Your care contact is saved.");
        assertThat(contact.state()).startsWith("You have given a care contact: Ana Ruiz.");
        member.screenshot("care-contact-given-en");

        try (Browser moderator = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "moderator@demo.test", "demo-pass-keeper");
            AlertsScreen phoneAlerts = new AlertsScreen(phone);
            phoneAlerts.open();
            phone.screenshot("care-alerts-390-en");
            assertThat(phone.evaluate(FITS)).as("the alerts fit 390 px").isEqualTo(Boolean.TRUE);
            assertThat(phoneAlerts.openAlertMentioningIsOnFirstScreen(token)).as("the waiting alert on the first screen").isTrue();

            Screens.signInAs(moderator, "moderator@demo.test", "demo-pass-keeper");
            AlertsScreen alerts = new AlertsScreen(moderator);
            alerts.open();
            moderator.screenshot("care-alerts-en");
            alerts.openAlertMentioningIt(token);
            AlertScreen alert = new AlertScreen(moderator);
            alert.waitForIt();
            assertThat(alert.careContact()).contains("Ana Ruiz", "my sister", "+44 7700 900123",
                    "For use only when you believe the member is at risk.");
            assertThat(alert.careContactLink()).isEqualTo("See the care contact");
            moderator.screenshot("care-alert-en");
            String alertPath = moderator.path();

            alert.openMemberRecord();
            MemberRecordScreen record = new MemberRecordScreen(moderator);
            assertThat(Screens.heading(moderator)).isEqualTo("Quiet Harbor");
            assertThat(record.careContact()).contains("Ana Ruiz", "my sister", "+44 7700 900123");
            assertThat(record.newestAlert()).as("newest first").contains("High", "Waiting for a moderator", "Not acknowledged yet");
            assertThat(record.alerts()).contains("Care team or clinic took over", "Handled by", "newest first");
            assertThat(record.alerts()).doesNotContain("No crisis alerts.");
            moderator.screenshot("care-member-record-en");
            String recordPath = moderator.path();

            phone.visit(recordPath);
            assertThat(phone.evaluate(FITS)).as("the record fits 390 px").isEqualTo(Boolean.TRUE);
            phone.screenshot("care-member-record-390-en");
            phone.visit(alertPath);
            assertThat(phone.evaluate(FITS)).as("the alert fits 390 px").isEqualTo(Boolean.TRUE);
            phone.screenshot("care-alert-390-en");

            // Handled to the end, so that no open alert is left for other journeys.
            record.openNewestAlert();
            alert.waitForIt();
            alert.acknowledge();
            alert.closeWithOutcome("MEMBER_SAFE");
            assertThat(alert.outcome()).contains("Reached the member; safe for now");

            contact.open();
            contact.fill("Ana Ruiz", "my sister and neighbour", "+44 7700 900123", "ana@example.org");
            contact.save();
            assertThat(Screens.globalMessages(member)).contains("Your care contact is saved.");
            contact.withdraw();
            assertThat(Screens.globalMessages(member)).contains("Your care contact is withdrawn and deleted.");
            assertThat(contact.state()).isEqualTo("You have not given a care contact.");
            assertThat(contact.offersWithdrawal()).isFalse();
            assertThat(contact.value("name")).isEmpty();

            moderator.visit(recordPath);
            assertThat(record.careContact()).contains("No care contact given.").doesNotContain("Ana Ruiz");
            assertThat(record.newestAlert()).contains("Reached the member; safe for now", "Handled by Calm Keeper");
        }

        try (Browser admin = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(admin, "admin@demo.test", "demo-pass-portal");
            AuditScreen audit = new AuditScreen(admin);
            audit.open();
            assertThat(audit.newestEntry()).contains("Quiet Harbor", "Withdrew their care contact", "Member");
            assertThat(audit.entries()).contains("Changed their care contact", "Gave a care contact", "Closed a crisis alert",
                    "Crisis alert").doesNotContain("???", "ACCOUNT", "CRISIS_ALERT");
            admin.screenshot("care-audit-en");
        }
    }

    @Test
    void theCareContactFormSpeaksSpanish() {
        try (Browser miembro = Browser.open(TestServers.portal().baseUrl(), "es")) {
            Screens.signInAs(miembro, "miembro@demo.test", "demo-pass-sereno");
            CareContactScreen contact = new CareContactScreen(miembro);
            contact.open();
            assertThat(Screens.heading(miembro)).isEqualTo("Tu contacto de confianza");
            contact.fill("", "", "", "no es un correo");
            contact.save();
            assertThat(contact.messageNextTo("name")).isEqualTo("Indica su nombre.");
            assertThat(contact.messageNextTo("relationship")).isEqualTo("Indica quién es para ti.");
            assertThat(contact.messageNextTo("email")).isEqualTo("Escribe un correo válido, como nombre@ejemplo.org.");
            assertThat(contact.value("email")).isEqualTo("no es un correo");
            miembro.screenshot("care-contact-refused-es");
        }
    }
}

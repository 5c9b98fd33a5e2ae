package org.peersupport.portal.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.Mailbox;

/** "Forgot your password?" from the sign-in page, the mail with the link, and the reset page it opens. */
final class PasswordResetScreen {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    private final Browser browser;

    PasswordResetScreen(Browser browser) {
        this.browser = browser;
    }

    /** From the sign-in page, by its link. */
    void openFromSignIn() {
        browser.visit("/login.xhtml");
        browser.submitAndWaitForPage(By.id("signin:forgotPassword"));
    }

    void ask(String email) {
        browser.type("forgot:email", email);
        browser.submitAndWaitForPage("forgot:submit");
    }

    /** What the page answers once asked (the same for every address). */
    String answer() {
        return browser.text(By.id("sent"));
    }

    String messageNextToEmail() {
        return Screens.messageNextTo(browser, "forgot:email");
    }

    void choose(String password, String repeated) {
        browser.type("reset:password", password);
        browser.type("reset:repeated", repeated);
        browser.click("reset:submit");
    }

    String messageNextTo(String field) {
        return Screens.messageNextTo(browser, "reset:" + field);
    }

    boolean offersTheForm() {
        return browser.isPresent(By.id("reset:password"));
    }

    /** Why the link cannot be used, when it cannot. */
    String refusal() {
        return browser.text(By.id("linkRefused"));
    }

    boolean offersToAskAgain() {
        return browser.isPresent(By.id("askAgain"));
    }

    /** The mails that have arrived for the address, waiting until there are {@code count} (the sender runs every ten seconds). */
    static List<Mailbox.Mail> awaitMails(String address, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Mailbox.Mail> mail = aboutThePassword(address);
        while (mail.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            mail = aboutThePassword(address);
        }
        return mail;
    }

    /** The address's mails but the one that confirmed it when the member joined. */
    private static List<Mailbox.Mail> aboutThePassword(String address) {
        return Mailbox.of(address).stream().filter(m -> !m.text().contains("/confirm-address.xhtml")).toList();
    }

    /** The reset link in a mail, as a path of the portal. */
    static String linkIn(Mailbox.Mail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("No reset link in: " + mail.text());
        }
        return matcher.group(1);
    }
}

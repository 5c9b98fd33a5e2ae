package org.peersupport.portal.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;

/** A mentorship's chat, /mentoring/chat.xhtml: the messages, the live part, and the compose box. */
final class ChatScreen {

    private static final By CHAT = By.id("chat");
    private static final By LIVE = By.id("chatLive");
    private static final By STATUS = By.id("chatStatus");
    private static final By UNREAD = By.id("chatUnread");
    private static final By SEEN = By.id("chatSeen");
    private static final By SEND = By.id("compose:send");
    private static final By TEXT = By.id("compose:text");
    private static final By LAST_THEIRS_BODY = By.cssSelector("#chatLive .chat-line--theirs .chat-line__body");
    private static final By LAST_MINE_SEEN = By.cssSelector("#chatLive .chat-line--mine:last-child .chat-seen");
    private static final By OWN_HELD = By.cssSelector("#chatLive .chat-line--mine.chat-line--held");
    private static final By LINES = By.cssSelector("#chat li.chat-line");
    private static final By LIVE_BODIES = By.cssSelector("#chatLive .chat-line__body");
    private static final By CHECK_IN = By.id("chatCheckIn");
    private static final String NOT_RELOADED = "window.chatJourneyNotReloaded";

    private final Browser browser;

    ChatScreen(Browser browser) {
        this.browser = browser;
    }

    void open(long mentorshipId) {
        browser.visit("/mentoring/chat.xhtml?id=" + mentorshipId);
    }

    /** Waits until the page says it is connected ("Live"). */
    void waitUntilLive() {
        browser.waitUntil(() -> browser.text(STATUS).equals("Live"));
    }

    String unreadMarker() {
        return browser.text(UNREAD);
    }

    /** The whole conversation as the page shows it. */
    String conversation() {
        return browser.text(CHAT);
    }

    /** What arrived or was sent since the page was loaded. */
    String live() {
        return browser.text(LIVE);
    }

    void waitUntilLiveShows(String text) {
        browser.waitUntil(() -> browser.text(LIVE).contains(text));
    }

    void send(String text) {
        browser.type("compose:text", text);
        browser.find(SEND).click();
    }

    void sendByEnter(String text) {
        browser.type("compose:text", text);
        browser.find(TEXT).sendKeys(Keys.ENTER);
    }

    /** Waits until the compose box is empty again (cleared once the server took the message). */
    void waitUntilComposeCleared() {
        browser.waitUntil(() -> browser.value("compose:text").isEmpty());
    }

    /** Waits until the other side's page has shown the last message and said so. */
    void waitUntilSeen() {
        browser.waitUntil(() -> browser.isPresent(SEEN));
    }

    String lastTheirsBody() {
        return browser.text(LAST_THEIRS_BODY);
    }

    String seenMarkOnLastOwn() {
        return browser.text(LAST_MINE_SEEN);
    }

    /** One's own message held for the support team, with what it says to its writer. */
    String ownHeldMessage() {
        return browser.text(OWN_HELD);
    }

    String ownHeldMessageHelpLink() {
        return browser.find(new ByChained(OWN_HELD, By.linkText("Get help now"))).getAttribute("href");
    }

    boolean showsCheckIn() {
        return browser.find(CHECK_IN).isDisplayed();
    }

    void waitUntilCheckInShows() {
        browser.waitUntil(this::showsCheckIn);
    }

    String checkIn() {
        return browser.text(CHECK_IN);
    }

    int lineCount() {
        return browser.all(LINES).size();
    }

    List<String> liveBodies() {
        return browser.all(LIVE_BODIES).stream().map(WebElement::getText).toList();
    }

    /** Marks the page, so that a later check can tell it was never reloaded. */
    void markPage() {
        browser.evaluate(NOT_RELOADED + " = true;");
    }

    boolean pageIsStillMarked() {
        return Boolean.TRUE.equals(browser.evaluate("return " + NOT_RELOADED + " === true;"));
    }

    /**
     * How the live messages are announced: the role and politeness of the region that holds the
     * live list, and the tag of the list itself ("log polite ol").
     */
    String liveRegion() {
        return String.valueOf(browser.evaluate("var list = document.getElementById('chatLive'); var region = list.closest('[aria-live]');"
                + " return (region.getAttribute('role') || '') + ' ' + region.getAttribute('aria-live') + ' ' + list.tagName.toLowerCase();"));
    }

    /** Elements that carry role="log" but are lists (a list's items then lose their list). */
    long listsWithLogRole() {
        return ((Number) browser.evaluate("return document.querySelectorAll('ol[role], ul[role]').length;")).longValue();
    }

    /** Whether the page is wider than the window (a sideways scroll on a phone). */
    boolean scrollsSideways() {
        return Boolean.TRUE.equals(browser.evaluate("return document.documentElement.scrollWidth > window.innerWidth;"));
    }
}

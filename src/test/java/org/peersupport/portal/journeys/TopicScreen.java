package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;

/** A topic's page: its posts, the reply box, and what moderators can do there. */
final class TopicScreen {

    private static final By STATUS_CHIP = By.cssSelector(".page-heading .status-chip");
    private static final By ANY_POST = By.cssSelector("article.post");
    private static final By POSTS_LEFT_OUT = By.cssSelector(".posts-left-out");
    private static final By ANONYMOUS_AUTHOR = By.cssSelector(".post__author--anonymous");
    private static final By REVEALED = By.cssSelector(".revealed");
    private static final By MODERATION_NOTE = By.cssSelector(".post__moderation");
    private static final By MODERATION_CRISIS_LINK = By.cssSelector(".post__moderation a[href$='/crisis.xhtml']");
    private static final By SLOW_NOTICE = By.cssSelector("#slowNotice .notice");
    private static final By POST_BODY = By.cssSelector(".post__body");
    private static final By WARNING_DETAILS = By.cssSelector("details.cw");
    private static final By SUMMARY = By.tagName("summary");
    private static final By HELPER_NOTE = By.id("helperNote");
    private static final By CHECK_IN = By.id("lookSoonCheckIn");
    private static final By POSTS = By.id("posts");
    private static final By SCRIPT_LINKS = By.cssSelector(".post__body a[href^='javascript'], .post__body a[href^='JaVa']");

    private final Browser browser;

    TopicScreen(Browser browser) {
        this.browser = browser;
    }

    /** The chip next to the title ("Waiting for a moderator"), or absent once published. */
    String statusChip() {
        return browser.text(STATUS_CHIP);
    }

    boolean hasStatusChip() {
        return browser.isPresent(STATUS_CHIP);
    }

    String lastPost() {
        return browser.text(Screens.Forum.lastPost());
    }

    boolean hasPostContaining(String text) {
        return browser.isPresent(Screens.Forum.postContaining(text));
    }

    /** Links in posts' bodies that would run script. */
    int scriptLinkCount() {
        return browser.all(SCRIPT_LINKS).size();
    }

    boolean showsAnyPost() {
        return browser.isPresent(ANY_POST);
    }

    String postsLeftOut() {
        return browser.text(POSTS_LEFT_OUT);
    }

    private static By lastPostSupportButton() {
        return new ByChained(Screens.Forum.lastPost(), By.cssSelector("button[data-support-post]"));
    }

    /** The last post's support button as read: "Support · 2". */
    String lastPostSupport() {
        return browser.text(lastPostSupportButton());
    }

    /** The same, once the button says what is expected (an Ajax answer re-renders it), or as it is then. */
    String lastPostSupportOnceItSays(String expected) {
        try {
            browser.waitUntil(() -> expected.equals(lastPostSupport()));
        } catch (org.openqa.selenium.TimeoutException stillOther) {
            // the caller's assertion shows what it says instead
        }
        return lastPostSupport();
    }

    boolean lastPostSupportPressed() {
        return "true".equals(browser.find(lastPostSupportButton()).getDomAttribute("aria-pressed"));
    }

    boolean lastPostSupportEnabled() {
        return browser.find(lastPostSupportButton()).isEnabled();
    }

    /** Moves the focus to the last post's support button and presses Enter, as a keyboard user does. */
    void supportLastPostFromKeyboard() {
        browser.evaluate("var b = document.querySelectorAll('article.post button[data-support-post]');"
                + " b[b.length - 1].focus();");
        browser.press(org.openqa.selenium.Keys.ENTER);
    }

    /** Whether the focus is (back) on the last post's support button once the page settles. */
    boolean focusIsOnLastPostSupport() {
        String probe = "var b = document.querySelectorAll('article.post button[data-support-post]');"
                + " return document.activeElement === b[b.length - 1];";
        return "true".equals(browser.focusOnceSettled(probe, "true"::equals));
    }

    void flagLastPost(String reasonLabel, String note) {
        Screens.Forum.flag(browser, Screens.Forum.lastPost(), reasonLabel, note);
    }

    /** The moderators' note on a taken-down or held post, as its author sees it. */
    String moderationNote() {
        return browser.text(MODERATION_NOTE);
    }

    boolean moderationNoteLinksToCrisisPage() {
        return browser.isPresent(MODERATION_CRISIS_LINK);
    }

    boolean lastPostLinksToCrisisPage() {
        return browser.isPresent(new ByChained(Screens.Forum.lastPost(), MODERATION_CRISIS_LINK));
    }

    /** Whether the post under the given content-warning label starts open. */
    boolean warnedPostIsOpen(String warningLabel) {
        return !"false".equals(browser.find(new ByChained(Screens.Forum.postContaining(warningLabel), WARNING_DETAILS))
                .getDomProperty("open"));
    }

    boolean warnedPostBodyIsShown(String warningLabel) {
        return browser.find(new ByChained(Screens.Forum.postContaining(warningLabel), POST_BODY)).isDisplayed();
    }

    void openWarnedPost(String warningLabel) {
        browser.click(new ByChained(Screens.Forum.postContaining(warningLabel), SUMMARY));
    }

    String warnedPostBody(String warningLabel) {
        return browser.text(new ByChained(Screens.Forum.postContaining(warningLabel), POST_BODY));
    }

    String anonymousAuthor() {
        return browser.text(ANONYMOUS_AUTHOR);
    }

    void revealLastPostAuthor() {
        browser.click(revealControl());
    }

    boolean offersReveal() {
        return browser.isPresent(revealControl());
    }

    private static By revealControl() {
        return Screens.Forum.inPost(Screens.Forum.lastPost(), "reveal");
    }

    /** The author's name as the moderator revealed it, in brackets. */
    String revealedAuthor() {
        return browser.text(REVEALED);
    }

    void turnOnSlowMode(String minutes) {
        browser.type("slow:minutes_input", minutes);
        browser.click("slow:slowOn");
    }

    String slowModeNotice() {
        return browser.text(SLOW_NOTICE);
    }

    void reply(String text) {
        Screens.Forum.reply(browser, text);
    }

    /** Types a reply without sending it. */
    void writeReply(String text) {
        browser.type("reply:body", text);
    }

    void sendReply() {
        browser.click("reply:send");
    }

    /** All posts on the page. */
    String posts() {
        return browser.text(POSTS);
    }

    void waitForPostContaining(String text) {
        browser.waitUntil(() -> hasPostContaining(text));
    }

    /** Replies and waits for the page the reply leads to (a held reply in crisis leads elsewhere). */
    void replyAndWaitForPage(String text) {
        browser.type("reply:body", text).submitAndWaitForPage("reply:send");
    }

    /** The note for someone asking how to help another person. */
    String helperNote() {
        return browser.text(HELPER_NOTE);
    }

    String helperNoteRole() {
        return browser.find(HELPER_NOTE).getDomAttribute("role");
    }

    /** Waits for the calm check-in shown after a published post that says the writer is struggling. */
    void waitForCheckIn() {
        browser.find(CHECK_IN);
    }

    boolean showsCheckIn() {
        return browser.isPresent(CHECK_IN);
    }

    String checkIn() {
        return browser.text(CHECK_IN);
    }

    String checkInRole() {
        return browser.find(CHECK_IN).getDomAttribute("role");
    }

    String checkInHelpLink() {
        return browser.find(new ByChained(CHECK_IN, By.linkText("Find help now"))).getDomAttribute("href");
    }

    void scrollToCheckIn() {
        browser.evaluate("document.getElementById('lookSoonCheckIn').scrollIntoView();");
    }

    String messageNextToReply() {
        return Screens.messageNextTo(browser, "reply:body");
    }

    /** Posts that can take the focus from a script (tabindex="-1"): only a reply just written. */
    long focusablePosts() {
        return ((Number) browser.evaluate("return document.querySelectorAll('article.post[tabindex]').length;")).longValue();
    }

    String replyBoxText() {
        return browser.value("reply:body");
    }
}

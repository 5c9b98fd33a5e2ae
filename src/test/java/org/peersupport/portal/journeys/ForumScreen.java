package org.peersupport.portal.journeys;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;

/** The forums as a member finds them: a forum's topics, starting a topic, the index, search and preferences. */
final class ForumScreen {

    private static final By SEARCH_HIT = By.cssSelector(".search-hit");
    private static final By SUMMARY = By.tagName("summary");
    private static final By EXCERPT = By.cssSelector(".search-hit__excerpt");

    private final Browser browser;

    ForumScreen(Browser browser) {
        this.browser = browser;
    }

    void open(String slug) {
        Screens.Forum.open(browser, slug);
    }

    void openTopic(String title) {
        browser.click(By.linkText(title));
    }

    /** Starts a topic under a content warning (by its value, e.g. SELF_HARM) and waits for its page. */
    void startTopicWithWarning(String title, String body, String warning) {
        Screens.Forum.openNewTopicForm(browser);
        browser.type("newTopic:title", title).type("newTopic:body", body);
        browser.choose("newTopic:warning", warning);
        browser.submitAndWaitForPage("newTopic:start");
    }

    void startAnonymousTopic(String title, String body) {
        Screens.Forum.openNewTopicForm(browser);
        browser.type("newTopic:title", title).type("newTopic:body", body);
        browser.tick("newTopic:anonymous");
        Screens.Forum.submitTopic(browser);
    }

    /** The titles of the topics listed on this page of the forum, in order. */
    java.util.List<String> topicTitles() {
        return browser.all(By.cssSelector("#topics a.topic-title")).stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    boolean offersOlderTopics() {
        return browser.isPresent(By.id("olderTopics"));
    }

    boolean offersNewerTopics() {
        return browser.isPresent(By.id("newerTopics"));
    }

    void openOlderTopics() {
        browser.submitAndWaitForPage(By.id("olderTopics"));
    }

    void openNewerTopics() {
        browser.submitAndWaitForPage(By.id("newerTopics"));
    }

    /** Opens the first topic listed in the forum by its title. */
    void openFirstTopic() {
        browser.click(By.cssSelector("a.topic-title"));
    }

    /** Follows the first link on the page that leads to a topic. */
    void followFirstLinkToATopic() {
        browser.click(By.cssSelector("a[href*='topic.xhtml']"));
    }

    void openIndex() {
        browser.visit("/forum/index.xhtml");
    }

    /** Whether the index links a group by its name (a private group is listed, not linked). */
    boolean indexLinksTo(String name) {
        return browser.isPresent(By.linkText(name));
    }

    void askToJoin(String groupName) {
        browser.click(By.xpath("//li[.//*[normalize-space()='" + groupName + "']]//button[normalize-space()='Ask to join']"));
    }

    void acceptInvitation(String groupName) {
        browser.click(groupButton(groupName, "Accept invitation"));
    }

    /** Presses "Leave" on a private group in the index (which asks first). */
    void leaveGroup(String groupName) {
        browser.click(groupButton(groupName, "Leave"));
    }

    private static By groupButton(String groupName, String label) {
        return By.xpath("//li[.//*[normalize-space()='" + groupName + "']]//button[normalize-space()='" + label + "']");
    }

    /** On a private group's page (staff), presses "Remove" next to a member (which asks first). */
    void removeFromGroup(String displayName) {
        browser.click(By.xpath("//ul[contains(@class,'member-list')]/li[span[1][normalize-space()='" + displayName
                + "']]//button[normalize-space()='Remove']"));
    }

    /** On a private group's page (staff), whether a person is listed among its people. */
    boolean groupLists(String displayName) {
        return browser.isPresent(By.xpath("//ul[contains(@class,'member-list')]/li[span[1][normalize-space()='" + displayName + "']]"));
    }

    void search(String words) {
        browser.visit("/forum/search.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    /** The words in the search box. */
    String searchWords() {
        return browser.value("q");
    }

    /** On a private group's page, invites a member by their display name. */
    void inviteToGroup(String displayName) {
        browser.type("members:invitee", displayName);
        browser.click("members:invite");
    }

    String messageNextToInvitation() {
        return Screens.messageNextTo(browser, "members:invitee");
    }

    boolean hasSearchHits() {
        return browser.isPresent(SEARCH_HIT);
    }

    String searchHitWarning(String title) {
        return browser.text(new ByChained(searchHit(title), SUMMARY));
    }

    boolean searchHitExcerptIsShown(String title) {
        return browser.find(new ByChained(searchHit(title), EXCERPT)).isDisplayed();
    }

    private static By searchHit(String title) {
        return By.xpath("//li[contains(@class,'search-hit')][.//a[normalize-space()='" + title + "']]");
    }

    /** How far the page is wider than the window, in CSS pixels (0 when nothing scrolls sideways). */
    long sidewaysScroll() {
        return ((Number) browser.evaluate("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);"))
                .longValue();
    }

    long windowWidth() {
        return ((Number) browser.evaluate("return window.innerWidth;")).longValue();
    }

    void scrollToBottom() {
        browser.evaluate("window.scrollTo(0, document.documentElement.scrollHeight);");
    }

    /** On the preferences page, ticks or unticks hiding posts under one content warning, and saves. */
    void toggleHiddenWarning(String warningLabel) {
        browser.visit("/forum/preferences.xhtml");
        browser.click(By.xpath("//label[normalize-space()='" + warningLabel + "']"));
        browser.click("preferences:save");
    }
}

package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/**
 * Curricula for facilitators: the list (/facilitation/curricula.xhtml), the editor of a draft
 * (/facilitation/curriculum.xhtml) and a published version (/facilitation/version.xhtml).
 */
final class CurriculumScreen {

    private static final By PUBLISHED = By.id("published");
    private static final By PUBLISH = By.id("publishing:publish");
    private static final By VERSIONS = By.id("versions");
    private static final By VERSION_NUMBER = By.id("versionNumber");
    private static final By HANDOUTS = By.id("handoutsPdf");
    private static final By SESSIONS = By.cssSelector("ol.session-list > li");
    private static final By SESSION_TITLE = By.cssSelector(".session__title");
    private static final By SECOND_SESSION = By.xpath("(//ol[contains(@class,'session-list')]/li)[2]");
    private static final By SECOND_SESSION_MOVE_UP = By.xpath("(//ol[contains(@class,'session-list')]/li)[2]//button[@title='Move up']");
    private static final By SECOND_SESSION_BOLD = By.xpath("(//ol[contains(@class,'session-list')]/li)[2]//strong");

    private final Browser browser;

    CurriculumScreen(Browser browser) {
        this.browser = browser;
    }

    /** Opens the list through the navigation, as a person would. */
    void openFromNavigation() {
        browser.click(By.linkText("Facilitation"));
    }

    void openList() {
        browser.visit("/facilitation/curricula.xhtml");
    }

    /** The published curricula on the list. */
    String published() {
        return browser.text(PUBLISHED);
    }

    void openPublished(String title) {
        browser.click(By.xpath("//section[@id='published']//a[normalize-space()='" + title + "']"));
    }

    /** Starts a draft from the curricula page; leaves the browser on the draft. */
    void create(String title, String audience) {
        openList();
        browser.type("create:title", title);
        browser.type("create:audience", audience);
        browser.submitAndWaitForPage("create:createButton");
    }

    /** Fills in a session, saves it and checks the page says it was added. */
    void addSession(String title, String topic, String psychoeducation, String homework) {
        browser.type("session:sessionTitle", title);
        browser.type("session:sessionTopic", topic);
        browser.type("session:psychoeducation", psychoeducation);
        browser.type("session:homework", homework);
        saveSession();
        assertThat(Screens.globalMessages(browser)).contains("Session “" + title + "” added.");
    }

    void writeSessionTopic(String topic) {
        browser.type("session:sessionTopic", topic);
    }

    void saveSession() {
        browser.submitAndWaitForPage("session:saveSession");
    }

    String sessionTopic() {
        return browser.value("session:sessionTopic");
    }

    String messageNextToSessionTitle() {
        return Screens.messageNextTo(browser, "session:sessionTitle");
    }

    String messageNextToPsychoeducation() {
        return Screens.messageNextTo(browser, "session:psychoeducation");
    }

    void scrollToSessionForm() {
        browser.evaluate("document.getElementById('session').scrollIntoView();");
    }

    void scrollToSessions() {
        browser.evaluate("document.getElementById('sessionsCard').scrollIntoView();");
    }

    List<String> sessionTitles() {
        return browser.all(SESSIONS).stream().map(li -> li.findElement(SESSION_TITLE).getText()).toList();
    }

    void moveSecondSessionUp() {
        browser.submitAndWaitForPage(browser.find(SECOND_SESSION_MOVE_UP).getAttribute("id"));
    }

    String secondSession() {
        return browser.text(SECOND_SESSION);
    }

    /** The text the second session's Markdown shows in bold. */
    String secondSessionBold() {
        return browser.find(SECOND_SESSION_BOLD).getText();
    }

    boolean mayPublish() {
        return browser.find(PUBLISH).isEnabled();
    }

    void publish() {
        browser.submitAndWaitForPage("publishing:publish");
    }

    String versions() {
        return browser.text(VERSIONS);
    }

    void openVersion(String label) {
        browser.click(By.linkText(label));
    }

    String versionNumber() {
        return browser.text(VERSION_NUMBER);
    }

    /** The address of the version's handouts (every session in one PDF). */
    String handoutsLink() {
        return browser.find(HANDOUTS).getDomProperty("href");
    }

    /**
     * Shows the page as it prints: the print stylesheet applied to the screen. Returns what print
     * keeps of the page: "header, navigation, footer, buttons shown: n; sessions starting a new page: m of k".
     */
    String asPrinted() {
        return String.valueOf(browser.evaluate("var print = document.querySelector('link[rel=stylesheet][media=print]');"
                + " if (!print) return 'no print stylesheet';"
                + " print.media = 'all';"
                + " var shown = function (e) { return e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0; };"
                + " var chrome = ['.site-header', '.site-footer', '.breadcrumbs', '#handouts', '#actions']"
                + "   .map(function (s) { return document.querySelector(s); }).filter(shown).length"
                + "   + Array.from(document.querySelectorAll('button, .ui-button')).filter(shown).length;"
                + " var sessions = Array.from(document.querySelectorAll('ol.session-list > li'));"
                + " var breaking = sessions.filter(function (li) { return getComputedStyle(li).breakBefore === 'page'; }).length;"
                + " return 'header, navigation, footer, buttons shown: ' + chrome + '; sessions starting a new page: ' + breaking"
                + "   + ' of ' + sessions.length;"));
    }
}

package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;

/** The attendance sheet, /facilitation/attendance.xhtml: per member a radio group of four marks, named by the member. */
final class AttendanceScreen {

    private static final By COUNT = By.cssSelector(".attendance__count");

    static final CharSequence SPACE = Keys.SPACE;
    static final CharSequence TAB = Keys.TAB;
    static final CharSequence SHIFT_TAB = Keys.chord(Keys.SHIFT, Keys.TAB);
    static final CharSequence RIGHT = Keys.ARROW_RIGHT;

    private final Browser browser;

    AttendanceScreen(Browser browser) {
        this.browser = browser;
    }

    void open(String cohortId) {
        browser.visit("/facilitation/attendance.xhtml?cohort=" + cohortId);
    }

    /** "n of m marked". */
    String count() {
        return browser.text(COUNT);
    }

    /** Marks a member (e.g. "Present") by clicking the mark's label, and waits until the row says it is saved. */
    void mark(String name, String label) {
        browser.click(markLabel(name, label));
        browser.waitUntil(() -> browser.isPresent(saved(name)));
    }

    String savedNote(String name) {
        return browser.text(saved(name));
    }

    /** Whether the member's radio for this mark is the checked one. */
    boolean isMarked(String name, String label) {
        return browser.find(radio(name, label)).isSelected();
    }

    /** The member's radio group: its fieldset's accessible name (the legend) and the labels of its radios. */
    String group(String name) {
        return browser.text(By.xpath(row(name)));
    }

    /** Puts the keyboard focus on the first radio of the first member, as Tab would from the button before it. */
    void focusFirstMember() {
        browser.evaluate("document.querySelector('.attendance__marks input[type=radio]').focus();");
    }

    /** Presses keys where the focus is, as a person at a keyboard; when a mark changes, waits until it is saved. */
    void press(CharSequence... keys) {
        browser.find(By.cssSelector(":focus")).sendKeys(keys);
        browser.settle();
    }

    /** Presses keys that mark the focused member, and waits until that row says it is saved. */
    void pressToMark(String name, CharSequence... keys) {
        press(keys);
        browser.waitUntil(() -> browser.isPresent(saved(name)));
    }

    void previousSession() {
        browser.click(By.id("previous"));
    }

    /** Where the keyboard focus is: "member name / mark label", or the focused element's tag. */
    String focused() {
        return String.valueOf(browser.evaluate("var e = document.activeElement;"
                + " if (!e || e.type !== 'radio') return e ? e.tagName : '';"
                + " return e.closest('fieldset').querySelector('legend').textContent.trim() + ' / '"
                + " + document.querySelector('label[for=\"' + CSS.escape(e.id) + '\"]').textContent.trim();"));
    }

    /** Ids used more than once on the page (the W3C validator's duplicate-id error). */
    String duplicateIds() {
        return String.valueOf(browser.evaluate("var seen = {}, twice = [];"
                + " document.querySelectorAll('[id]').forEach(function (e) { if (seen[e.id]) twice.push(e.id); seen[e.id] = true; });"
                + " return twice.join(' ');"));
    }

    private static String row(String name) {
        return "//li[contains(@class,'attendance__row')][.//legend[normalize-space()='" + name + "']]";
    }

    private static By markLabel(String name, String label) {
        return By.xpath(row(name) + "//label[normalize-space()='" + label + "']");
    }

    private static By radio(String name, String label) {
        return By.xpath(row(name) + "//input[@type='radio'][@id=" + row(name) + "//label[normalize-space()='" + label + "']/@for]");
    }

    private static By saved(String name) {
        return By.xpath(row(name) + "//span[contains(@class,'is-saved')]");
    }
}

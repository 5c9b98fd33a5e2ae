package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;

/** The "are you sure?" dialog (PrimeFaces' global p:confirmDialog) that a one-click action opens before it acts. */
final class ConfirmDialog {

    private static final By DIALOG = By.cssSelector(".ui-confirm-dialog");
    private static final By TITLE = By.cssSelector(".ui-confirm-dialog .ui-dialog-title");
    private static final By MESSAGE = By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message");
    private static final By YES = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");
    private static final By NO = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no");
    private static final String FOCUS = "var d = document.activeElement.closest('.ui-confirm-dialog');"
            + " return d ? 'dialog:' + document.activeElement.textContent.trim() : 'outside:' + document.activeElement.tagName;";

    private ConfirmDialog() {}

    static boolean isOpen(Browser browser) {
        return browser.isPresent(DIALOG) && browser.find(DIALOG).isDisplayed();
    }

    static void waitUntilOpen(Browser browser) {
        browser.waitUntil(() -> isOpen(browser));
    }

    static void waitUntilClosed(Browser browser) {
        browser.waitUntil(() -> !isOpen(browser));
    }

    /** The title and the question, as read out ("Remove a role? Remove the Moderator role from …?"). */
    static String text(Browser browser) {
        waitUntilOpen(browser);
        return browser.text(TITLE) + " " + browser.text(MESSAGE);
    }

    /** The dialog's accessible name: the text of the element its aria-labelledby points at. */
    static String accessibleName(Browser browser) {
        waitUntilOpen(browser);
        return String.valueOf(browser.evaluate("var d = document.querySelector('.ui-confirm-dialog');"
                + " var l = d.getAttribute('aria-labelledby'); return d.getAttribute('role') + ': '"
                + " + (l && document.getElementById(l) ? document.getElementById(l).textContent.trim() : '');"));
    }

    /** Where the keyboard focus is once the dialog has opened: "dialog:Cancel", or "outside:BODY". */
    static String focus(Browser browser) {
        waitUntilOpen(browser);
        return browser.focusOnceSettled(FOCUS, where -> where.startsWith("dialog:"));
    }

    static String yesLabel(Browser browser) {
        waitUntilOpen(browser);
        return browser.text(YES);
    }

    static void confirm(Browser browser) {
        waitUntilOpen(browser);
        browser.click(YES);
        waitUntilClosed(browser);
    }

    static void cancel(Browser browser) {
        waitUntilOpen(browser);
        browser.click(NO);
        waitUntilClosed(browser);
    }

    /** Keyboard only: Escape closes the dialog without acting. */
    static void cancelByEscape(Browser browser) {
        focus(browser);
        browser.find(By.cssSelector(".ui-confirm-dialog :focus")).sendKeys(Keys.ESCAPE);
        waitUntilClosed(browser);
    }

    /** Keyboard only: from the first button (Cancel), Tab to the action and press Enter. */
    static void confirmByKeyboard(Browser browser) {
        String yes = "dialog:" + yesLabel(browser);
        String where = browser.focusOnceSettled(FOCUS, focused -> focused.equals("dialog:" + browser.text(NO)));
        for (int tabs = 0; tabs < 3 && !where.equals(yes); tabs++) {
            browser.find(By.cssSelector(":focus")).sendKeys(Keys.TAB);
            where = browser.focusOnceSettled(FOCUS, yes::equals);
        }
        if (!where.equals(yes)) {
            throw new AssertionError("Tab never reached the dialog's action; the focus is at " + where);
        }
        browser.find(By.cssSelector(".ui-confirm-dialog :focus")).sendKeys(Keys.ENTER);
        browser.settle();
        waitUntilClosed(browser);
    }
}

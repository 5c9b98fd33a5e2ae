package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;

/** The "are you sure?" dialog (PrimeFaces' global confirm dialog) that asks before what cannot be undone. */
final class ConfirmScreen {

    private static final By DIALOG = By.cssSelector(".ui-confirm-dialog[role='alertdialog']");
    private static final By MESSAGE = By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message");
    private static final By YES = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");
    private static final By NO = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no");

    private final Browser browser;

    ConfirmScreen(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the dialog to be shown. */
    void waitUntilOpen() {
        browser.waitUntil(this::isOpen);
    }

    boolean isOpen() {
        return browser.isPresent(DIALOG) && browser.find(DIALOG).isDisplayed();
    }

    String message() {
        return browser.text(MESSAGE);
    }

    /** The dialog's accessible name: the text of what its aria-labelledby points at. */
    String accessibleName() {
        return String.valueOf(browser.evaluate("var d = document.querySelector(\".ui-confirm-dialog[role='alertdialog']\");"
                + " var l = d && document.getElementById(d.getAttribute('aria-labelledby'));"
                + " return l ? l.textContent.trim() : (d ? (d.getAttribute('aria-label') || '') : '');"));
    }

    /** Whether the keyboard focus is inside the dialog (it is modal: the focus must not stay behind it). */
    boolean hasTheFocus() {
        return Boolean.TRUE.equals(browser.evaluate("var d = document.querySelector(\".ui-confirm-dialog[role='alertdialog']\");"
                + " return !!d && d.contains(document.activeElement);"));
    }

    /** The label of the button that has the focus. */
    String focusedButton() {
        return String.valueOf(browser.evaluate("return document.activeElement.innerText.trim();"));
    }

    String yesLabel() {
        return browser.text(YES);
    }

    String noLabel() {
        return browser.text(NO);
    }

    /** Enter on the focused button (the safe one, Cancel, has the focus when the dialog opens). */
    void pressEnter() {
        browser.press(Keys.ENTER);
        browser.settle();
    }

    void pressEscape() {
        browser.press(Keys.ESCAPE);
        browser.settle();
    }

    void confirm() {
        browser.click(YES);
        browser.waitUntil(() -> !isOpen());
    }

    void cancel() {
        browser.click(NO);
        browser.waitUntil(() -> !isOpen());
    }

    /** Confirms an action that is a full-page submit (a non-Ajax button), and waits for the next page. */
    void confirmAndWaitForPage() {
        browser.submitAndWaitForPage(YES);
    }
}

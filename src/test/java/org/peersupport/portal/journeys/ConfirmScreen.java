package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;

/** The "are you sure?" dialog (PrimeFaces' global confirm dialog) that asks before what cannot be undone. */
final class ConfirmScreen {

    private static final By DIALOG = By.cssSelector(".ui-confirm-dialog[role='alertdialog']");
    private static final By TITLE = By.cssSelector(".ui-confirm-dialog .ui-dialog-title");
    private static final By MESSAGE = By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message");
    private static final By YES = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");
    private static final By NO = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no");

    private static final String FOCUS = "var d = document.activeElement.closest('.ui-confirm-dialog');"
            + " return d ? 'dialog:' + document.activeElement.textContent.trim() : 'outside:' + document.activeElement.tagName;";

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
        waitUntilOpen();
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
        waitUntilOpen();
        browser.click(YES);
        browser.waitUntil(() -> !isOpen());
    }

    void cancel() {
        waitUntilOpen();
        browser.click(NO);
        browser.waitUntil(() -> !isOpen());
        waitForFocusBack();
    }

    /**
     * Waits until the closed dialog has given the focus back to what opened it. PrimeFaces does
     * that a moment after hiding; under load it can land after the next keystroke has opened the
     * dialog again, pulling the focus out of it (the cause of "Tab never reached the dialog's action").
     */
    void waitForFocusBack() {
        browser.focusOnceSettled(FOCUS, where -> where.startsWith("outside:") && !where.equals("outside:BODY"));
    }

    /** Confirms an action that is a full-page submit (a non-Ajax button), and waits for the next page. */
    void confirmAndWaitForPage() {
        browser.submitAndWaitForPage(YES);
    }

    void waitUntilClosed() {
        browser.waitUntil(() -> !isOpen());
    }

    /** The title and the question, as read out ("Remove a role? Remove the Moderator role from …?"). */
    String text() {
        waitUntilOpen();
        return browser.text(TITLE) + " " + browser.text(MESSAGE);
    }

    /** The dialog's role and accessible name, as a screen reader announces them ("alertdialog: Grant a role?"). */
    String roleAndName() {
        waitUntilOpen();
        return String.valueOf(browser.evaluate("var d = document.querySelector('.ui-confirm-dialog');"
                + " var l = d.getAttribute('aria-labelledby'); return d.getAttribute('role') + ': '"
                + " + (l && document.getElementById(l) ? document.getElementById(l).textContent.trim() : '');"));
    }

    /** Where the keyboard focus is once the dialog has opened: "dialog:Cancel", or "outside:BODY". */
    String focus() {
        waitUntilOpen();
        return browser.focusOnceSettled(FOCUS, where -> where.startsWith("dialog:"));
    }

    /** Keyboard only: Escape closes the dialog without acting. */
    void cancelByEscape() {
        focus();
        browser.find(By.cssSelector(".ui-confirm-dialog :focus")).sendKeys(Keys.ESCAPE);
        waitUntilClosed();
        waitForFocusBack();
    }

    /** Keyboard only: from the first button (Cancel), Tab to the action and press Enter. */
    void confirmByKeyboard() {
        String yes = "dialog:" + yesLabel();
        String where = browser.focusOnceSettled(FOCUS, focused -> focused.equals("dialog:" + browser.text(NO)));
        java.util.List<String> trail = new java.util.ArrayList<>(java.util.List.of(where));
        for (int tabs = 0; tabs < 3 && !where.equals(yes); tabs++) {
            browser.find(By.cssSelector(":focus")).sendKeys(Keys.TAB);
            where = browser.focusOnceSettled(FOCUS, yes::equals);
            trail.add(where);
        }
        if (!where.equals(yes)) {
            // The whole path, and whether the dialog was still open, tell a focus trap that leaks from one that never got the focus.
            throw new AssertionError("Tab never reached the dialog's action; the focus went " + trail + ", the dialog "
                    + (isOpen() ? "open" : "closed"));
        }
        browser.find(By.cssSelector(".ui-confirm-dialog :focus")).sendKeys(Keys.ENTER);
        browser.settle();
        waitUntilClosed();
    }
}

package org.peersupport.portal.journeys;

import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;

/**
 * The portal as a keyboard-only person meets it: Tab moves the focus, Enter follows or presses what
 * has it, typing goes where the focus is. Nothing is clicked. What has the focus is read from the page.
 */
final class KeyboardScreen {

    /** What the focused element is: its id, tag, role, type and (shortened) text, as "id|tag|role|type|text". */
    private static final String FOCUSED = "var e = document.activeElement;"
            + " return [e.id || '', e.tagName.toLowerCase(), e.getAttribute('role') || '', e.getAttribute('type') || '',"
            + " (e.innerText || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 200)].join('|');";

    /** The focus, as a person would describe it. */
    record Focus(String id, String tag, String role, String type, String text) {
        static Focus of(String probe) {
            String[] parts = probe.split("\\|", 5);
            return new Focus(parts[0], parts[1], parts[2], parts[3], parts.length > 4 ? parts[4] : "");
        }

        boolean isLink(String words) {
            return "a".equals(tag) && text.equals(words);
        }

        boolean isButton(String words) {
            return ("button".equals(tag) || "button".equals(role)) && text.equals(words);
        }

        boolean isField(String clientId) {
            return id.equals(clientId);
        }
    }

    private final Browser browser;
    private int tabs;

    KeyboardScreen(Browser browser) {
        this.browser = browser;
    }

    Focus focus() {
        return Focus.of(String.valueOf(browser.evaluate(FOCUSED)));
    }

    /** Presses Tab until the focus is where the person wants it; fails after {@code limit} presses. */
    int tabTo(Predicate<Focus> wanted, int limit) {
        int pressed = 0;
        while (!wanted.test(focus())) {
            if (pressed == limit) {
                throw new AssertionError("Not reached after " + limit + " Tab presses; the focus is on " + focus());
            }
            browser.press(Keys.TAB);
            pressed++;
        }
        tabs += pressed;
        return pressed;
    }

    int tabToLink(String words) {
        return tabTo(f -> f.isLink(words), 80);
    }

    int tabToButton(String words) {
        return tabTo(f -> f.isButton(words), 80);
    }

    int tabToField(String clientId) {
        return tabTo(f -> f.isField(clientId), 80);
    }

    /** Tab presses counted since the count was last reset. */
    int tabsPressed() {
        return tabs;
    }

    void resetCount() {
        tabs = 0;
    }

    void type(String text) {
        browser.press(text);
    }

    /** Enter on a link or plain submit: waits for the next page. */
    void enterAndWaitForPage() {
        browser.pressAndWaitForPage(Keys.ENTER);
    }

    /** Enter on something that stays on the page (an Ajax button, an in-page link). */
    void enter() {
        browser.press(Keys.ENTER);
        browser.settle();
    }

    void escape() {
        browser.press(Keys.ESCAPE);
        browser.settle();
    }

    /** The focus once it has come to rest where expected (Ajax answers move it a moment later), or wherever it is. */
    Focus focusOnceSettled(Predicate<Focus> expected) {
        return Focus.of(browser.focusOnceSettled(FOCUSED, probe -> expected.test(Focus.of(probe))));
    }
}

package org.peersupport.portal.journeys;

import org.peersupport.portal.testsupport.Browser;

/** What a page does on a phone's narrow screen. */
final class Phone {

    private Phone() {}

    /** The page's width and the window's ("390 of 390"): wider than the window, a phone scrolls sideways. */
    static String widths(Browser browser) {
        return String.valueOf(browser.evaluate("var over = Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && e.children.length === 0)"
                + ".slice(0, 3).map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));"
                + " return document.documentElement.scrollWidth + ' of ' + window.innerWidth + (over.length ? ', too wide: ' + over.join(', ') : '');"));
    }

    /** Whether the page is wider than the window (document.documentElement.scrollWidth > window.innerWidth). */
    static boolean scrollsSideways(Browser browser) {
        return Boolean.TRUE.equals(browser.evaluate("return document.documentElement.scrollWidth > window.innerWidth;"));
    }
}
